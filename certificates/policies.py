"""Who may issue, revoke and re-issue certificates, and which certificate
may be issued or re-issued now. The admin screens and `services` ask
these functions; none of them restates a rule."""

from django.utils import formats
from django.utils.translation import gettext as _

from lms.learning.models import Enrolment

from .models import Certificate

ISSUE_PERMISSION = "certificates.issue_certificate"
REVOKE_PERMISSION = "certificates.revoke_certificate"


def may_issue(user):
    return user.has_perm(ISSUE_PERMISSION)


def may_revoke(user):
    """Revoking and re-issuing both invalidate a certificate."""
    return user.has_perm(REVOKE_PERMISSION)


def is_issuable(candidate):
    """An eligible candidate (`eligibility.Candidate`) without a valid
    certificate yet, whose certified period is over: the issue date never
    lies before the period's end."""
    return candidate.eligible and candidate.certificate is None and not candidate.early


def may_issue_early(candidate):
    """An eligible candidate without a valid certificate whose certified
    period is not over yet: the office may issue it with a logged reason."""
    return candidate.eligible and candidate.certificate is None and candidate.early


def early_issue_refusal(candidate, *, reason):
    """Why `candidate` cannot be issued today, given the office's `reason`
    for issuing before the certified period ends, as a German sentence, or
    None."""
    if not candidate.early or reason.strip():
        return None
    return _(
        "Der bescheinigte Zeitraum endet erst am %(date)s; das Ausstellungsdatum "
        "läge davor. Vorher stellt die Geschäftsstelle nur mit einer Begründung "
        "aus, die im Verlauf festgehalten wird."
    ) % {"date": formats.date_format(candidate.period_end)}


def issuable_keys(candidates):
    """The keys of the candidates that can be issued now."""
    return {candidate.key for candidate in candidates if is_issuable(candidate)}


def is_reissuable(certificate, *, successor):
    """A valid certificate, or a revoked one that has no `successor` (the
    certificate that replaces it) yet: each is re-issued at most once."""
    if certificate.is_valid:
        return True
    return certificate.status == Certificate.Status.REVOKED and successor is None


def reissue_refusal(certificate, *, successor):
    """Why `certificate` cannot be re-issued now, as a German sentence, or
    None: never for a cancelled enrolment, never twice."""
    if certificate.enrolment.status == Enrolment.Status.CANCELLED:
        return _("Die Einschreibung ist abgebrochen; es wird nichts neu ausgestellt.")
    if is_reissuable(certificate, successor=successor):
        return None
    if certificate.status == Certificate.Status.REPLACED:
        return _("Diese Bescheinigung ist bereits ersetzt worden.")
    return _(
        "Es gibt bereits eine neue Bescheinigung für diese Einschreibung; "
        "es wurde nichts geändert."
    )
