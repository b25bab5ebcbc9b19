"""A participant's practice project (one version) as a PDF to share and print.

Rendered with xhtml2pdf from `lms/assignment/pdf.html`. Everything in the
document is written by the participant, so the render may read nothing but
the bundled fonts: `font_link_callback` resolves only those, and the
resource policy refuses the network and every other local path as well.
"""

import logging

from django.conf import settings
from django.template.loader import render_to_string
from xhtml2pdf.config.resources import ResourceAccessPolicy

from cms.core.pdf import html_to_pdf

from .selectors import project_context

logger = logging.getLogger(__name__)

FONT_DIR = settings.BASE_DIR / "static" / "fonts"
FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


class ProjectPdfError(RuntimeError):
    """The project could not be rendered as a PDF; details are in the log."""


def font_link_callback(uri, rel=None):
    """Resolve a bundled font by its bare file name; refuse everything else.

    Returns None for a refusal; the resource policy of the render then
    refuses the original URI too, so nothing outside the font folder is read.
    """
    name = str(uri)
    if name in FONTS and (FONT_DIR / name).is_file():
        return str(FONT_DIR / name)
    logger.warning("Project PDF: refused to load %r.", name[:200])
    return None


def _resource_policy():
    return ResourceAccessPolicy.server(base_dir=FONT_DIR, allow_remote=False)


def render_version_pdf(version):
    """The version (handed in or the current draft) as PDF bytes.

    Raises ProjectPdfError, after logging why, when xhtml2pdf fails or
    reports an error, so that no broken file reaches the participant.
    """
    missing = [name for name in FONTS if not (FONT_DIR / name).is_file()]
    if missing:
        logger.error("Project PDF: fonts missing in %s: %s", FONT_DIR, missing)
        raise ProjectPdfError(f"Fonts missing: {', '.join(missing)}")
    html = render_to_string("lms/assignment/pdf.html", project_context(version))
    return html_to_pdf(
        html,
        link_callback=font_link_callback,
        resource_policy=_resource_policy(),
        label=f"project version {version.pk}",
        error=ProjectPdfError,
    )
