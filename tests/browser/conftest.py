"""Browser tests: Playwright drives Debian's Chromium (never a downloaded one).

Outside CI they skip, with the reason, when Chromium or axe-core is missing;
with CI set they fail instead.
"""

import os
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connections

from lms.demo import learners as lms_demo
from lms.demo import programme as modules_demo
from lms.demo import site as cms_demo

AXE = settings.BASE_DIR / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = settings.BASE_DIR / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _unavailable(reason):
    if os.environ.get("CI"):
        pytest.fail(f"CI needs the browser tests: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium_path():
    path = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")
    if not path:
        _unavailable("Chromium is not installed (apt-get install chromium).")
    if not AXE.exists():
        _unavailable("axe-core is not installed (npm ci).")
    return path


@pytest.fixture
def browser(chromium_path, monkeypatch):
    """A Chromium per test: Playwright's event loop must not outlive the test,
    or Django hands later tests a different database connection."""
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in the test thread; the ORM
    # calls the test makes there are still synchronous and safe.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(
        locale="de-DE", viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()
    # Close the database connection the test opened while Playwright's loop
    # ran, so the test database can be dropped at the end of the session.
    connections.close_all()


@pytest.fixture
def artifacts():
    ARTIFACTS.mkdir(exist_ok=True)
    return Path(ARTIFACTS)


def run_axe(page):
    """Run axe-core on the current page for WCAG 2.1 A and AA; return violations.

    axe-core is evaluated through the DevTools protocol: as an inline script
    tag the page's Content-Security-Policy would block it."""
    page.evaluate(AXE.read_text())
    result = page.evaluate(
        """async () => await axe.run(document, {
            runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}
        })"""
    )
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} – "
        + ", ".join(str(node["target"]) for node in violation["nodes"][:5])
        for violation in result["violations"]
    ]


@pytest.fixture
def demo_site(live_server):
    """The demo content as `seed_demo` builds it, served by a live server."""
    home = cms_demo.seed(log=lambda message: None)
    programme = modules_demo.seed(home=home, log=lambda message: None)
    lms_demo.seed(programme=programme, log=lambda message: None)
    return live_server.url


def log_in(page, base_url, username="teilnehmerin", password="demo"):
    page.goto(f"{base_url}/konto/anmelden/")
    page.get_by_label("Benutzername").fill(username)
    page.get_by_label("Passwort").fill(password)
    page.get_by_role("button", name="Anmelden").click()


def admin_log_in(page, base_url, username):
    page.goto(f"{base_url}/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill("demo")
    page.locator("form [type=submit]").click()
    page.wait_for_url("**/admin/")
