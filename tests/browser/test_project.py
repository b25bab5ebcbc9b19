"""The practice project from the first draft to the passed project, as the
participant and the trainer click through it."""

import re

import pytest
from reportlab.pdfgen import canvas

from modules.models import AssignmentPage
from tests.browser.conftest import admin_log_in, log_in, run_axe

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def schedule_pdf(tmp_path):
    path = tmp_path / "Zeitplan Müller.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawString(72, 720, "Zeitplan des Projekts")
    pdf.save()
    return path


def write_draft(page, title):
    page.get_by_label("Titel des Projekts").fill(title)
    for textarea in page.locator("fieldset.draft-section textarea").all():
        textarea.fill("Im Quartier Döbeln-Nord häufen sich Wohnungseinbrüche.")


def hand_in(page):
    page.get_by_role("button", name="Einreichen …").first.click()
    page.get_by_label("Ich habe die Arbeit selbstständig verfasst").check()
    page.get_by_role("button", name="Verbindlich einreichen").click()
    page.get_by_text("eingereicht", exact=True).first.wait_for()


def grade(page, base_url, decision, comment):
    admin_log_in(page, base_url, "trainerin")
    # The menu item (with its count), not the dashboard panel's link.
    page.get_by_role("link", name=re.compile(r"^Projektbewertung")).click()
    row = page.get_by_role("row").filter(has_text="Julia Krüger")
    row.get_by_role("link", name="Bewerten").click()
    page.wait_for_url("**/bewertung/fassung/*/")
    for fieldset in page.locator("fieldset.grading-fieldset").all():
        if fieldset.locator("legend").inner_text() != "Entscheidung":
            fieldset.get_by_role("radio").last.check()
    page.get_by_label("Anmerkung zu „Problembeschreibung“").fill(comment)
    page.get_by_label("Gesamtrückmeldung").fill("Klar gegliedert.")
    page.get_by_role("radio", name=re.compile(f"^{decision}")).check()
    page.get_by_label("Ich gebe die Bewertung").check()
    page.get_by_role("button", name="Freigeben").click()
    page.get_by_text("Freigegebene Bewertung").first.wait_for()
    page.context.clear_cookies()


def test_draft_upload_submit_revise_and_pass(page, demo_site, schedule_pdf, artifacts):
    assignment = AssignmentPage.objects.get()
    log_in(page, demo_site)
    page.goto(demo_site + assignment.url)
    page.get_by_role("link", name="Projektarbeit beginnen").click()
    violations = {"workspace": run_axe(page)}

    write_draft(page, "Sicher wohnen in Döbeln-Nord")
    page.get_by_label("Datei anhängen").set_input_files(str(schedule_pdf))
    page.get_by_role("button", name="Entwurf speichern").first.click()
    attachments = page.get_by_role("table").filter(has_text="Zeitplan Müller.pdf")
    attachments.wait_for()
    page.screenshot(path=str(artifacts / "project-workspace.png"))

    page.get_by_role("button", name="Einreichen …").first.click()
    violations["confirm"] = run_axe(page)
    page.get_by_role("button", name="Verbindlich einreichen").click()
    assert page.get_by_role("alert").first.is_visible()
    page.get_by_label("Ich habe die Arbeit selbstständig verfasst").check()
    page.get_by_role("button", name="Verbindlich einreichen").click()
    page.get_by_text("eingereicht", exact=True).first.wait_for()
    page.context.clear_cookies()

    grade(page, demo_site, "Überarbeitung erbeten", "Bitte mit PKS-Zahlen belegen.")

    log_in(page, demo_site)
    page.goto(demo_site + f"/lernen/projekt/{assignment.pk}/")
    body = page.locator("main").inner_text()
    assert "Überarbeitung erbeten" in body
    assert "Bitte mit PKS-Zahlen belegen." in body
    violations["workspace with review"] = run_axe(page)
    page.get_by_role("button", name="Überarbeitung beginnen").click()
    assert page.get_by_label("Titel des Projekts").input_value() == (
        "Sicher wohnen in Döbeln-Nord"
    )
    assert page.get_by_text("Zeitplan Müller.pdf").first.is_visible()
    page.get_by_label("Titel des Projekts").fill("Sicher wohnen in Döbeln-Nord (2)")
    hand_in(page)
    page.context.clear_cookies()

    grade(page, demo_site, "bestanden", "Jetzt gut belegt.")

    log_in(page, demo_site)
    page.goto(demo_site + "/lernen/")
    item = page.locator("li li").filter(has_text=f"{assignment.title} (")
    assert " ".join(item.text_content().split()) == f"✓ {assignment.title} (erledigt)"
    page.goto(demo_site + f"/lernen/projekt/{assignment.pk}/fassung/1/")
    first = page.locator("main").inner_text()
    assert "Sicher wohnen in Döbeln-Nord" in first and "(2)" not in first
    violations["version"] = run_axe(page)

    violations = {name: found for name, found in violations.items() if found}
    assert not violations, violations
