"""Spreadsheet exports: one CSV dialect and one guard against formulas.

Every CSV or XLSX file the product hands out goes through `spreadsheet_safe`
(OWASP „CSV Injection“): a text cell that starts with `=`, `+`, `-`, `@`, a
tab or a carriage return gets a leading apostrophe, so that Excel or
LibreOffice show it as text instead of running it as a formula. CSV files
are written in the dialect a German office's Excel opens directly: UTF-8
with a byte order mark, semicolons, CRLF line ends.

`SpreadsheetSafeExportMixin` gives Wagtail's index views with `list_export`
the same treatment; `csv_response` streams any other table row by row,
`xlsx_response` writes it as a workbook (openpyxl), and `export_response`
answers `?export=csv` or `?export=xlsx` with the one or the other.
"""

import csv
import datetime
from io import BytesIO
from itertools import chain

from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from wagtail.admin.views.generic.models import IndexView

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


class GermanExcel(csv.excel):
    """What Excel with German regional settings reads without an import
    dialogue: semicolons between cells (the comma is the decimal mark)."""

    delimiter = ";"


def spreadsheet_safe(value):
    """`value`, with a leading apostrophe when it is text that a spreadsheet
    program would read as a formula; anything but text is left alone."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class _Echo:
    """A file whose `write` returns what it is given (for `csv.writer`)."""

    def write(self, value):
        return value


def _wall_time(moment):
    """`moment` in local time, without time zone (spreadsheets know none)."""
    if timezone.is_aware(moment):
        moment = timezone.localtime(moment)
    return moment.replace(tzinfo=None)


def _csv_value(value):
    """A date as German Excel reads it (01.12.2027); other values passed
    through `spreadsheet_safe`."""
    if isinstance(value, datetime.datetime):
        return _wall_time(value).strftime("%d.%m.%Y %H:%M")
    if isinstance(value, datetime.date):
        return value.strftime("%d.%m.%Y")
    return spreadsheet_safe(value)


def csv_lines(rows):
    """The lines of a CSV file of `rows` (iterables of cell values), starting
    with the byte order mark; every cell passes `spreadsheet_safe`, dates
    are written the German way. A generator: nothing is computed before it
    is asked for."""
    writer = csv.writer(_Echo(), dialect=GermanExcel)
    yield BOM
    for row in rows:
        yield writer.writerow([_csv_value(value) for value in row])


def csv_response(rows, *, filename):
    """A streamed CSV download of `rows` named `filename` (without „.csv“)."""
    response = StreamingHttpResponse(
        csv_lines(rows), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
XLSX_DATE_FORMAT = "DD.MM.YYYY"
XLSX_DATETIME_FORMAT = "DD.MM.YYYY HH:MM"


def _xlsx_cell(sheet, value):
    """A cell of `value`; dates shown the German way, formulas escaped."""
    if isinstance(value, datetime.datetime):
        cell = WriteOnlyCell(sheet, value=_wall_time(value))
        cell.number_format = XLSX_DATETIME_FORMAT
        return cell
    if isinstance(value, datetime.date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = XLSX_DATE_FORMAT
        return cell
    return spreadsheet_safe(value)


def xlsx_response(rows, *, filename):
    """An XLSX download of `rows` (the first one the headings) named
    `filename` (without „.xlsx“); every text cell passes `spreadsheet_safe`,
    dates and times are shown the German way, in local time."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=filename[:31])
    for row in rows:
        sheet.append([_xlsx_cell(sheet, value) for value in row])
    output = BytesIO()
    workbook.save(output)
    output.seek(0)
    return FileResponse(
        output,
        as_attachment=True,
        content_type=XLSX_CONTENT_TYPE,
        filename=f"{filename}.xlsx",
    )


EXPORTS = {"csv": csv_response, "xlsx": xlsx_response}


def export_response(export_format, rows, *, filename):
    """The download of `rows` as `export_format` („csv“ or „xlsx“), or None
    for any other format."""
    respond = EXPORTS.get(export_format)
    return respond(rows, filename=filename) if respond else None


class SpreadsheetSafeExportMixin:
    """For Wagtail views with `list_export` (SpreadsheetExportMixin): cells
    pass `spreadsheet_safe` in CSV and XLSX alike, and the CSV is written in
    the product's dialect."""

    def preprocess_field_value(self, field, value, export_format):
        return spreadsheet_safe(
            super().preprocess_field_value(field, value, export_format)
        )

    def write_csv_response(self, queryset):
        headings = [self.get_heading(queryset, field) for field in self.list_export]
        rows = (
            [
                self.preprocess_field_value(field, value, self.FORMAT_CSV)
                for field, value in self.to_row_dict(item).items()
            ]
            for item in queryset
        )
        return csv_response(chain([headings], rows), filename=self.get_filename())


class SafeExportIndexView(SpreadsheetSafeExportMixin, IndexView):
    """The index view of a ModelViewSet whose `list_export` is safe."""
