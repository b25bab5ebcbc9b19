"""The Content-Security-Policy in the browser: what a participant and the
office do raises no violation, so nothing the policy blocks was needed."""

import pytest

from modules.models import (
    AssignmentPage,
    LessonPage,
    ModulePage,
    ProgrammePage,
    QuizPage,
    SessionPage,
)
from tests.browser.conftest import admin_log_in, log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def violations(page):
    """Chromium reports every blocked script, style, frame or image in the
    console; collected with the address of the page that caused it."""
    found = []

    def collect(message):
        if "Content Security Policy" in message.text:
            found.append(f"{page.url}: {message.text}")

    page.on("console", collect)
    return found


def visit(page, url):
    response = page.goto(url)
    page.wait_for_load_state("networkidle")
    return response.headers["content-security-policy"]


def test_participant_pages_raise_no_csp_violation(page, demo_site, violations):
    lesson = LessonPage.objects.first()
    paths = [
        "/",
        ProgrammePage.objects.get().url,
        ModulePage.objects.get(number=1).url,
        lesson.url,
        AssignmentPage.objects.first().url,
        SessionPage.objects.first().url,
        "/lernen/",
        "/lernen/profil/",
        "/zertifikate/pruefen/",
        "/barrierefreiheit/rueckmeldung/",
    ]
    log_in(page, demo_site)
    page.wait_for_url("**/lernen/")
    for path in paths:
        policy = visit(page, demo_site + path)
        assert "script-src 'self';" in policy + ";", path
        assert "unsafe-inline" not in policy, path

    quiz = QuizPage.objects.first()
    visit(page, demo_site + quiz.url)
    page.get_by_role("button", name="Antworten absenden").click()
    page.wait_for_load_state("networkidle")
    visit(page, demo_site + "/lernen/")
    page.get_by_role("link", name="Weiter lernen").click()
    page.get_by_role("button", name="Als erledigt markieren").click()
    page.wait_for_load_state("networkidle")

    assert not violations, "\n".join(violations)


def test_admin_works_under_its_policy(page, demo_site, violations):
    admin_log_in(page, demo_site, "lpr")
    page.wait_for_load_state("networkidle")
    assert "unsafe-inline" in visit(page, demo_site + "/admin/")

    # The editor with its date choosers and live preview.
    visit(page, demo_site + f"/admin/pages/{LessonPage.objects.first().pk}/edit/")
    page.get_by_role("button", name="Vorschau").first.click()
    page.wait_for_load_state("networkidle")

    # The certificate admin's script now comes from a static file.
    page.goto(demo_site + "/admin/")
    page.get_by_role("link", name="Zertifikate").first.click()
    page.get_by_role("link", name="Durchgang 2025").click()
    page.get_by_role("button", name="Alle auswählbaren markieren").click()
    row = page.get_by_role("row").filter(has_text="Sophie Weißenfels")
    assert row.get_by_role("checkbox").is_checked()

    assert not violations, "\n".join(violations)
