"""The practice project's services: what is kept, what is refused."""

import datetime
import hashlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError
from django.utils import timezone

from lms.learning.progress import programme_progress
from lms.projects import selectors
from lms.projects import services as assignments
from lms.projects.models import (
    Attachment,
    GradingEvent,
    Review,
    Submission,
    SubmissionVersion,
)
from lms.projects.uploads import check_upload
from tests.factories import UserFactory, enrolled_in_assignment, handed_in_version

pytestmark = pytest.mark.django_db

PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
PASS = {"crit-problem": 5, "crit-evaluation": 5}


@pytest.fixture
def trainer(db):
    return UserFactory(username="trainerin", email="trainerin@example.org")


@pytest.fixture
def project(trainer):
    return enrolled_in_assignment(trainer=trainer)


def attach(version, page, name="Zeitplan.pdf", content=PDF):
    upload = SimpleUploadedFile(name, content, content_type="application/pdf")
    checked = check_upload(
        upload, allowed_types=page.allowed_file_types, max_bytes=page.max_file_bytes
    )
    return assignments.add_attachment(version=version, upload=upload, checked=checked)


def review(version, page, trainer, decision, release=True, **kwargs):
    version.refresh_from_db()
    return assignments.save_review(
        version=version,
        page=page,
        reviewer=trainer,
        review_revision=version.review_revision,
        points=kwargs.pop("points", PASS),
        section_comments=kwargs.pop("section_comments", {}),
        feedback=kwargs.pop("feedback", "Gut begründet."),
        decision=decision,
        release=release,
        **kwargs,
    )


def test_first_draft_lists_the_briefs_sections(project):
    page, enrolment = project
    draft = assignments.open_draft(enrolment=enrolment, page=page)
    assert draft.number == 1 and draft.is_draft
    assert [s["title"] for s in draft.sections][0] == "Problembeschreibung"
    assert len(draft.sections) == 7
    assert assignments.open_draft(enrolment=enrolment, page=page) == draft


def test_a_draft_saved_meanwhile_is_not_overwritten(project):
    page, enrolment = project
    draft = assignments.open_draft(enrolment=enrolment, page=page)
    fields = {"sections": [], "goals": [], "measures": [], "planning": []}
    assignments.save_draft(version=draft, revision=0, title="Erstes Fenster", **fields)
    with pytest.raises(assignments.EditConflict):
        assignments.save_draft(
            version=draft, revision=0, title="Zweites Fenster", **fields
        )
    draft.refresh_from_db()
    assert draft.title == "Erstes Fenster" and draft.revision == 1


def test_hand_in_needs_title_and_every_section(project):
    page, enrolment = project
    draft = assignments.open_draft(enrolment=enrolment, page=page)
    with pytest.raises(assignments.SubmissionRefused) as error:
        assignments.submit(version=draft, page=page, user=enrolment.user)
    assert "Titel des Projekts fehlt" in str(error.value)
    assert "„Problembeschreibung“ ist leer" in str(error.value)
    draft.refresh_from_db()
    assert draft.is_draft


def test_a_handed_in_version_never_changes(project):
    page, enrolment = project
    draft = assignments.open_draft(enrolment=enrolment, page=page)
    attachment = attach(draft, page)
    version = handed_in_version(enrolment, page)
    assert version.pk == draft.pk and not version.is_draft
    before = SubmissionVersion.objects.filter(pk=version.pk).values().get()
    fields = {"sections": [], "goals": [], "measures": [], "planning": []}
    with pytest.raises(assignments.NotEditable):
        assignments.save_draft(
            version=version, revision=version.revision, title="Neu", **fields
        )
    with pytest.raises(assignments.NotEditable):
        attach(version, page, name="Nachtrag.pdf")
    with pytest.raises(assignments.NotEditable):
        assignments.remove_attachment(attachment=attachment)
    with pytest.raises(assignments.NotEditable):
        assignments.submit(version=version, page=page, user=enrolment.user)
    assert SubmissionVersion.objects.filter(pk=version.pk).values().get() == before
    stored = Attachment.objects.get(version=version)
    with stored.file.open("rb") as handle:
        assert hashlib.sha256(handle.read()).hexdigest() == stored.sha256


