"""The office corrects a misspelt name in the people area of the admin."""

import pytest
from django.contrib.auth import get_user_model

from tests.browser.conftest import admin_log_in, run_axe

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_office_corrects_a_misspelt_name(page, demo_site, artifacts):
    User = get_user_model()
    User.objects.filter(username="teilnehmerin").update(last_name="Krüher")
    admin_log_in(page, demo_site, "lpr")
    page.get_by_role("link", name="Personen").first.click()
    page.get_by_label("Suche nach Name oder E-Mail-Adresse").fill("krüher")
    page.get_by_role("button", name="Filtern").click()
    page.get_by_role("link", name="Krüher, Julia").click()
    page.get_by_role("heading", name="Einschreibungen").wait_for()
    violations = {"person": run_axe(page)}
    page.get_by_role("link", name="Name oder E-Mail-Adresse berichtigen").click()
    page.get_by_label("Nachname").fill("Krüger")
    violations["edit"] = run_axe(page)
    page.get_by_role("button", name="Speichern").click()
    page.get_by_text("Die Angaben von Julia Krüger sind gespeichert.").wait_for()
    page.screenshot(path=str(artifacts / "people-person.png"), full_page=True)
    assert User.objects.get(username="teilnehmerin").last_name == "Krüger"
    page.get_by_role("link", name="Personen").first.click()
    page.get_by_role("link", name="Krüger, Julia").wait_for()
    violations["index"] = run_axe(page)
    assert violations == {"person": [], "edit": [], "index": []}
