"""The report as files: each table as CSV (the product's dialect) or XLSX
(`cms.core.exports.export_response`), and the whole report as one XLSX
workbook with a sheet per table. Every cell passes `spreadsheet_safe`."""

import io
import re
from itertools import chain

from django.http import HttpResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import Promise
from django.utils.text import slugify
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from cms.core.exports import XLSX_CONTENT_TYPE, export_response, spreadsheet_safe

SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def selection_label(selection):
    """The selection in words, for file headers and the PDF."""
    cohort = selection.cohort.name if selection.cohort else _("alle Durchgänge")
    year = str(selection.year) if selection.year else _("alle Jahre")
    return f"{cohort}, {year}"


def filename(selection, suffix=""):
    parts = ["bericht", selection.cohort.name if selection.cohort else "alle"]
    parts.append(str(selection.year) if selection.year else "alle-jahre")
    return slugify("-".join(part for part in (*parts, suffix) if part))


def _plain(value):
    """Translated labels as text, other values as they are."""
    return str(value) if isinstance(value, Promise) else value


def section_download(section, selection, kind):
    """One table as „csv“ or „xlsx“, its German headings first."""
    rows = chain([section.columns], section.rows)
    return export_response(
        kind,
        ([_plain(value) for value in row] for row in rows),
        filename=filename(selection, section.key),
    )


def _sheet_title(title, used):
    name = SHEET_TITLE_FORBIDDEN.sub(" ", str(title))[:31].strip()
    while name in used:
        name = f"{name[:28]} {len(used)}"
    used.add(name)
    return name


def _cell(value):
    return spreadsheet_safe(_plain(value))


def _write(sheet, rows, *, bold_first=False):
    for row in rows:
        sheet.append([_cell(value) for value in row])
    if bold_first:
        for cell in sheet[sheet.max_row - len(rows) + 1]:
            cell.font = Font(bold=True)


def workbook(sections, selection):
    """An openpyxl Workbook: an overview sheet, then one sheet per section
    with its German headings and figures."""
    book = Workbook()
    overview = book.active
    overview.title = _("Auswahl")
    _write(
        overview,
        [
            [_("Bericht"), _("Lehrgangsbericht")],
            [_("Auswahl"), selection_label(selection)],
            [_("Erstellt am"), date_format(timezone.localdate())],
        ],
    )
    used = {overview.title}
    for section in sections:
        sheet = book.create_sheet(_sheet_title(section.title, used))
        _write(sheet, [[section.title], [section.note], []])
        _write(sheet, [section.columns], bold_first=True)
        _write(sheet, section.rows)
        sheet.column_dimensions["A"].width = 48
    return book


def xlsx_response(sections, selection):
    buffer = io.BytesIO()
    workbook(sections, selection).save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_CONTENT_TYPE)
    name = filename(selection)
    response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
    return response
