"""The certificate from the LPR office's click to the anonymous check of its
QR code, in the browser."""

import hashlib
from urllib.parse import urlsplit

import pytest

from certificates.models import Certificate
from tests.browser.conftest import admin_log_in, log_in, run_axe
from tests.pdf_checks import qr_codes

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_office_issues_graduate_downloads_visitor_verifies(
    page, browser, demo_site, artifacts
):
    admin_log_in(page, demo_site, "lpr")
    page.get_by_role("link", name="Zertifikate").first.click()
    page.get_by_role("link", name="Durchgang 2025").click()
    row = page.get_by_role("row").filter(has_text="Sophie Weißenfels")
    row.get_by_text("erfüllt").wait_for()
    row.get_by_role("checkbox").check()
    page.get_by_role("button", name="Ausgewählte ausstellen").click()
    page.get_by_text("1 von 1 erledigt").wait_for()
    page.screenshot(path=str(artifacts / "certificate-batch.png"))
    certificate = Certificate.objects.get()
    assert certificate.status == Certificate.Status.ISSUED
    page.context.clear_cookies()

    log_in(page, demo_site, "absolventin")
    page.get_by_role("heading", name="Zertifikate und Bescheinigungen").wait_for()
    violations = {"dashboard": run_axe(page)}
    with page.expect_download() as download_info:
        page.get_by_role(
            "link", name=f"PDF herunterladen (Nummer {certificate.number})"
        ).click()
    download = download_info.value
    assert download.suggested_filename == f"{certificate.number}.pdf"
    data = open(download.path(), "rb").read()
    assert hashlib.sha256(data).hexdigest() == certificate.sha256
    page.get_by_role("link", name="Textfassung").click()
    page.get_by_text("Sophie Weißenfels").first.wait_for()
    violations["text version"] = run_axe(page)

    (qr_url,) = qr_codes(data)
    assert qr_url.endswith(f"/zertifikate/pruefen/{certificate.code}/")

    visitor = browser.new_context(locale="de-DE").new_page()
    # The QR code holds SITE_URL; the live server listens elsewhere.
    visitor.goto(demo_site + urlsplit(qr_url).path)
    visitor.get_by_text("Status: gültig").wait_for()
    assert "Sophie Weißenfels" in visitor.content()
    assert "Fachkraft für Kriminalprävention" in visitor.content()
    violations["check"] = run_axe(visitor)
    visitor.screenshot(path=str(artifacts / "certificate-check.png"), full_page=True)
    visitor.context.close()

    assert violations == {"dashboard": [], "text version": [], "check": []}
