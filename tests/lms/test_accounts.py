import re

import pytest
from django.core import mail

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def test_login_page_is_german(client):
    html = client.get("/konto/anmelden/").content.decode()
    assert "<h1>Anmelden</h1>" in html
    assert 'autocomplete="current-password"' in html


def test_login_and_logout(client):
    user = UserFactory(username="julia")
    response = client.post(
        "/konto/anmelden/", {"username": "julia", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)
    assert "Abmelden" in client.get("/konto/abmelden/").content.decode()
    client.post("/konto/abmelden/")
    assert "_auth_user_id" not in client.session


def test_wrong_password_gets_a_german_message(client):
    UserFactory(username="julia")
    response = client.post("/konto/anmelden/", {"username": "julia", "password": "x"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Anmeldung fehlgeschlagen" in html
    assert "Benutzername" in html


def test_login_is_locked_after_five_failures(client):
    UserFactory(username="julia")
    for _ in range(5):
        client.post("/konto/anmelden/", {"username": "julia", "password": "falsch"})
    response = client.post(
        "/konto/anmelden/", {"username": "julia", "password": PASSWORD}
    )
    assert response.status_code == 429
    assert "vorübergehend gesperrt" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_password_reset_by_mail(client, django_capture_on_commit_callbacks):
    user = UserFactory(username="julia", email="julia@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/konto/passwort-vergessen/", {"email": "julia@example.org"}
        )
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert mail.outbox[0].subject == "Neues Passwort für Beccaria LMS"
    link = re.search(r"http://testserver(/konto/passwort-neu/\S+/)", body).group(1)
    form_url = client.get(link)["Location"]
    response = client.post(
        form_url,
        {
            "new_password1": "Kriminalpraevention2027!",
            "new_password2": "Kriminalpraevention2027!",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Kriminalpraevention2027!")


def test_password_reset_for_unknown_address_reveals_nothing(client):
    response = client.post("/konto/passwort-vergessen/", {"email": "wer@example.org"})
    assert response.status_code == 302
    assert mail.outbox == []
