"""Every spreadsheet export escapes cells that a spreadsheet program would
run as formulas (OWASP „CSV Injection“), in CSV and in XLSX alike."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.admin.viewsets import viewsets
from wagtail.admin.viewsets.model import ModelViewSet

from cms.core.exports import (
    SpreadsheetSafeExportMixin,
    csv_lines,
    spreadsheet_safe,
)
from cms.models import AccessibilityFeedback
from tests.factories import CohortFactory, EnrolmentFactory

pytestmark = pytest.mark.django_db

HOSTILE = ['=HYPERLINK("http://example.com","Klick")', "+1+1", "-2+3", "@SUM(A1)"]


@pytest.mark.parametrize(
    "value", [*HOSTILE, "\t=1+1", "\r=1+1"], ids=lambda v: repr(v[:2])
)
def test_formula_starts_get_an_apostrophe(value):
    assert spreadsheet_safe(value) == "'" + value


@pytest.mark.parametrize("value", ["Müller", "", "1,5", 42, -3, None, "a=b"])
def test_other_values_are_left_alone(value):
    assert spreadsheet_safe(value) == value


def test_csv_has_a_bom_semicolons_and_escaped_cells():
    text = "".join(csv_lines([["Name", "Wert"], ["=1+1", "Jörg; Ähnlich"]]))
    assert text == '\ufeffName;Wert\r\n\'=1+1;"Jörg; Ähnlich"\r\n'


def _csv_cells(response):
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    return [
        cell for row in csv.reader(io.StringIO(text[1:]), delimiter=";") for cell in row
    ]


def _xlsx_cells(response):
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [cell.value for row in workbook.active.iter_rows() for cell in row]


@pytest.fixture
def hostile_reports():
    for value in HOSTILE:
        AccessibilityFeedback.objects.create(
            page_url=value,
            description=value,
            name=value,
            due_on=datetime.date(2027, 1, 1),
        )


@pytest.mark.parametrize("export", ["csv", "xlsx"])
def test_accessibility_reports_export_escapes_formulas(
    client, lpr_office, hostile_reports, export
):
    client.force_login(lpr_office)
    response = client.get(reverse("accessibility_feedback:index"), {"export": export})
    assert response.status_code == 200
    cells = _csv_cells(response) if export == "csv" else _xlsx_cells(response)
    for value in HOSTILE:
        assert cells.count("'" + value) == 3
        assert value not in cells


@pytest.mark.parametrize("export", ["csv", "xlsx"])
def test_enrolments_export_names_and_escapes_people(client, lpr_office, export):
    enrolment = EnrolmentFactory(cohort=CohortFactory(name="=1+1"))
    user = enrolment.user
    user.first_name, user.last_name, user.email = "@Jörg", "-Ähnlich", "j@example.org"
    user.save()
    client.force_login(lpr_office)
    response = client.get(reverse("enrolments:index"), {"export": export})
    assert response.status_code == 200
    cells = _csv_cells(response) if export == "csv" else _xlsx_cells(response)
    assert cells[:5] == ["Nachname", "Vorname", "E-Mail", "Durchgang", "Status"]
    assert ["'-Ähnlich", "'@Jörg", "j@example.org", "'=1+1", "aktiv"] == cells[7:12]


@pytest.mark.parametrize("export", ["csv", "xlsx"])
def test_cohorts_export_escapes_names(client, lpr_office, export):
    CohortFactory(name="+1+1")
    client.force_login(lpr_office)
    response = client.get(reverse("cohorts:index"), {"export": export})
    assert response.status_code == 200
    cells = _csv_cells(response) if export == "csv" else _xlsx_cells(response)
    assert "'+1+1" in cells and "+1+1" not in cells


PRODUCT_APPS = {"cms", "modules", "lms", "projects", "certificates"}


def _model_viewsets():
    for viewset in viewsets.viewsets:
        yield from getattr(viewset, "items", [])
        yield viewset


def test_every_admin_export_of_the_product_is_safe():
    reverse("wagtailadmin_home")  # the admin's URLs register the viewsets
    exporting = [
        viewset
        for viewset in _model_viewsets()
        if isinstance(viewset, ModelViewSet)
        and viewset.list_export
        and viewset.model._meta.app_label in PRODUCT_APPS
    ]
    assert {v.model._meta.label for v in exporting} >= {
        "cms.AccessibilityFeedback",
        "lms.Cohort",
        "lms.Enrolment",
    }
    for viewset in exporting:
        assert issubclass(viewset.index_view_class, SpreadsheetSafeExportMixin), viewset
