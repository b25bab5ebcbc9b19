"""Spreadsheet exports: one CSV dialect and one guard against formulas.

Every CSV or XLSX file the product hands out goes through `spreadsheet_safe`
(OWASP „CSV Injection“): a text cell that starts with `=`, `+`, `-`, `@`, a
tab or a carriage return gets a leading apostrophe, so that Excel or
LibreOffice show it as text instead of running it as a formula. CSV files
are written in the dialect a German office's Excel opens directly: UTF-8
with a byte order mark, semicolons, CRLF line ends.

`SpreadsheetSafeExportMixin` gives Wagtail's index views with `list_export`
the same treatment; `stream_csv` streams any other table row by row.
"""

import csv
from itertools import chain

from django.http import StreamingHttpResponse
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


def csv_lines(rows):
    """The lines of a CSV file of `rows` (iterables of cell values), starting
    with the byte order mark; every cell passes `spreadsheet_safe`. A
    generator: nothing is computed before it is asked for."""
    writer = csv.writer(_Echo(), dialect=GermanExcel)
    yield BOM
    for row in rows:
        yield writer.writerow([spreadsheet_safe(value) for value in row])


def csv_response(rows, *, filename):
    """A streamed CSV download of `rows` named `filename` (without „.csv“)."""
    response = StreamingHttpResponse(
        csv_lines(rows), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


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
