"""The certificate as a PDF: rendered with xhtml2pdf from its snapshot and
written atomically, so a crash leaves either the whole file or none.

The render may read the bundled fonts and logo and the logo and signature
images chosen in the certificate settings (a local copy when the images are
in a bucket); `_link_callback` resolves those names and refuses everything
else. The QR code is drawn by xhtml2pdf itself
(ReportLab's QR widget, `<pdf:barcode type="qr">`), as vector graphics.
"""

import datetime
import hashlib
import logging
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from reportlab.lib import fonts as reportlab_fonts
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from wagtail.images import get_image_model
from xhtml2pdf.config.resources import ResourceAccessPolicy

from cms.core.pdf import html_to_pdf as render_html_to_pdf
from cms.core.storage import local_path, private_storage

from .seal import SealError, seal_pdf

logger = logging.getLogger(__name__)

STATIC_DIR = settings.BASE_DIR / "static"
FONTS = {
    "DejaVuSans.ttf": STATIC_DIR / "fonts" / "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf": STATIC_DIR / "fonts" / "DejaVuSans-Bold.ttf",
}
DEFAULT_LOGO = STATIC_DIR / "img" / "logo.svg"
STANDARD_SANS = {"Helvetica": "DejaVuSans.ttf", "Helvetica-Bold": "DejaVuSans-Bold.ttf"}


class CertificatePdfError(RuntimeError):
    """The certificate could not be rendered; details are in the log."""


def verification_url(certificate):
    return settings.SITE_URL + reverse("certificate_check", args=[certificate.code])


def _image_path(image_id):
    if image_id is None:
        return None
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is None:
        return None
    try:
        return local_path(image.file, key=image.get_file_hash)
    except (ValueError, OSError):
        return None


def snapshot_dates(snapshot):
    """The snapshot's dates as `date` objects (they are stored as ISO text),
    for templates: issued_on, birth_date, cohort_start, cohort_end, and the
    modules with first_day and last_day."""
    return {
        "issued_on": iso_date(snapshot["issued_on"]),
        "birth_date": iso_date(snapshot["holder"].get("birth_date")),
        "cohort_start": iso_date(snapshot["cohort"]["start"]),
        "cohort_end": iso_date(snapshot["cohort"]["end"]),
        "modules": [
            {
                **module,
                "first_day": iso_date(module.get("first_day")),
                "last_day": iso_date(module.get("last_day")),
            }
            for module in snapshot["modules"]
        ],
    }


def render_context(certificate):
    """Template context from the snapshot, and the files the render may read."""
    snapshot = certificate.snapshot
    resources = dict(FONTS)
    logo = _image_path(snapshot.get("logo_id")) or DEFAULT_LOGO
    resources["logo"] = logo
    signatories = []
    for index, signatory in enumerate(snapshot.get("signatories", [])):
        path = _image_path(signatory.get("signature_id"))
        name = f"signature-{index}" if path else None
        if path:
            resources[name] = path
        signatories.append({**signatory, "image": name})
    return {
        "certificate": certificate,
        "s": snapshot,
        **snapshot_dates(snapshot),
        "signatories": signatories,
        "verification_url": verification_url(certificate),
    }, resources


def iso_date(value):
    return datetime.date.fromisoformat(value) if value else None


def render_html(certificate):
    context, resources = render_context(certificate)
    with translation.override("de"):
        html = render_to_string("certificates/pdf.html", context)
    return html, resources


def _link_callback(resources):
    def resolve(uri, rel=None):
        name = str(uri)
        path = resources.get(name)
        if path is not None and Path(path).is_file():
            return str(path)
        logger.warning("Certificate PDF: refused to load %r.", name[:200])
        return None

    return resolve


def _resource_policy(resources):
    roots = {Path(path).resolve().parent for path in resources.values()}
    return ResourceAccessPolicy.server(
        base_dir=STATIC_DIR, extra_roots=tuple(sorted(roots)), allow_remote=False
    )


@contextmanager
def _standard_sans_embedded():
    """xhtml2pdf selects Helvetica in places no stylesheet reaches (a page's
    opening state, empty fragments): a standard font that a PDF names
    without embedding. No text of a certificate is drawn in it, yet a
    document that certifies should carry every font it names. While a
    certificate renders, that name stands for the bundled DejaVu Sans."""
    # ReportLab's registries have no public way to unregister a font: they
    # are restored whole afterwards, so no other document sees the stand-in.
    registries = (
        pdfmetrics._fonts,
        pdfmetrics._dynFaceNames,
        reportlab_fonts._tt2ps_map,
        reportlab_fonts._ps2tt_map,
    )
    saved = [dict(registry) for registry in registries]
    for name in STANDARD_SANS:
        pdfmetrics._fonts.pop(name, None)
    for name, file_name in STANDARD_SANS.items():
        pdfmetrics.registerFont(TTFont(name, str(FONTS[file_name])))
    try:
        yield
    finally:
        for registry, before in zip(registries, saved, strict=True):
            registry.clear()
            registry.update(before)


def html_to_pdf(html, resources, *, label):
    with _standard_sans_embedded():
        return render_html_to_pdf(
            html,
            link_callback=_link_callback(resources),
            resource_policy=_resource_policy(resources),
            label=f"certificate {label}",
            error=CertificatePdfError,
        )


def render_pdf(certificate):
    """The certificate as sealed PDF bytes; raises CertificatePdfError."""
    missing = [name for name, path in FONTS.items() if not path.is_file()]
    if missing:
        raise CertificatePdfError(f"Fonts missing: {', '.join(missing)}")
    html, resources = render_html(certificate)
    data = html_to_pdf(html, resources, label=certificate.number)
    try:
        return seal_pdf(
            data, reason=f"{certificate.get_kind_display()} {certificate.number}"
        )
    except SealError as error:
        raise CertificatePdfError(f"Sealing failed: {error}") from error


def pdf_name(certificate):
    return f"zertifikate/{certificate.year}/{certificate.number}.pdf"


def write_atomically(name, data):
    """Write `data` to `name` in private storage, whole or not at all (see
    `overwrite` of the storage backends): a crash leaves the earlier file or
    the new one, never half of it. Returns the SHA-256."""
    private_storage.overwrite(name, data)
    return hashlib.sha256(data).hexdigest()
