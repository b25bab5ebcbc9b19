"""The digital credential in the browser: the graduate downloads it from
/lernen/, an anonymous visitor uploads it on the check page."""

import pytest

from certificates import services
from certificates.models import Certificate
from lms.learning.models import Enrolment
from tests.browser.conftest import log_in, run_axe

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _check(browser, demo_site, path):
    visitor = browser.new_context(locale="de-DE").new_page()
    visitor.goto(f"{demo_site}/zertifikate/pruefen/")
    visitor.get_by_label("Datei des digitalen Nachweises").set_input_files(path)
    visitor.get_by_role("button", name="Nachweis prüfen").click()
    visitor.get_by_role("heading", name="Ergebnis").wait_for()
    return visitor


def test_graduate_downloads_visitor_checks_valid_then_revoked(
    page, browser, demo_site, artifacts
):
    enrolment = Enrolment.objects.get(
        user__username="absolventin", status=Enrolment.Status.COMPLETED
    )
    services.issue(enrolment)
    certificate = Certificate.objects.get(enrolment=enrolment)
    assert certificate.status == Certificate.Status.ISSUED

    log_in(page, demo_site, "absolventin")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Digitaler Nachweis (Open Badge)").click()
    download = download_info.value
    assert download.suggested_filename == f"{certificate.number}.jwt"
    path = download.path()

    visitor = _check(browser, demo_site, path)
    visitor.get_by_text("Status: gültig").wait_for()
    assert "Fachkraft für Kriminalprävention" in visitor.content()
    assert certificate.holder_name in visitor.content()
    violations = run_axe(visitor)
    visitor.screenshot(path=str(artifacts / "credential-check.png"), full_page=True)
    visitor.context.close()

    services.revoke(certificate, reason="Prüfungsleistung nicht erbracht", by=None)
    visitor = _check(browser, demo_site, path)
    visitor.get_by_text("Status: widerrufen").wait_for()
    assert "Status: gültig" not in visitor.content()
    visitor.context.close()
    assert violations == []