def test_hand_in_is_logged_and_sets_the_status(project):
    page, enrolment = project
    version = handed_in_version(enrolment, page)
    submission = Submission.objects.get(pk=version.submission_id)
    assert submission.status == Submission.Status.SUBMITTED
    assert submission.submitted_at == version.submitted_at
    event = GradingEvent.objects.get(enrolment=enrolment)
    assert event.action == GradingEvent.Action.SUBMITTED
    assert event.actor == enrolment.user


def test_no_first_hand_in_after_the_due_date_but_the_draft_stays(project):
    page, enrolment = project
    page.due_at = timezone.now() - datetime.timedelta(hours=1)
    page.save()
    with pytest.raises(assignments.SubmissionRefused, match="Abgabefrist"):
        handed_in_version(enrolment, page)
    draft = Submission.objects.get(enrolment=enrolment).versions.get()
    assert draft.is_draft and draft.title == "Sicher im Quartier"


def test_an_extension_allows_the_hand_in(project, trainer):
    page, enrolment = project
    page.due_at = timezone.now() - datetime.timedelta(hours=1)
    page.save()
    new_due = timezone.now() + datetime.timedelta(days=3)
    assignments.grant_extension(
        enrolment=enrolment,
        page=page,
        due_at=new_due,
        reason="Krankheit",
        granted_by=trainer,
    )
    assert selectors.effective_due_at(enrolment, page) == new_due
    assert not handed_in_version(enrolment, page).is_draft
    assert GradingEvent.objects.filter(
        action=GradingEvent.Action.EXTENSION, detail__contains="Krankheit"
    ).exists()


def test_revision_copies_the_last_version_with_its_files(project, trainer):
    page, enrolment = project
    draft = assignments.open_draft(enrolment=enrolment, page=page)
    first_file = attach(draft, page)
    first = handed_in_version(enrolment, page)
    review(first, page, trainer, Review.Decision.REVISION)
    assert Submission.objects.get(pk=first.submission_id).status == "revision"

    second = assignments.open_draft(enrolment=enrolment, page=page)
    assert second.number == 2 and second.title == first.title
    assert second.sections == first.sections
    copy = second.attachments.get()
    assert copy.file.name == first_file.file.name and copy.pk != first_file.pk

    # Removing the copy from the new draft keeps the first version's file.
    assignments.remove_attachment(attachment=copy)
    first_file.refresh_from_db()
    assert first_file.file.storage.exists(first_file.file.name)
    assert first.attachments.count() == 1


def test_a_draft_only_file_is_deleted_with_its_row(
    project, django_capture_on_commit_callbacks
):
    page, enrolment = project
    draft = assignments.open_draft(enrolment=enrolment, page=page)
    attachment = attach(draft, page)
    name = attachment.file.name
    with django_capture_on_commit_callbacks(execute=True):
        assignments.remove_attachment(attachment=attachment)
    assert not attachment.file.storage.exists(name)


def test_no_new_version_without_a_revision_request(project, trainer):
    page, enrolment = project
    version = handed_in_version(enrolment, page)
    assert assignments.open_draft(enrolment=enrolment, page=page) is None
    review(version, page, trainer, Review.Decision.FAILED)
    assert assignments.open_draft(enrolment=enrolment, page=page) is None


def test_revision_requests_end_with_the_allowed_resubmissions(project, trainer):
    page, enrolment = project
    page.max_resubmissions = 1
    page.save()
    first = handed_in_version(enrolment, page)
    review(first, page, trainer, Review.Decision.REVISION)
    second = assignments.open_draft(enrolment=enrolment, page=page)
    assignments.submit(version=second, page=page, user=enrolment.user)
    with pytest.raises(assignments.SubmissionRefused, match="keine weitere"):
        review(second, page, trainer, Review.Decision.REVISION)
    review(second, page, trainer, Review.Decision.PASSED)


