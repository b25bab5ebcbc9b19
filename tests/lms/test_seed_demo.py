import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import GroupPagePermission, Page, Revision

from cms.models import LegalSettings
from modules.models import LessonPage, ModulePage, ProgrammePage

pytestmark = pytest.mark.django_db


def _snapshot():
    return {
        "pages": list(Page.objects.values_list("path", "title").order_by("path")),
        "revisions": Revision.objects.count(),
        "users": list(get_user_model().objects.values_list("username", "password")),
        "groups": list(Group.objects.values_list("name", flat=True).order_by("name")),
        "page_permissions": GroupPagePermission.objects.count(),
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
    assert {"lpr", "trainerin", "teilnehmerin"} <= usernames
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
    from lms.models import AttendanceRecord, Enrolment, LessonCompletion

    settings.DEBUG = True
    call_command("seed_demo", "--participants", "30", stdout=io.StringIO())
    cohort_size = Enrolment.objects.filter(cohort__name="Durchgang 2027").count()
    assert cohort_size == 31
    assert LessonCompletion.objects.count() > 30
    assert AttendanceRecord.objects.filter(status="excused").exists()
    records = LessonCompletion.objects.count()
    call_command("seed_demo", "--participants", "30", stdout=io.StringIO())
    assert Enrolment.objects.count() == 31
    assert LessonCompletion.objects.count() == records
    call_command("seed_demo", "--participants", "40", stdout=io.StringIO())
    assert Enrolment.objects.count() == 41
