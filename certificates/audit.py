"""The integrity audit: every stored certificate PDF against the SHA-256
recorded when it was rendered (`services.render`)."""

import hashlib
import logging
from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from cms.core.mail import lpr_office_emails, send_templated_mail

from .models import Certificate

logger = logging.getLogger(__name__)

MISSING = _("Die PDF-Datei fehlt im Speicher.")
ALTERED = _(
    "Die PDF-Datei stimmt nicht mit ihrer Prüfsumme (SHA-256) überein; sie "
    "wurde nach dem Ausstellen verändert oder beschädigt."
)
NO_PDF = _("Das Zertifikat ist ausgestellt, aber es ist kein PDF gespeichert.")
NO_HASH = _("Zu der PDF-Datei ist keine Prüfsumme gespeichert.")


@dataclass(frozen=True)
class Finding:
    certificate: Certificate
    problem: str

    @property
    def admin_url(self):
        return settings.SITE_URL + reverse(
            "certificates_admin:certificate", args=[self.certificate.pk]
        )


def _sha256(field):
    with field.storage.open(field.name, "rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()


def _check(certificate):
    """The problem of one certificate, or None."""
    if not certificate.pdf:
        if certificate.status == Certificate.Status.ISSUED:
            return NO_PDF
        return None
    if not certificate.pdf.storage.exists(certificate.pdf.name):
        return MISSING
    if not certificate.sha256:
        return NO_HASH
    if _sha256(certificate.pdf) != certificate.sha256:
        return ALTERED
    return None


def audit():
    """Every certificate whose stored PDF is missing, altered or without
    its hash, and every issued one without a PDF; a list of Findings."""
    findings = []
    certificates = Certificate.objects.only(
        "pk", "number", "status", "pdf", "sha256"
    ).order_by("pk")
    for certificate in certificates.iterator(chunk_size=500):
        problem = _check(certificate)
        if problem is not None:
            findings.append(Finding(certificate, str(problem)))
    return findings


def audit_and_report():
    """Run the audit, log every finding and mail them to the LPR office.
    Returns the findings."""
    findings = audit()
    for finding in findings:
        logger.error(
            "Certificate audit: %s (certificate %s): %s",
            finding.certificate.number,
            finding.certificate.pk,
            finding.problem,
        )
    logger.info("Certificate audit: %s finding(s).", len(findings))
    if findings:
        recipients = lpr_office_emails()
        if recipients:
            send_templated_mail(
                template="certificates/mail/audit",
                context={"findings": findings},
                recipients=recipients,
            )
        else:
            logger.error("Certificate audit: no LPR office member to tell.")
    return findings