def test_review_draft_then_release(project, trainer):
    page, enrolment = project
    version = handed_in_version(enrolment, page)
    draft = review(version, page, trainer, "", release=False, points={})
    assert not draft.is_released
    assert Submission.objects.get(pk=version.submission_id).status == "in_review"
    released = review(version, page, trainer, Review.Decision.PASSED)
    assert released.pk == draft.pk and released.is_released
    assert released.total_points == 10 and released.max_points == 10
    assert [s["level"] for s in released.scores] == ["gut", "gut"]


def test_release_needs_every_criterion_and_a_decision(project, trainer):
    page, enrolment = project
    version = handed_in_version(enrolment, page)
    with pytest.raises(assignments.SubmissionRefused) as error:
        review(version, page, trainer, "", points={"crit-problem": 5})
    assert "jedes Kriterium" in str(error.value)
    assert "Entscheidung" in str(error.value)
    assert not Review.objects.exists()


def test_points_that_are_no_level_do_not_count(project, trainer):
    page, enrolment = project
    version = handed_in_version(enrolment, page)
    with pytest.raises(assignments.SubmissionRefused):
        review(
            version,
            page,
            trainer,
            Review.Decision.PASSED,
            points={"crit-problem": 99, "crit-evaluation": 5},
        )


def test_the_second_of_two_trainers_gets_a_conflict(project, trainer):
    page, enrolment = project
    version = handed_in_version(enrolment, page)
    version.refresh_from_db()
    seen = version.review_revision
    other = UserFactory()
    enrolment.cohort.trainers.add(other)
    kwargs = {
        "version": version,
        "page": page,
        "review_revision": seen,
        "points": PASS,
        "section_comments": {},
        "decision": Review.Decision.PASSED,
    }
    first = assignments.save_review(reviewer=trainer, feedback="Erste", **kwargs)
    with pytest.raises(assignments.EditConflict):
        assignments.save_review(reviewer=other, feedback="Zweite", **kwargs)
    first.refresh_from_db()
    assert first.feedback == "Erste" and first.reviewer == trainer


def test_a_released_review_is_changed_only_by_a_logged_correction(project, trainer):
    page, enrolment = project
    version = handed_in_version(enrolment, page)
    failed = review(version, page, trainer, Review.Decision.FAILED, feedback="Alt")
    with pytest.raises(assignments.NotEditable, match="Korrektur"):
        review(version, page, trainer, Review.Decision.PASSED)
    with pytest.raises(assignments.SubmissionRefused, match="begründen"):
        review(version, page, trainer, Review.Decision.PASSED, corrects=failed)
    correction = review(
        version,
        page,
        trainer,
        Review.Decision.PASSED,
        corrects=failed,
        correction_reason="Punkte falsch addiert",
    )
    failed.refresh_from_db()
    assert failed.feedback == "Alt" and failed.decision == "failed"
    assert correction.pk != failed.pk and correction.corrects == failed
    assert selectors.effective_review(version) == correction
    assert Submission.objects.get(pk=version.submission_id).status == "passed"
    assert GradingEvent.objects.filter(
        action=GradingEvent.Action.REVIEW_CORRECTED,
        detail__contains="Punkte falsch addiert",
    ).exists()


def test_one_draft_review_per_version_in_the_database(project, trainer):
    page, enrolment = project
    version = handed_in_version(enrolment, page)
    Review.objects.create(version=version, reviewer=trainer)
    with pytest.raises(IntegrityError):
        Review.objects.create(version=version, reviewer=trainer)


def test_one_submission_per_participant_and_assignment(project):
    page, enrolment = project
    first = assignments.get_or_create_submission(enrolment, page)
    assert assignments.get_or_create_submission(enrolment, page) == first
    with pytest.raises(IntegrityError):
        Submission.objects.create(enrolment=enrolment, page=page)


