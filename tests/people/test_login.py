"""Login by user name or e-mail address, lockout, and where people land."""

import re

import pytest
from django.core import mail

from lms.learning.roles import ensure_role_groups
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

LOGIN = "/konto/anmelden/"


def login(client, username, password=PASSWORD, **extra):
    return client.post(LOGIN, {"username": username, "password": password, **extra})


def logged_in_as(client):
    return client.session.get("_auth_user_id")


def test_the_field_asks_for_address_or_user_name(client):
    html = client.get(LOGIN).content.decode()
    assert "E-Mail-Adresse oder Benutzername" in html


@pytest.mark.parametrize("typed", ["julia@example.org", "Julia@Example.ORG"])
def test_login_by_email_ignoring_case(client, typed):
    user = UserFactory(username="julia", email="julia@example.org")
    response = login(client, typed)
    assert response.status_code == 302
    assert logged_in_as(client) == str(user.pk)


def test_login_by_user_name_still_works(client):
    user = UserFactory(username="julia")
    login(client, "julia")
    assert logged_in_as(client) == str(user.pk)


def test_a_shared_address_logs_into_no_account(client):
    UserFactory(username="julia", email="team@example.org")
    UserFactory(username="jonas", email="Team@example.org")
    response = login(client, "team@example.org")
    assert response.status_code == 200
    assert logged_in_as(client) is None
    assert "Die Anmeldung ist fehlgeschlagen" in response.content.decode()


def test_a_deactivated_account_shares_its_address_harmlessly(client):
    UserFactory(username="alt", email="julia@example.org", is_active=False)
    user = UserFactory(username="julia", email="julia@example.org")
    login(client, "julia@example.org")
    assert logged_in_as(client) == str(user.pk)


def test_failure_message_names_both_ways_without_asking_to_enter_them(client):
    UserFactory(username="julia", email="julia@example.org")
    html = login(client, "julia@example.org", "falsch").content.decode()
    assert (
        "Die Anmeldung ist fehlgeschlagen. Bitte prüfen Sie E-Mail-Adresse bzw. "
        "Benutzername und Passwort." in html
    )
    assert "Bitte geben Sie" not in html
    assert 'value="julia@example.org"' in html


def test_a_deactivated_person_cannot_log_in(client):
    UserFactory(username="julia", email="julia@example.org", is_active=False)
    assert login(client, "julia").status_code == 200
    assert login(client, "julia@example.org").status_code == 200
    assert logged_in_as(client) is None


def test_wrong_passwords_by_email_count_for_the_lockout(client):
    UserFactory(username="julia", email="julia@example.org")
    for typed in [
        "julia@example.org",
        "JULIA@example.org",
        "julia",
        "Julia@example.org",
    ]:
        login(client, typed, "falsch")
    login(client, "julia", "falsch")
    response = login(client, "julia@example.org")
    assert response.status_code == 429
    assert "vorübergehend gesperrt" in response.content.decode()
    assert logged_in_as(client) is None
    assert login(client, "julia").status_code == 429


def test_unknown_addresses_are_locked_out_too(client):
    for _ in range(5):
        login(client, "Niemand@example.org", "falsch")
    assert login(client, "niemand@example.org", "falsch").status_code == 429


@pytest.mark.parametrize(
    ("group", "landing"),
    [
        ("Teilnehmende", "/lernen/"),
        ("Trainer/innen", "/admin/"),
        ("LPR-Geschäftsstelle", "/admin/"),
        ("Redaktion", "/admin/"),
    ],
)
def test_people_land_where_they_work(client, group, landing):
    ensure_role_groups()
    UserFactory(username="person", groups=[group])
    assert login(client, "person")["Location"] == landing


def test_a_safe_next_wins_and_an_outside_one_is_ignored(client):
    ensure_role_groups()
    UserFactory(username="trainerin", groups=["Trainer/innen"])
    response = login(client, "trainerin", next="/lernen/profil/")
    assert response["Location"] == "/lernen/profil/"
    client.logout()
    response = login(client, "trainerin", next="https://evil.example.com/")
    assert response["Location"] == "/admin/"


def set_password_from_mail(client, user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/konto/passwort-vergessen/", {"email": user.email})
    link = re.search(
        r"http://testserver(/konto/passwort-neu/\S+/)", mail.outbox[-1].body
    )
    form_url = client.get(link.group(1))["Location"]
    return client.post(
        form_url,
        {
            "new_password1": "Kriminalpraevention2027!",
            "new_password2": "Kriminalpraevention2027!",
        },
        follow=True,
    )


def test_setting_a_password_logs_the_participant_in(
    client, django_capture_on_commit_callbacks
):
    user = UserFactory(
        username="julia", email="julia@example.org", groups=["Teilnehmende"]
    )
    user.set_unusable_password()
    user.save()
    response = set_password_from_mail(client, user, django_capture_on_commit_callbacks)
    assert response.redirect_chain[0][0] == "/lernen/"
    assert logged_in_as(client) == str(user.pk)
    assert (
        "Ihr Passwort ist gespeichert. Sie sind angemeldet."
        in response.content.decode()
    )
