"""The results of a questionnaire as rows for CSV and XLSX: what was asked
of whom, then one row per step of each scale and per free-text answer,
never per person."""

from itertools import chain

from django.utils.formats import number_format
from django.utils.text import slugify
from django.utils.translation import gettext as _

from cms.core.exports import export_response


def _about(results):
    questionnaire = results.questionnaire
    return [
        [_("Befragung"), questionnaire.title],
        [_("Durchgang"), questionnaire.cohort.name],
        [_("Modul"), questionnaire.module.title],
        [_("Antworten"), results.responses],
        [],
    ]


def result_rows(results, *, localize=True):
    """Heading and rows of `results` (shown ones only). With `localize`,
    means are German text („4,20“, for CSV); otherwise numbers (XLSX)."""
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


def results_export(results, export_format):
    """The download of `results` as „csv“ or „xlsx“ (None for another
    format), through the product's one export dialect."""
    questionnaire = results.questionnaire
    rows = chain(_about(results), result_rows(results, localize=export_format == "csv"))
    filename = slugify(f"evaluation-{questionnaire.title}-{questionnaire.cohort.name}")
    return export_response(export_format, rows, filename=filename)
