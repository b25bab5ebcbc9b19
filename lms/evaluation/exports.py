"""The results of a questionnaire as rows for CSV and XLSX: one row per
step of each scale and per free-text answer, never per person."""

from io import BytesIO

from django.http import HttpResponse
from django.utils.formats import number_format
from django.utils.text import slugify
from django.utils.translation import gettext as _
from openpyxl import Workbook

from cms.core.exports import csv_response, spreadsheet_safe

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def result_rows(results, *, localize=True):
    """Heading and rows of `results` (shown ones only). With `localize`,
    means are German text („4,2“, for CSV); otherwise numbers (XLSX)."""
    yield [_("Nr."), _("Frage"), _("Antwortart"), _("Antwort"), _("Anzahl")]
    for number, result in enumerate(results.questions, start=1):
        question = result.question
        kind = question.get_kind_display()
        if question.is_scale:
            for label, count in result.distribution:
                yield [number, question.text, kind, label, count]
            mean = result.mean
            if mean is not None and localize:
                mean = number_format(mean, decimal_pos=2)
            yield [number, question.text, kind, _("Mittelwert"), mean]
        else:
            for text in result.texts:
                yield [number, question.text, kind, text, 1]


def filename(results):
    questionnaire = results.questionnaire
    return slugify(f"evaluation-{questionnaire.title}-{questionnaire.cohort.name}")


def results_csv(results):
    return csv_response(result_rows(results), filename=filename(results))


def results_xlsx(results):
    """The same rows as an XLSX workbook; text cells pass `spreadsheet_safe`."""
    questionnaire = results.questionnaire
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Ergebnisse")
    sheet.append([_("Befragung"), spreadsheet_safe(questionnaire.title)])
    sheet.append([_("Durchgang"), spreadsheet_safe(questionnaire.cohort.name)])
    sheet.append([_("Modul"), spreadsheet_safe(questionnaire.module.title)])
    sheet.append([_("Antworten"), results.responses])
    sheet.append([])
    for row in result_rows(results, localize=False):
        sheet.append([spreadsheet_safe(value) for value in row])
    buffer = BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename(results)}.xlsx"'
    return response
