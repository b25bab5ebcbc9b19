"""Trainers and the LPR office find their work on the admin dashboard; a
visitor finds „Zertifikat prüfen“ in the footer."""

import pytest

from tests.browser.conftest import AXE, admin_log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PANELS = [
    "waiting-hand-ins-heading",
    "missing-attendance-heading",
    "to-certify-heading",
    "open-feedback-heading",
]


def panel_violations(page):
    """axe-core (WCAG 2.1 A and AA) on the dashboard panels of the product;
    Wagtail's own dashboard is not this product's to fix."""
    page.evaluate(AXE.read_text())
    selectors = [
        f"[aria-labelledby={heading}]"
        for heading in PANELS
        if page.locator(f"[aria-labelledby={heading}]").count()
    ]
    assert selectors
    result = page.evaluate(
        """async (include) => await axe.run({include: include}, {
            runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}
        })""",
        [[selector] for selector in selectors],
    )
    return [violation["id"] for violation in result["violations"]]


def test_trainer_sees_waiting_hand_in_and_opens_it(page, demo_site, artifacts):
    admin_log_in(page, demo_site, "trainerin")
    panel = page.locator("[aria-labelledby=waiting-hand-ins-heading]")
    panel.get_by_text("1 Einreichung wartet").wait_for()
    assert page.locator(".w-summary__list").count() == 0
    assert panel_violations(page) == []
    page.screenshot(path=str(artifacts / "dashboard-trainer.png"), full_page=True)
    panel.get_by_role("link", name="Bewerten").first.click()
    page.wait_for_url("**/admin/bewertung/fassung/**")


def test_office_sees_its_panels(page, demo_site, artifacts):
    admin_log_in(page, demo_site, "lpr")
    for heading in [
        "Einreichungen, die auf eine Bewertung warten",
        "Seminartermine ohne erfasste Anwesenheit",
        "Voraussetzungen erfüllt, noch ohne Zertifikat",
        "Barriere-Meldungen",
    ]:
        page.get_by_role("heading", name=heading).wait_for()
    assert panel_violations(page) == []
    page.screenshot(path=str(artifacts / "dashboard-office.png"), full_page=True)


def test_visitor_finds_the_certificate_check_in_the_footer(page, demo_site):
    page.goto(demo_site + "/")
    page.locator("footer").get_by_role("link", name="Zertifikat prüfen").click()
    page.wait_for_url("**/zertifikate/pruefen/")