def test_a_passed_project_completes_its_activity(project, trainer):
    page, enrolment = project
    progress = programme_progress([enrolment])[enrolment.pk]
    _module, activity = progress.activity(page.pk)
    assert not activity.done and activity.submission_status is None

    version = handed_in_version(enrolment, page)
    review(version, page, trainer, Review.Decision.PASSED)
    progress = programme_progress([enrolment])[enrolment.pk]
    _module, activity = progress.activity(page.pk)
    assert activity.done and activity.submission_status_label == "bestanden"
    assert progress.module(page.get_parent().pk).complete


def test_a_failed_project_is_named_in_whats_missing(project, trainer):
    page, enrolment = project
    version = handed_in_version(enrolment, page)
    review(version, page, trainer, Review.Decision.FAILED)
    progress = programme_progress([enrolment])[enrolment.pk]
    assert any("nicht bestanden" in line for line in progress.missing)


def test_mentoring_notes_are_logged(project, trainer):
    page, enrolment = project
    assignments.log_mentoring(
        enrolment=enrolment,
        page=page,
        author=trainer,
        held_on=datetime.date(2027, 3, 4),
        duration_minutes=45,
        notes="Zielgruppe geschärft",
        visible=False,
    )
    event = GradingEvent.objects.get(action=GradingEvent.Action.MENTORING)
    assert event.detail == "04.03.2027, 45 Minuten, intern"
    assert "Zielgruppe" not in event.detail


def test_passed_needs_the_pass_mark(project, trainer):
    page, enrolment = project
    version = handed_in_version(enrolment, page)
    low = {"crit-problem": 5, "crit-evaluation": 0}
    with pytest.raises(assignments.SubmissionRefused, match="mindestens 6 Punkte"):
        review(version, page, trainer, Review.Decision.PASSED, points=low)
    review(version, page, trainer, Review.Decision.REVISION, points=low)


def test_a_revision_request_is_corrected_while_the_participant_revises(
    project, trainer
):
    page, enrolment = project
    first = handed_in_version(enrolment, page)
    mistaken = review(first, page, trainer, Review.Decision.REVISION)
    draft = assignments.open_draft(enrolment=enrolment, page=page)
    assert draft.number == 2
    review(
        first,
        page,
        trainer,
        Review.Decision.PASSED,
        corrects=mistaken,
        correction_reason="Versehentlich zurückgegeben",
    )
    assert Submission.objects.get(pk=first.submission_id).status == "passed"
    # The abandoned copy stays stored but can be neither opened nor handed in.
    assert assignments.open_draft(enrolment=enrolment, page=page) is None
    with pytest.raises(assignments.NotEditable):
        assignments.submit(version=draft, page=page, user=enrolment.user)
    assert SubmissionVersion.objects.filter(pk=draft.pk).exists()


def test_the_cohorts_due_date_comes_before_the_briefs(project, trainer):
    page, enrolment = project
    page.due_at = timezone.now() - datetime.timedelta(days=400)
    page.save()
    cohort_due = timezone.now() + datetime.timedelta(days=10)
    enrolment.cohort.project_due_at = cohort_due
    enrolment.cohort.save()
    assert selectors.effective_due_at(enrolment, page) == cohort_due
    assert not handed_in_version(enrolment, page).is_draft


def test_an_extension_never_shortens_the_due_date(project, trainer):
    page, enrolment = project
    base = timezone.now() + datetime.timedelta(days=30)
    page.due_at = base
    page.save()
    assignments.grant_extension(
        enrolment=enrolment,
        page=page,
        due_at=base - datetime.timedelta(days=20),
        reason="Früher vereinbart",
        granted_by=trainer,
    )
    assert selectors.effective_due_at(enrolment, page) == base


def test_an_account_with_a_handed_in_project_is_not_deleted(client, project):
    page, enrolment = project
    handed_in_version(enrolment, page)
    admin = UserFactory(is_superuser=True)
    client.force_login(admin)
    response = client.post(f"/admin/users/delete/{enrolment.user.pk}/", follow=True)
    assert response.status_code == 200
    assert "Deaktivieren Sie es stattdessen." in response.content.decode()
    assert SubmissionVersion.objects.filter(submission__enrolment=enrolment).exists()
