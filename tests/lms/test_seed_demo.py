import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page, Revision

from cms.models import LegalSettings
from lms.learning.models import AttendanceRecord, Cohort, Enrolment
from lms.learning.policies import cohorts_for
from lms.projects.models import Attachment, Submission, SubmissionVersion
from modules.models import (
    AssignmentPage,
    LessonPage,
    ModulePage,
    ProgrammePage,
    SessionPage,
)

pytestmark = pytest.mark.django_db

FRIDAY, SATURDAY = 4, 5


def _snapshot():
    return {
        "pages": list(Page.objects.values_list("path", "title").order_by("path")),
        "revisions": Revision.objects.count(),
        "users": list(get_user_model().objects.values_list("username", "password")),
        "groups": list(Group.objects.values_list("name", flat=True).order_by("name")),
        "page_permissions": GroupPagePermission.objects.count(),
        "enrolments": list(Enrolment.objects.values_list("pk", flat=True)),
        "versions": list(
            SubmissionVersion.objects.values_list("pk", "submitted_at").order_by("pk")
        ),
        "attachments": list(Attachment.objects.values_list("file", flat=True)),
    }


def test_seed_demo_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="nur mit DEBUG"):
        call_command("seed_demo")
    assert not get_user_model().objects.exists()


def test_seed_demo_builds_the_programme_and_is_idempotent(settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=io.StringIO())

    programme = ProgrammePage.objects.get()
    modules = ModulePage.objects.child_of(programme).order_by("number")
    assert [module.title for module in modules] == [
        "Kriminologie",
        "Kriminalprävention",
        "Projektmanagement",
        "Projektbegleitung",
    ]
    for module in modules:
        lessons = LessonPage.objects.child_of(module).live()
        assert lessons.count() >= 3, module.title
        for lesson in lessons:
            text = " ".join(str(block.value) for block in lesson.body)
            assert len(text.split()) > 400, lesson.title
    legal = LegalSettings.load()
    assert legal.imprint_page and legal.privacy_page and legal.accessibility_page
    usernames = set(get_user_model().objects.values_list("username", flat=True))
    assert {"lpr", "trainerin", "teilnehmerin", "teilnehmer2"} <= usernames
    assert set(Group.objects.values_list("name", flat=True)) >= {
        "Teilnehmende",
        "Trainer/innen",
        "LPR-Geschäftsstelle",
        "Redaktion",
    }
    before = _snapshot()
    call_command("seed_demo", stdout=io.StringIO())
    assert _snapshot() == before


def test_demo_accounts_log_in_with_their_roles(settings, client):
    settings.DEBUG = True
    call_command("seed_demo", stdout=io.StringIO())
    for username, admin_allowed in [
        ("lpr", True),
        ("trainerin", True),
        ("teilnehmerin", False),
        ("teilnehmer2", False),
    ]:
        client.post("/konto/anmelden/", {"username": username, "password": "demo"})
        assert client.session.get("_auth_user_id"), username
        response = client.get("/admin/")
        assert (response.status_code == 200) is admin_allowed, username
        client.post("/konto/abmelden/")


def test_lpr_office_can_edit_pages_and_see_feedback(settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=io.StringIO())
    lpr = get_user_model().objects.get(username="lpr")
    lesson = LessonPage.objects.first()
    assert lesson.permissions_for_user(lpr).can_publish()
    assert lpr.has_perm("cms.view_accessibilityfeedback")
    participant = get_user_model().objects.get(username="teilnehmerin")
    assert not lesson.permissions_for_user(participant).can_edit()


def test_lpr_office_cannot_administer_user_accounts(settings, client):
    settings.DEBUG = True
    call_command("seed_demo", stdout=io.StringIO())
    lpr = get_user_model().objects.get(username="lpr")
    assert not lpr.has_perm("auth.add_user")
    assert not lpr.has_perm("auth.change_user")
    client.force_login(lpr)
    response = client.post(
        "/admin/users/new/",
        {
            "username": "boss",
            "email": "boss@example.org",
            "first_name": "B",
            "last_name": "O",
            "password1": "Sehr-sicheres-Passwort-2027",
            "password2": "Sehr-sicheres-Passwort-2027",
            "is_superuser": "on",
        },
    )
    assert response.status_code == 302
    assert not get_user_model().objects.filter(username="boss").exists()


