"""The annual report for the funding body as one PDF: the report's tables,
each with its chart drawn as table bars (xhtml2pdf draws no inline SVG),
DejaVu Sans embedded."""

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone, translation
from xhtml2pdf.config.resources import ResourceAccessPolicy

from cms.core.pdf import html_to_pdf

from .exports import filename, selection_label

FONT_DIR = settings.BASE_DIR / "static" / "fonts"
FONTS = {
    "DejaVuSans.ttf": FONT_DIR / "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf": FONT_DIR / "DejaVuSans-Bold.ttf",
}


class ReportPdfError(RuntimeError):
    """The annual report could not be rendered; details are in the log."""


def _link_callback(uri, rel=None):
    """Only the bundled fonts may be read."""
    path = FONTS.get(str(uri))
    return str(path) if path is not None and path.is_file() else None


def bars(section):
    """The chart of `section` as (label, text, bar width, rest), the widths in
    percent of the widest bar."""
    largest = max((value or 0 for _label, value in section.chart), default=0) or 1
    unit = f" {section.unit}" if section.unit else ""
    rows = []
    for label, value in section.chart:
        width = round(100 * (value or 0) / largest)
        text = "–" if value is None else f"{value}{unit}"
        rows.append((label, text, width, 100 - width))
    return rows


def render_pdf(sections, selection):
    with translation.override("de"):
        html = render_to_string(
            "reports/annual_report.html",
            {
                "sections": [(section, bars(section)) for section in sections],
                "selection_label": selection_label(selection),
                "year": selection.year,
                "created": timezone.localdate(),
            },
        )
    return html_to_pdf(
        html,
        link_callback=_link_callback,
        resource_policy=ResourceAccessPolicy.server(
            base_dir=FONT_DIR, allow_remote=False
        ),
        label="annual report",
        error=ReportPdfError,
    )


def pdf_response(sections, selection):
    response = HttpResponse(
        render_pdf(sections, selection), content_type="application/pdf"
    )
    name = filename(selection, "jahresbericht")
    response["Content-Disposition"] = f'attachment; filename="{name}.pdf"'
    return response
