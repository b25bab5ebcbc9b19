"""„Alle Zertifikate“ as a spreadsheet: one row per certificate, in the
product's export dialect (`cms.core.exports`)."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .pdf import iso_date

HEADINGS = [
    _("Nummer"),
    _("Name"),
    _("Art"),
    _("Lehrgang"),
    _("Durchgang"),
    _("Ausgestellt am"),
    _("Status"),
    _("Widerrufen am"),
    _("Grund des Widerrufs"),
]


def _local_date(moment):
    return timezone.localdate(moment) if moment else None


def certificate_rows(certificates):
    """The headings, then a row per certificate of `certificates` (a
    queryset): what the certificate says, its status and its revocation."""
    yield [str(heading) for heading in HEADINGS]
    for certificate in certificates.iterator(chunk_size=500):
        snapshot = certificate.snapshot
        yield [
            certificate.number,
            snapshot["holder"]["name"],
            certificate.get_kind_display(),
            snapshot["programme"]["title"],
            snapshot["cohort"]["name"],
            iso_date(snapshot["issued_on"]),
            certificate.get_status_display(),
            _local_date(certificate.revoked_at),
            certificate.revocation_reason,
        ]
