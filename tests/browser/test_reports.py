"""The office opens the programme report: chart, table, XLSX download, and
nothing axe-core finds or the Content-Security-Policy blocks."""

import io

import pytest
from openpyxl import load_workbook

from tests.browser.conftest import admin_log_in, run_axe

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_office_reads_the_report_and_downloads_it(page, demo_site, artifacts):
    blocked = []
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text and blocked.append(message.text)
        ),
    )
    admin_log_in(page, demo_site, "lpr")
    page.get_by_role("button", name="Berichte").click()
    page.get_by_role("link", name="Lehrgangsbericht").click()
    page.get_by_role("heading", name="Lehrgangsbericht").wait_for()

    status = page.get_by_role("img", name="Einschreibungen nach Status")
    assert status.is_visible()
    table = page.get_by_role("table", name="Daten zu „Einschreibungen nach Status“")
    assert table.get_by_role("rowheader", name="aktiv").is_visible()
    assert page.get_by_role("img", name="Anwesenheit je Seminartermin").is_visible()

    page.get_by_label("Durchgang", exact=True).select_option(label="Durchgang 2027")
    page.get_by_role("button", name="Filtern").click()
    page.get_by_text("Auswahl: Durchgang 2027, alle Jahre").wait_for()
    assert run_axe(page) == []
    page.screenshot(path=str(artifacts / "report.png"), full_page=True)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Bericht als Excel-Datei (XLSX)").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".xlsx")
    book = load_workbook(io.BytesIO(open(download.path(), "rb").read()))
    rows = list(book["Einschreibungen nach Status"].iter_rows(values_only=True))
    assert rows[3] == ("Status", "Anzahl")
    assert rows[4][0] == "aktiv" and rows[4][1] >= 1
    assert blocked == []
