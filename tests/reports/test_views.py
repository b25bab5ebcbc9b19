"""The report in the admin: who may open it, what it shows, the downloads."""

import csv
import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.factories import UserFactory
from tests.pdf_checks import assert_text_drawn_in_embedded_dejavu

URL = "/admin/berichte/"


@pytest.fixture
def trainer(lpr_office, counted):
    user = UserFactory(username="trainerin", groups=["Trainer/innen"])
    counted["cohort"].trainers.add(user)
    return user


def test_office_sees_charts_tables_and_download_links(client, lpr_office, counted):
    client.force_login(lpr_office)
    response = client.get(URL, {"cohort": counted["cohort"].pk})
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('role="img"') == 7
    assert "Auswahl: Durchgang 2025, alle Jahre" in html
    assert (
        '<th scope="row">Modul 1 „Kriminologie“</th><td>4</td><td>3</td><td>75</td>'
        in html
    )
    assert f"/admin/berichte/xlsx/?cohort={counted['cohort'].pk}" in html
    assert (
        f"/admin/berichte/tabelle/projekte/xlsx/?cohort={counted['cohort'].pk}" in html
    )
    menu = client.get("/admin/").content.decode()
    assert "Lehrgangsbericht" in menu


@pytest.mark.parametrize(
    "path",
    ["", "xlsx/", "pdf/", "tabelle/status/csv/"],
    ids=["page", "xlsx", "pdf", "csv"],
)
def test_trainers_and_participants_are_refused(client, trainer, participant, path):
    # A participant has no admin access at all: Wagtail sends them away.
    client.force_login(participant)
    assert client.get(URL + path).status_code in (302, 403)
    # Wagtail answers a refused admin view with a redirect to the dashboard
    # and its „no permission“ message.
    client.force_login(trainer)
    response = client.get(URL + path)
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert "Lehrgangsbericht" not in client.get("/admin/").content.decode()


def test_a_wrong_selection_is_named_not_crashed(client, lpr_office, counted):
    client.force_login(lpr_office)
    response = client.get(URL, {"cohort": "999999", "year": "abc"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Diesen Durchgang gibt es nicht (mehr)." in html
    assert "Für dieses Jahr gibt es keine Durchgänge." in html
    assert 'role="img"' not in html
    download = client.get(URL + "xlsx/", {"cohort": "999999"})
    assert download.status_code == 302
    assert download["Location"] == URL + "?cohort=999999"
    assert client.get(URL + "tabelle/unbekannt/csv/").status_code == 404
    assert client.get(URL + "docx/").status_code == 404
    assert client.get(URL + "tabelle/status/pdf/").status_code == 404


def test_xlsx_holds_the_same_figures(client, lpr_office, counted):
    client.force_login(lpr_office)
    response = client.get(URL + "xlsx/", {"cohort": counted["cohort"].pk})
    assert response["Content-Disposition"] == (
        'attachment; filename="bericht-durchgang-2025-alle-jahre.xlsx"'
    )
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames[0] == "Auswahl"
    sheet = book["Abschluss je Modul"]
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[3] == ["Modul", "Teilnehmende", "abgeschlossen", "Quote (%)"]
    assert values[4] == ["Modul 1 „Kriminologie“", 4, 3, 75]
    certificates = book.worksheets[-1]
    assert certificates.title == "Zertifikate und Teilnahmebesche"
    assert list(certificates.iter_rows(values_only=True))[5] == (
        "Teilnahmebescheinigung",
        2,
        1,
        0,
        1,
    )


def test_one_table_as_xlsx(client, lpr_office, counted):
    client.force_login(lpr_office)
    response = client.get(
        URL + "tabelle/status/xlsx/", {"cohort": counted["cohort"].pk}
    )
    book = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert rows == [
        ("Status", "Anzahl"),
        ("aktiv", 2),
        ("pausiert", 1),
        ("abgeschlossen", 1),
        ("abgebrochen", 1),
    ]


def test_csv_is_in_the_product_dialect(client, lpr_office, counted):
    client.force_login(lpr_office)
    response = client.get(
        URL + "tabelle/anwesenheit/csv/", {"cohort": counted["cohort"].pk}
    )
    data = b"".join(response.streaming_content).decode("utf-8")
    assert data.startswith("\ufeffSeminartermin;Teilnehmende;anwesend;")
    lines = list(csv.reader(io.StringIO(data[1:]), delimiter=";"))
    assert lines[1] == [
        "05.03.2025 Seminarwochenende 1 (Durchgang 2025)",
        "4",
        "2",
        "1",
        "50",
    ]
    assert "\r\n" in data


def test_annual_report_pdf_renders_every_table(client, lpr_office, counted):
    client.force_login(lpr_office)
    response = client.get(URL + "pdf/", {"year": 2025})
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert_text_drawn_in_embedded_dejavu(reader)
    assert "Jahresbericht 2025" in text
    assert "Anwesenheit je Seminartermin" in text
    assert "Überarbeitungsrunden insgesamt" in text


def test_a_failed_pdf_is_reported_in_german(client, lpr_office, counted, monkeypatch):
    from lms.reports import pdf

    def broken(*args, **kwargs):
        raise pdf.ReportPdfError("annual report: render error")

    monkeypatch.setattr(pdf, "html_to_pdf", broken)
    client.force_login(lpr_office)
    response = client.get(URL + "pdf/", {"year": 2025}, follow=True)
    assert response.redirect_chain == [(URL + "?year=2025", 302)]
    assert "konnte nicht als PDF erstellt werden" in response.content.decode()
