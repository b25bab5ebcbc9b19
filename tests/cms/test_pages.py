import pytest
from wagtail.models import Page

from cms.models import AccessibilityStatementPage, ContentPage, HomePage, LegalSettings
from modules.models import ProgrammePage
from tests.factories import (
    AccessibilityStatementPageFactory,
    ContentPageFactory,
    ProgrammePageFactory,
    home_page,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def legal_pages():
    imprint = ContentPageFactory(title="Impressum", slug="impressum")
    privacy = ContentPageFactory(title="Datenschutzerklärung", slug="datenschutz")
    statement = AccessibilityStatementPageFactory(
        known_barriers=[
            {
                "type": "barrier",
                "value": {
                    "content": "Zertifikats-PDF",
                    "reason": "Das PDF ist nicht getaggt.",
                    "alternative": "HTML-Fassung des Zertifikats",
                },
            }
        ]
    )
    LegalSettings.objects.create(
        imprint_page=imprint, privacy_page=privacy, accessibility_page=statement
    )
    return imprint, privacy, statement


def test_home_page_is_the_site_root_after_migrating():
    home = home_page()
    assert isinstance(home, HomePage)
    assert Page.objects.filter(depth=2).count() == 1


def test_page_tree_allows_programme_only_below_home():
    home = home_page()
    assert ProgrammePage.can_create_at(home)
    content = ContentPageFactory()
    assert not ProgrammePage.can_create_at(content)
    assert ContentPage.can_create_at(content)


def test_only_one_accessibility_statement(legal_pages):
    assert not AccessibilityStatementPage.can_create_at(home_page())


def test_home_page_is_german_and_presents_the_programme(client):
    ProgrammePageFactory(search_description="Qualifizierung nach Beccaria.")
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="de">' in html
    assert "Fachkraft für Kriminalprävention" in html
    assert "Qualifizierung nach Beccaria." in html
    assert "Zum Inhalt springen" in html


def test_every_page_links_to_legal_pages_and_feedback_form(client, legal_pages):
    imprint, privacy, statement = legal_pages
    programme = ProgrammePageFactory()
    for url in ["/", programme.url, imprint.url, "/konto/anmelden/"]:
        html = client.get(url).content.decode()
        for page in legal_pages:
            assert f'href="{page.url}"' in html, (url, page.title)
        assert 'href="/barrierefreiheit/rueckmeldung/?seite=' in html, url


def test_accessibility_statement_follows_the_eu_model(client, legal_pages):
    statement = legal_pages[2]
    html = client.get(statement.url).content.decode()
    assert "teilweise vereinbar" in html
    assert "Zertifikats-PDF" in html
    assert "HTML-Fassung des Zertifikats" in html
    assert "Selbstbewertung" in html
    assert "1. November 2026" in html
    assert "Durchsetzungsverfahren" in html
    assert 'href="/barrierefreiheit/rueckmeldung/"' in html


def test_unpublished_legal_page_is_not_linked(client, legal_pages):
    imprint = legal_pages[0]
    imprint.unpublish()
    html = client.get("/").content.decode()
    assert f'href="{imprint.url}"' not in html
