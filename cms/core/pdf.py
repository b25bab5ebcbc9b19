"""HTML to PDF with xhtml2pdf, the same way for every document of the site:
a render error raises instead of returning a broken file."""

import io
import logging

from xhtml2pdf import pisa
from xhtml2pdf.default import PML_ERROR

logger = logging.getLogger(__name__)


def html_to_pdf(html, *, link_callback, resource_policy, label, error):
    """PDF bytes of `html`. On failure the reason is logged with `label` and
    `error` (an exception class) is raised."""
    buffer = io.BytesIO()
    try:
        result = pisa.CreatePDF(
            html,
            dest=buffer,
            encoding="utf-8",
            link_callback=link_callback,
            resource_policy=resource_policy,
        )
    except Exception as exc:
        logger.exception("PDF %s failed.", label)
        raise error(f"{label}: {exc}") from exc
    if result.err:
        logger.error(
            "PDF %s: xhtml2pdf reported %s",
            label,
            "; ".join(
                f"line {line}: {message}"
                for level, line, message, _fragment in result.log
                if level == PML_ERROR
            ),
        )
        raise error(f"{label}: {result.err} render error(s)")
    return buffer.getvalue()
