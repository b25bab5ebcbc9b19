"""„Alle Zertifikate“ exports as CSV and XLSX in the product's dialect:
semicolons, UTF-8 with BOM, German headings, formula cells escaped."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from certificates import services
from tests.factories import EnrolmentFactory, UserFactory

from .conftest import complete

pytestmark = pytest.mark.django_db

HEADINGS = [
    "Nummer",
    "Name",
    "Art",
    "Lehrgang",
    "Durchgang",
    "Ausgestellt am",
    "Status",
    "Widerrufen am",
    "Grund des Widerrufs",
]
LIST_URL = reverse("certificates_admin:list")


@pytest.fixture
def certificates(programme, graduate, lpr_office):
    """The graduate's valid certificate and a revoked one of a person whose
    name and revocation reason look like formulas."""
    user = UserFactory(username="formel", first_name="@Jörg", last_name="Weiß")
    hostile = EnrolmentFactory(cohort=programme["cohort"], user=user)
    complete(hostile, programme)
    valid, _created = services.issue(graduate, queue_render=False)
    revoked, _created = services.issue(hostile, queue_render=False)
    services.revoke(revoked, reason="=HYPERLINK(1)", by=lpr_office)
    return valid, revoked


def _csv_rows(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    assert text.splitlines()[0] == "\ufeff" + ";".join(HEADINGS)
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def _xlsx_rows(response):
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [[cell.value for cell in row] for row in workbook.active.iter_rows()]


def test_csv_export_of_all_certificates(client, lpr_office, certificates):
    valid, revoked = certificates
    client.force_login(lpr_office)
    rows = _csv_rows(client.get(LIST_URL, {"export": "csv"}))
    by_number = {row[0]: row for row in rows[1:]}
    assert len(rows) == 3
    today = datetime.date.today().strftime("%d.%m.%Y")
    assert by_number[valid.number] == [
        valid.number,
        "Jürgen Weiß",
        "Zertifikat",
        programme_title(valid),
        "Durchgang 2025",
        _german(valid),
        "wird erstellt",
        "",
        "",
    ]
    assert by_number[revoked.number][1] == "'@Jörg Weiß"
    assert by_number[revoked.number][6:] == ["widerrufen", today, "'=HYPERLINK(1)"]


def programme_title(certificate):
    return certificate.snapshot["programme"]["title"]


def _german(certificate):
    issued = datetime.date.fromisoformat(certificate.snapshot["issued_on"])
    return issued.strftime("%d.%m.%Y")


def test_xlsx_export_opens_and_escapes(client, lpr_office, certificates):
    _valid, revoked = certificates
    client.force_login(lpr_office)
    response = client.get(LIST_URL, {"export": "xlsx"})
    assert response["Content-Disposition"].startswith("attachment")
    rows = _xlsx_rows(response)
    assert rows[0] == HEADINGS
    row = next(row for row in rows if row[0] == revoked.number)
    assert row[1] == "'@Jörg Weiß"
    assert row[8] == "'=HYPERLINK(1)"
    assert isinstance(row[5], datetime.datetime)  # a date cell, not text
    assert row[6] == "widerrufen"


def test_export_follows_the_search(client, lpr_office, certificates):
    valid, _revoked = certificates
    client.force_login(lpr_office)
    rows = _csv_rows(client.get(LIST_URL, {"export": "csv", "q": "Jürgen"}))
    assert [row[0] for row in rows[1:]] == [valid.number]


def test_list_offers_both_downloads(client, lpr_office, certificates):
    client.force_login(lpr_office)
    html = client.get(LIST_URL, {"q": "Weiß"}).content.decode()
    assert "?q=Wei%C3%9F&amp;export=csv" in html
    assert "?q=Wei%C3%9F&amp;export=xlsx" in html


def test_only_the_office_may_export(client, certificates):
    trainer = UserFactory(groups=["Trainer/innen"])
    client.force_login(trainer)
    response = client.get(LIST_URL, {"export": "csv"})
    # Wagtail answers a refused admin page with a way back to the dashboard.
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
