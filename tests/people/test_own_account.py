"""Participants change their own e-mail address and password."""

import re

import pytest
from django.core import mail, signing
from django.urls import reverse

from lms.learning.models import ParticipantProfile
from lms.people import email_change
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def julia(client):
    user = UserFactory(
        username="julia",
        first_name="Julia",
        last_name="Lange",
        email="julia@example.org",
    )
    client.force_login(user)
    return user


def ask_for(client, email, capture, password=PASSWORD):
    with capture(execute=True):
        return client.post(
            reverse("email_change"), {"email": email, "password": password}
        )


def confirmation_link():
    return re.search(
        r"http://127\.0\.0\.1:8000(/konto/e-mail/bestaetigen/\S+/)",
        mail.outbox[-1].body,
    ).group(1)


def test_profile_links_to_email_and_password_change(client, julia):
    html = client.get(reverse("profile")).content.decode()
    assert reverse("email_change") in html and reverse("password_change") in html


def test_email_changes_only_after_confirmation(
    client, julia, settings, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "http://127.0.0.1:8000"
    response = ask_for(
        client, "julia.lange@example.org", django_capture_on_commit_callbacks
    )
    assert response["Location"] == reverse("email_change_sent")
    [message] = mail.outbox
    assert message.to == ["julia.lange@example.org"]
    julia.refresh_from_db()
    assert julia.email == "julia@example.org"
    link = confirmation_link()
    assert "julia.lange@example.org" in client.get(link).content.decode()
    julia.refresh_from_db()
    assert julia.email == "julia@example.org"  # opening the link changes nothing
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(link)
    assert response["Location"] == reverse("profile")
    julia.refresh_from_db()
    assert julia.email == "julia.lange@example.org"
    notice = mail.outbox[-1]
    assert notice.to == ["julia@example.org"]
    assert "julia.lange@example.org" in notice.body
    assert client.post(link).status_code == 400  # used up


def test_expired_token_is_refused_in_german(client, julia, settings, monkeypatch):
    token = email_change.make_token(julia, "neu@example.org")
    settings.PASSWORD_RESET_TIMEOUT = -1
    response = client.post(reverse("email_change_confirm", args=[token]))
    assert response.status_code == 400
    assert "Dieser Bestätigungslink ist abgelaufen" in response.content.decode()
    julia.refresh_from_db()
    assert julia.email == "julia@example.org"


def test_tampered_or_foreign_token_is_refused(client, julia):
    other = UserFactory(username="ben")
    token = email_change.make_token(other, "ben-neu@example.org")
    response = client.post(reverse("email_change_confirm", args=[token]))
    assert "ungültig" in response.content.decode()
    forged = signing.dumps(
        {"user": julia.pk, "old": julia.email, "new": "x@example.org"}
    )
    assert (
        client.post(reverse("email_change_confirm", args=[forged])).status_code == 400
    )
    julia.refresh_from_db()
    assert julia.email == "julia@example.org"


def test_email_change_needs_the_password_and_a_free_address(
    client, julia, django_capture_on_commit_callbacks
):
    UserFactory(username="anna", email="anna@example.org")
    html = ask_for(
        client, "neu@example.org", django_capture_on_commit_callbacks, "falsch"
    ).content.decode()
    assert "Das Passwort ist nicht richtig." in html
    assert 'value="neu@example.org"' in html
    html = ask_for(
        client, "Anna@example.org", django_capture_on_commit_callbacks
    ).content.decode()
    assert "gehört bereits zu einem anderen Konto" in html
    assert mail.outbox == []


def test_password_change(client, julia):
    response = client.post(
        reverse("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "Kriminalpraevention2027!",
            "new_password2": "Kriminalpraevention2027!",
        },
    )
    assert response["Location"] == reverse("password_change_done")
    julia.refresh_from_db()
    assert julia.check_password("Kriminalpraevention2027!")
    assert (
        "Ihr neues Passwort ist gespeichert"
        in client.get(response["Location"]).content.decode()
    )
    html = client.get(reverse("password_change")).content.decode()
    assert "<h1>Passwort ändern</h1>" in html


def test_imported_people_have_no_professional_field_until_they_say_so(client, julia):
    import io

    from lms.learning.enrolment_file import read_enrolment_file
    from lms.learning.enrolment_import import import_enrolments
    from tests.factories import CohortFactory

    rows = read_enrolment_file(
        io.BytesIO(
            b"Vorname;Nachname;E-Mail;Organisation\nAnna;Schmidt;anna@example.org;\n"
        )
    )
    import_enrolments(cohort=CohortFactory(), rows=rows)
    profile = ParticipantProfile.objects.get(user__email="anna@example.org")
    assert profile.get_professional_field_display() == "nicht angegeben"