def test_seed_demo_adds_generated_participants_once(settings):
    from lms.learning.models import AttendanceRecord, LessonCompletion

    settings.DEBUG = True
    demo_participants = 2
    call_command("seed_demo", "--participants", "30", stdout=io.StringIO())
    cohort_size = Enrolment.objects.filter(cohort__name="Durchgang 2027").count()
    assert cohort_size == 30 + demo_participants
    assert LessonCompletion.objects.count() > 30
    assert AttendanceRecord.objects.filter(status="excused").exists()
    records = LessonCompletion.objects.count()
    enrolments = Enrolment.objects.count()
    call_command("seed_demo", "--participants", "30", stdout=io.StringIO())
    assert Enrolment.objects.count() == enrolments
    assert LessonCompletion.objects.count() == records
    call_command("seed_demo", "--participants", "40", stdout=io.StringIO())
    assert Enrolment.objects.count() == enrolments + 10


def test_teilnehmer2_has_a_project_waiting_in_the_trainers_queue(settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=io.StringIO())
    submission = Submission.objects.get(enrolment__user__username="teilnehmer2")
    assert submission.status == Submission.Status.SUBMITTED
    assert submission.page.specific_class is AssignmentPage
    trainer = get_user_model().objects.get(username="trainerin")
    assert cohorts_for(trainer).filter(pk=submission.enrolment.cohort_id).exists()

    version = submission.versions.get()
    assert not version.is_draft and version.title
    assert len(version.sections) == 7
    assert all(len(section["text"].split()) > 50 for section in version.sections)
    assert {goal["kind"] for goal in version.goals} == {"prevention", "project", "sub"}
    assert all(goal["target_group"] and goal["indicator"] for goal in version.goals)
    assert len(version.measures) == 2
    assert all(measure["evidence"] for measure in version.measures)
    assert any(
        measure["programme"] and measure["rating"] for measure in version.measures
    )
    assert len(version.planning) == 3

    attachment = version.attachments.get()
    assert attachment.name == "Zeitplan.pdf" and attachment.file_type == "pdf"
    with attachment.file.open("rb") as handle:
        content = handle.read()
    assert content.startswith(b"%PDF")
    assert len(content) == attachment.size

    assert not Submission.objects.filter(
        enrolment__user__username="teilnehmerin"
    ).exists()


def test_seed_demo_moves_a_past_due_date_ahead(settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=io.StringIO())
    page = AssignmentPage.objects.get()
    AssignmentPage.objects.filter(pk=page.pk).update(
        due_at=timezone.now() - datetime.timedelta(days=1)
    )
    call_command("seed_demo", stdout=io.StringIO())
    page.refresh_from_db()
    assert page.due_at > timezone.now() + datetime.timedelta(weeks=39)


def test_demo_seminar_weekends_run_from_friday_to_saturday(settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=io.StringIO())
    sessions = SessionPage.objects.all()
    assert sessions.count() >= 16  # the current cohort's and the graduate's
    for session in sessions:
        starts = timezone.localtime(session.starts_at)
        ends = timezone.localtime(session.ends_at)
        assert (starts.weekday(), starts.hour) == (FRIDAY, 13), session.title
        assert (ends.weekday(), ends.hour) == (SATURDAY, 17), session.title
        assert (ends.date() - starts.date()).days == 1
        assert "Freitag" in session.description and "Samstag" in session.description


def test_absolventin_enrolled_and_attended_in_her_cohorts_time(settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=io.StringIO())
    enrolment = Enrolment.objects.select_related("cohort").get(
        user__username="absolventin"
    )
    cohort = enrolment.cohort
    last_year = timezone.localdate().year - 1
    assert enrolment.enrolled_on.year == last_year
    assert enrolment.enrolled_on <= cohort.start_date
    assert enrolment.enrolled_on != timezone.localdate()

    sessions = list(cohort.sessions.all())
    assert len(sessions) == 8
    now = timezone.now()
    for session in sessions:
        assert session.ends_at < now, session.title
        assert cohort.start_date <= session.starts_at.date() <= cohort.end_date
    present = AttendanceRecord.objects.filter(
        enrolment=enrolment, status=AttendanceRecord.Status.PRESENT
    )
    assert {record.page_id for record in present} == {s.pk for s in sessions}
    assert all(record.recorded_at < now for record in present)
    # The current cohort keeps its own weekends only.
    current = Cohort.objects.get(name="Durchgang 2027")
    assert not set(current.sessions.all()) & set(sessions)
