"""The practice project's may-rules (`lms.projects.policies`)."""

import pytest

from lms.learning.roles import ensure_role_groups
from lms.projects import policies, selectors
from lms.projects import services as assignments
from lms.projects.models import Review, Submission
from tests.factories import (
    UserFactory,
    enrolled_in_assignment,
    handed_in_version,
    written_draft,
)

pytestmark = pytest.mark.django_db

PASS = {"crit-problem": 5, "crit-evaluation": 5}


@pytest.fixture
def trainer(db):
    ensure_role_groups()
    return UserFactory(username="trainerin", groups=["Trainer/innen"])


@pytest.fixture
def project(trainer):
    return enrolled_in_assignment(trainer=trainer)


def request_revision(version, page, trainer):
    version.refresh_from_db()
    assignments.save_review(
        version=version,
        page=page,
        reviewer=trainer,
        review_revision=version.review_revision,
        points=PASS,
        section_comments={},
        feedback="Bitte überarbeiten.",
        decision=Review.Decision.REVISION,
        release=True,
    )


def test_the_owner_reads_the_draft_and_the_trainer_does_not(project, trainer):
    page, enrolment = project
    draft = written_draft(enrolment, page)
    assert policies.may_read_version(enrolment.user, draft)
    assert not policies.may_read_version(trainer, draft)


def test_the_cohorts_trainer_reads_a_handed_in_version(project, trainer):
    page, enrolment = project
    version = handed_in_version(enrolment, page)
    assert policies.may_read_version(trainer, version)
    assert policies.may_read_version(enrolment.user, version)
    assert version in policies.gradable_versions(trainer)


def test_a_trainer_of_another_cohort_reads_nothing(project):
    page, enrolment = project
    version = handed_in_version(enrolment, page)
    other = UserFactory(username="andere", groups=["Trainer/innen"])
    assert not policies.may_read_version(other, version)
    assert not policies.gradable_enrolments(other).exists()


def test_a_cohort_trainer_without_admin_access_grades_nothing(project):
    page, enrolment = project
    outsider = UserFactory(username="ohne-zugang")
    enrolment.cohort.trainers.add(outsider)
    version = handed_in_version(enrolment, page)
    assert not policies.may_read_version(outsider, version)
    assert not policies.gradable_versions(outsider).exists()


def test_another_participant_reads_nothing(project):
    page, enrolment = project
    version = handed_in_version(enrolment, page)
    assert not policies.may_read_version(UserFactory(username="andere"), version)


def test_a_revision_may_start_after_a_revision_request(project, trainer):
    page, enrolment = project
    version = handed_in_version(enrolment, page)
    submission = selectors.get_submission(enrolment, page)
    assert not policies.may_start_revision(submission, page)
    request_revision(version, page, trainer)
    submission.refresh_from_db()
    assert submission.status == Submission.Status.REVISION
    assert policies.may_start_revision(submission, page)


def test_no_revision_once_the_resubmissions_are_used_up(project, trainer):
    page, enrolment = project
    page.max_resubmissions = 0
    page.save()
    version = handed_in_version(enrolment, page)
    submission = selectors.get_submission(enrolment, page)
    submission.status = Submission.Status.REVISION
    submission.save(update_fields=["status"])
    assert not policies.may_start_revision(submission, page)
    assert assignments.open_draft(enrolment=enrolment, page=page) is None
    assert version.number == 1


def test_releasing_needs_every_criterion_and_a_decision(project):
    page, enrolment = project
    version = handed_in_version(enrolment, page)
    submission = selectors.get_submission(enrolment, page)
    scores = selectors.rubric_scores(page, {})
    problems = policies.review_problems(page, submission, version, scores, "", True)
    assert "Bitte bewerten Sie jedes Kriterium." in problems
    assert "Bitte wählen Sie eine Entscheidung." in problems
    assert policies.review_problems(page, submission, version, scores, "", False) == []
