"""Typed text survives in a real browser: a save refused as too large, and a
save after the session ended in another tab."""

import pytest

from lms.projects.models import SubmissionVersion
from modules.models import AssignmentPage
from tests.browser.conftest import log_in, run_axe

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TYPED = "Im Quartier Döbeln-Nord häufen sich Wohnungseinbrüche seit dem Frühjahr."


def open_workspace(page, base_url):
    assignment = AssignmentPage.objects.get()
    page.goto(base_url + assignment.url)
    page.get_by_role("link", name="Projektarbeit beginnen").click()
    page.locator("fieldset.draft-section textarea").first.wait_for()


def stored_texts():
    """The section texts of the demo participant's stored draft."""
    draft = SubmissionVersion.objects.get(
        submission__enrolment__user__username="teilnehmerin",
        submitted_at__isnull=True,
    )
    return [section["text"] for section in draft.sections]


def sections(page):
    return page.locator("fieldset.draft-section textarea")


def test_text_survives_a_save_over_the_size_limit(page, demo_site, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 20_000
    log_in(page, demo_site)
    open_workspace(page, demo_site)
    areas = sections(page).all()
    assert len(areas) >= 3
    typed = [f"{TYPED} Abschnitt {n}. " + "Beobachtung. " * 700 for n in range(3)]
    for area, text in zip(areas, typed, strict=False):
        area.fill(text)
    counter = page.locator(".field__count").first
    assert counter.inner_text().startswith("Noch ")

    page.get_by_role("button", name="Entwurf speichern").first.click()

    page.get_by_role("heading", name="Zu viel auf einmal gesendet").wait_for()
    assert "Bad Request" not in page.content()
    assert run_axe(page) == []
    page.get_by_role("link", name="Zurück zum Formular").click()
    page.get_by_role("button", name="Text wiederherstellen").click()
    page.get_by_text("Ihr nicht gespeicherter Text wurde wiederhergestellt").wait_for()
    for area, text in zip(sections(page).all(), typed, strict=False):
        assert area.input_value() == text
    assert run_axe(page) == []

    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
    page.get_by_role("button", name="Entwurf speichern").first.click()
    page.get_by_text("Ihr Entwurf ist gespeichert.").wait_for()
    assert stored_texts()[:3] == [text.strip() for text in typed]
    page.reload()
    assert page.get_by_role("button", name="Text wiederherstellen").count() == 0


def test_text_survives_a_logout_in_another_tab(page, demo_site):
    log_in(page, demo_site)
    open_workspace(page, demo_site)
    sections(page).first.fill(TYPED)
    other_tab = page.context.new_page()
    other_tab.goto(demo_site + "/lernen/")
    other_tab.get_by_role("button", name="Abmelden").click()
    other_tab.close()

    page.get_by_role("button", name="Entwurf speichern").first.click()

    page.wait_for_url("**/konto/anmelden/**")
    page.get_by_label("Benutzername").fill("teilnehmerin")
    page.get_by_label("Passwort").fill("demo")
    page.get_by_role("button", name="Anmelden").click()
    page.get_by_role(
        "heading", name="Ihr nicht gespeicherter Text wurde wiederhergestellt"
    ).wait_for()
    assert sections(page).first.input_value() == TYPED
    assert stored_texts()[0] == ""
    assert page.get_by_role("button", name="Text wiederherstellen").count() == 0
    assert run_axe(page) == []

    page.get_by_role("button", name="Entwurf speichern").first.click()
    page.get_by_text("Ihr Entwurf ist gespeichert.").wait_for()
    assert stored_texts()[0] == TYPED
