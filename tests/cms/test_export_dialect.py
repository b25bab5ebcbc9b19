"""Every CSV of the product is written in one dialect (semicolons, UTF-8
with BOM, German headings, formula cells escaped) and every XLSX opens with
openpyxl: barrier reports, cohorts, enrolments and the Lernstand matrix.
„Alle Zertifikate“ is tested in tests/certificates/test_export_dialect.py."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from cms.core.exports import csv_lines, export_response
from cms.models import AccessibilityFeedback
from tests.factories import CohortFactory, EnrolmentFactory

pytestmark = pytest.mark.django_db


def _csv_rows(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff"), "German Excel needs the BOM for umlauts"
    assert ";" in text.splitlines()[0]
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def _xlsx_rows(response):
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [[cell.value for cell in row] for row in workbook.active.iter_rows()]


@pytest.fixture
def cohort():
    cohort = CohortFactory(name="=Durchgang Müller")
    user = EnrolmentFactory(cohort=cohort).user
    user.first_name, user.last_name = "Jörg", "+Ähnlich"
    user.save()
    return cohort


def test_cohorts_csv(client, lpr_office, cohort):
    client.force_login(lpr_office)
    rows = _csv_rows(client.get(reverse("cohorts:index"), {"export": "csv"}))
    assert rows[0] == ["Name", "Lehrgang", "Beginn", "Ende"]
    assert rows[1][0] == "'=Durchgang Müller"


def test_cohorts_xlsx(client, lpr_office, cohort):
    client.force_login(lpr_office)
    rows = _xlsx_rows(client.get(reverse("cohorts:index"), {"export": "xlsx"}))
    assert rows[0] == ["Name", "Lehrgang", "Beginn", "Ende"]
    assert rows[1][0] == "'=Durchgang Müller"


@pytest.mark.parametrize("export", ["csv", "xlsx"])
def test_enrolments_export(client, lpr_office, cohort, export):
    client.force_login(lpr_office)
    response = client.get(reverse("enrolments:index"), {"export": export})
    rows = _csv_rows(response) if export == "csv" else _xlsx_rows(response)
    assert rows[0][:5] == ["Nachname", "Vorname", "E-Mail", "Durchgang", "Status"]
    assert rows[1][:2] == ["'+Ähnlich", "Jörg"]
    assert rows[1][3] == "'=Durchgang Müller"


@pytest.mark.parametrize("export", ["csv", "xlsx"])
def test_barrier_reports_export(client, lpr_office, export):
    AccessibilityFeedback.objects.create(
        page_url="/lernen/",
        description="@Kontrast",
        due_on=datetime.date(2027, 1, 1),
    )
    client.force_login(lpr_office)
    response = client.get(reverse("accessibility_feedback:index"), {"export": export})
    rows = _csv_rows(response) if export == "csv" else _xlsx_rows(response)
    assert rows[0][:3] == ["Anliegen", "Betroffene Seite", "Beschreibung"]
    assert rows[1][2] == "'@Kontrast"


def test_lernstand_csv(client, lpr_office, cohort):
    client.force_login(lpr_office)
    url = reverse("lms_matrix:cohort", args=[cohort.pk])
    rows = _csv_rows(client.get(url, {"format": "csv"}))
    assert rows[0][:5] == ["Nachname", "Vorname", "E-Mail", "Berufsfeld", "Status"]
    assert rows[1][:2] == ["'+Ähnlich", "Jörg"]


def test_csv_writes_dates_the_german_way():
    text = "".join(csv_lines([[datetime.date(2027, 12, 1)]]))
    assert text == "\ufeff01.12.2027\r\n"


def test_xlsx_helper_writes_date_cells_and_escapes_text():
    response = export_response(
        "xlsx",
        [["Datum", "Text"], [datetime.date(2027, 12, 1), "-1+1"]],
        filename="probe",
    )
    rows = _xlsx_rows(response)
    assert rows == [["Datum", "Text"], [datetime.datetime(2027, 12, 1), "'-1+1"]]


def test_unknown_format_gives_no_download():
    assert export_response("pdf", [["a"]], filename="probe") is None


def test_times_are_written_in_local_time(settings):
    settings.TIME_ZONE = "Europe/Berlin"
    moment = datetime.datetime(2027, 12, 1, 8, 30, tzinfo=datetime.UTC)
    text = "".join(csv_lines([[moment]]))
    assert text == "\ufeff01.12.2027 09:30\r\n"
