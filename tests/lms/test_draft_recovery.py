"""Typed text survives a save that cannot be taken: without a session (logged
out in another tab, expired), with a stale CSRF token (logged in again
elsewhere) and with a body over the size limit."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from lms.projects import recovery
from lms.projects.models import SubmissionVersion
from tests.factories import PASSWORD, UserFactory, enrolled_in_assignment
from tests.lms.test_assignment_workspace import browser_data, open_editor, section_field

pytestmark = pytest.mark.django_db

TYPED = "Im Quartier Döbeln-Nord häufen sich Wohnungseinbrüche."
RESTORED = (
    '<h2 id="wiederhergestellt">Ihr nicht gespeicherter Text wurde '
    "wiederhergestellt – bitte prüfen und speichern</h2>"
)


@pytest.fixture
def project(participant):
    return enrolled_in_assignment(user=participant, title="Praxisprojekt Quartier")


@pytest.fixture
def workspace_url(project):
    return reverse("assignment_workspace", args=[project[0].pk])


def log_in(client, user):
    response = client.post(
        reverse("login"), {"username": user.username, "password": PASSWORD}
    )
    assert response.status_code == 302, "login failed"


def typed_form(client, workspace_url):
    """The draft form as the browser would post it, with a section typed."""
    editor = open_editor(client, workspace_url)
    html = client.get(workspace_url).content.decode()
    [owner] = re.findall(r'name="owner" value="([^"]+)"', html)
    csrf = re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[-1]
    return browser_data(
        editor,
        owner=owner,
        csrfmiddlewaretoken=csrf,
        action="save",
        **{section_field(editor, 0): TYPED},
    )


def stored_first_section():
    return SubmissionVersion.objects.get().sections[0]["text"]


def test_save_after_logout_in_another_tab_offers_the_text_after_login(
    client, participant, workspace_url
):
    log_in(client, participant)
    data = typed_form(client, workspace_url)
    client.post(reverse("logout"))  # the other tab

    response = client.post(workspace_url, data)

    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))
    assert stored_first_section() == ""
    log_in(client, participant)
    html = client.get(workspace_url).content.decode()
    assert RESTORED in html
    assert f"{TYPED}</textarea>" in html
    assert stored_first_section() == "", "offered, never saved silently"

    client.post(workspace_url, {**data, "owner": "", "csrfmiddlewaretoken": ""})
    assert stored_first_section() == TYPED
    assert RESTORED not in client.get(workspace_url).content.decode()


def test_text_kept_without_session_is_offered_to_nobody_else(
    client, participant, workspace_url
):
    log_in(client, participant)
    data = typed_form(client, workspace_url)
    client.post(reverse("logout"))
    client.post(workspace_url, data)

    colleague = UserFactory(username="kollegin", groups=["Teilnehmende"])
    enrolled_in_assignment(page=open_page(workspace_url), user=colleague)
    log_in(client, colleague)
    html = client.get(workspace_url).content.decode()
    assert TYPED not in html
    assert RESTORED not in html


def open_page(workspace_url):
    from modules.models import AssignmentPage

    return AssignmentPage.objects.get()


def test_stale_csrf_token_after_logging_in_again_keeps_the_text(
    participant, workspace_url
):
    client = Client(enforce_csrf_checks=True)
    client.get(reverse("login"))
    client.post(
        reverse("login"),
        {
            "username": participant.username,
            "password": PASSWORD,
            "csrfmiddlewaretoken": client.cookies["csrftoken"].value,
        },
    )
    data = typed_form(client, workspace_url)
    # Another tab logs out and in again: a new CSRF secret in the cookie.
    client.post(
        reverse("logout"), {"csrfmiddlewaretoken": client.cookies["csrftoken"].value}
    )
    client.get(reverse("login"))
    client.post(
        reverse("login"),
        {
            "username": participant.username,
            "password": PASSWORD,
            "csrfmiddlewaretoken": client.cookies["csrftoken"].value,
        },
    )

    response = client.post(workspace_url, data)

    assert response.status_code == 302
    assert response.url == workspace_url
    html = client.get(workspace_url).content.decode()
    assert RESTORED in html
    assert f"{TYPED}</textarea>" in html
    assert stored_first_section() == ""


def test_forged_post_without_owner_token_is_refused_in_german_and_not_kept(
    participant, workspace_url
):
    client = Client(enforce_csrf_checks=True)
    client.force_login(participant)
    response = client.post(
        workspace_url, {"section-x": "Untergeschobener Text", "owner": "gefälscht"}
    )

    html = response.content.decode()
    assert response.status_code == 403
    assert "Das Formular ist abgelaufen" in html
    assert "Forbidden" not in html
    assert recovery.SESSION_KEY not in client.session


def test_restored_text_can_be_discarded(client, participant, workspace_url):
    log_in(client, participant)
    data = typed_form(client, workspace_url)
    client.post(reverse("logout"))
    client.post(workspace_url, data)
    log_in(client, participant)
    assert RESTORED in client.get(workspace_url).content.decode()

    client.post(workspace_url, {"action": "discard_restored"})

    html = client.get(workspace_url).content.decode()
    assert RESTORED not in html
    assert TYPED not in html
    assert stored_first_section() == ""


def test_body_over_the_size_limit_gets_the_german_page_and_the_way_back(
    client, participant, workspace_url, settings
):
    log_in(client, participant)
    data = typed_form(client, workspace_url)
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    data[next(name for name in data if name.startswith("section-"))] = "x" * 20_000

    response = client.post(workspace_url, data)

    html = response.content.decode()
    assert response.status_code == 400
    assert "Zu viel auf einmal gesendet" in html
    assert "Text wiederherstellen" in html
    assert f'<a href="{workspace_url}">Zurück zum Formular</a>' in html
    assert "Bad Request" not in html
    assert '<html lang="de">' in html
    assert stored_first_section() == ""
