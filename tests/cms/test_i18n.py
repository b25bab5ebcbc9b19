import pytest

pytestmark = pytest.mark.django_db


def test_site_speaks_german_whatever_the_browser_prefers(client):
    html = client.get("/konto/anmelden/", HTTP_ACCEPT_LANGUAGE="en-US,en").content
    assert '<html lang="de">' in html.decode()
    assert "<h1>Anmelden</h1>" in html.decode()


def test_language_switch_turns_the_interface_english(client):
    response = client.post("/sprache/", {"language": "en", "next": "/konto/anmelden/"})
    assert response.status_code == 302
    html = client.get("/konto/anmelden/").content.decode()
    assert '<html lang="en">' in html
    assert "Skip to main content" in html
    assert "Anmelden</h1>" not in html
    client.post("/sprache/", {"language": "de", "next": "/"})
    assert "Zum Inhalt springen" in client.get("/").content.decode()
