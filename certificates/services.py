"""Issuing, revoking and re-issuing certificates; every write goes through here.

Issuing is idempotent: the database allows one valid certificate per
enrolment (and module), so double clicks, retried tasks and two staff
members at once end with the one certificate. Numbers come from a counter
row per year that is incremented in the same transaction as the insert.
"""

import datetime
import logging

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from . import credentials, policies
from .eligibility import candidate as find_candidate
from .eligibility import cohort_candidates
from .keys import SigningKeyError
from .models import (
    Certificate,
    CertificateEvent,
    IssueBatch,
    IssueBatchItem,
    YearCounter,
)
from .pdf import pdf_name, render_pdf, write_atomically
from .selectors import successor
from .snapshot import build_snapshot, holder, texts

logger = logging.getLogger(__name__)
NUMBER_FORMAT = "BEC-{year}-{serial:04d}"


class CertificateError(Exception):
    """A request the rules refuse; the message is German and for the user."""


class NotEligible(CertificateError):
    def __init__(self, reasons):
        self.reasons = list(reasons)
        super().__init__(" ".join(str(reason) for reason in self.reasons))


def _next_serial(year):
    """The next number of `year`. Call inside a transaction: the row stays
    locked until it commits, and a rollback returns the number."""
    YearCounter.objects.get_or_create(year=year)
    YearCounter.objects.filter(year=year).update(last_serial=F("last_serial") + 1)
    return YearCounter.objects.values_list("last_serial", flat=True).get(year=year)


def valid_certificate(enrolment, module=None):
    return Certificate.objects.filter(
        enrolment=enrolment, module=module, status__in=Certificate.VALID
    ).first()


def _create(*, enrolment, kind, module, snapshot, by, replaces=None):
    """Insert the certificate with the next number; inside a transaction.
    The snapshot is built beforehand, so the year's counter row stays locked
    only for the insert."""
    year = datetime.date.fromisoformat(snapshot["issued_on"]).year
    serial = _next_serial(year)
    return Certificate.objects.create(
        enrolment=enrolment,
        kind=kind,
        module=module,
        year=year,
        serial=serial,
        number=NUMBER_FORMAT.format(year=year, serial=serial),
        snapshot=snapshot,
        created_by=by,
        replaces=replaces,
    )


def issue(enrolment, *, module=None, by=None, queue_render=True, early_reason=""):
    """The enrolment's valid certificate (for `module`: its Teilnahme-
    bescheinigung), created if the rules allow it. Returns (certificate,
    created). Raises NotEligible with the reasons otherwise.

    The issue date is today; before the certified period ends, the office
    must give `early_reason`, which the log (CertificateEvent) keeps.

    The PDF is rendered by `render_certificate_task` after the commit; a
    certificate whose PDF is still missing is queued again. Callers that
    render themselves pass `queue_render=False`.
    """
    existing = valid_certificate(enrolment, module)
    if existing is None:
        candidate = find_candidate(enrolment, module)
        if candidate is None:
            raise NotEligible(
                [_("Für diese Einschreibung gibt es diese Bescheinigung nicht.")]
            )
        if not candidate.eligible:
            raise NotEligible(candidate.reasons)
        refusal = policies.early_issue_refusal(candidate, reason=early_reason)
        if refusal:
            raise NotEligible([refusal])
        detail = ""
        if candidate.early:
            detail = (
                _("Ausgestellt vor Ende des Zeitraums (%(date)s): %(reason)s")
                % {
                    "date": formats.date_format(candidate.period_end),
                    "reason": early_reason.strip(),
                }
            )[:500]
        snapshot = build_snapshot(candidate, timezone.localdate())
        try:
            with transaction.atomic():
                certificate = _create(
                    enrolment=enrolment,
                    kind=candidate.kind,
                    module=candidate.module,
                    snapshot=snapshot,
                    by=by,
                )
                CertificateEvent.objects.create(
                    certificate=certificate,
                    action=CertificateEvent.Action.ISSUED,
                    actor=by,
                    detail=detail,
                )
        except IntegrityError:
            # Someone else issued it in the meantime: theirs is the one.
            existing = valid_certificate(enrolment, module)
            if existing is None:
                raise
        else:
            if queue_render:
                _queue_render(certificate)
            return certificate, True
    if queue_render and existing.status == Certificate.Status.PENDING:
        _queue_render(existing)
    return existing, False


def render(certificate_id):
    """Render and store the PDF of a pending certificate, then mark it issued
    and queue the mail to the holder. Safe to run again: an issued or
    revoked certificate is left as it is, and a retry after a crash writes
    the same file name again, so there is never a second PDF."""
    from .tasks import notify_certificate_ready_task

    with transaction.atomic():
        certificate = (
            Certificate.objects.select_for_update().filter(pk=certificate_id).first()
        )
        if certificate is None or certificate.status != Certificate.Status.PENDING:
            return certificate
        data = render_pdf(certificate)
        name = pdf_name(certificate)
        certificate.sha256 = write_atomically(name, data)
        certificate.pdf.name = name
        certificate.status = Certificate.Status.ISSUED
        certificate.issued_at = timezone.now()
        certificate.save(update_fields=["pdf", "sha256", "status", "issued_at"])
        attach_credential(certificate)
        notify_certificate_ready_task.delay_on_commit(certificate.pk)
    return certificate


def attach_credential(certificate):
    """The certificate's digital credential, built and signed once; None
    when no signing key is configured (logged; the PDF is issued anyway, and
    the credential is built when the holder first asks for it)."""
    try:
        return credentials.attach(certificate)
    except SigningKeyError:
        logger.exception("Certificate %s: no credential signed.", certificate.pk)
        return None


def _queue_render(certificate):
    from .tasks import render_certificate_task

    render_certificate_task.delay_on_commit(certificate.pk)


def revoke(certificate, *, reason, by):
    """Revoke a valid certificate; verification then answers „widerrufen“."""
    from .tasks import notify_certificate_revoked_task

    reason = reason.strip()
    if not reason:
        raise CertificateError(_("Bitte geben Sie einen Grund für den Widerruf an."))
    with transaction.atomic():
        updated = Certificate.objects.filter(
            pk=certificate.pk, status__in=Certificate.VALID
        ).update(
            status=Certificate.Status.REVOKED,
            revoked_at=timezone.now(),
            revocation_reason=reason,
        )
        if not updated:
            raise CertificateError(
                _(
                    "Das Zertifikat ist nicht mehr gültig und kann nicht "
                    "widerrufen werden."
                )
            )
        CertificateEvent.objects.create(
            certificate=certificate,
            action=CertificateEvent.Action.REVOKED,
            actor=by,
            detail=reason,
        )
        notify_certificate_revoked_task.delay_on_commit(certificate.pk)
    certificate.refresh_from_db()
    return certificate


def reissue(certificate, *, reason, by):
    """A new certificate in place of `certificate` (e.g. after a name
    correction): new number and code, the same content with the holder's
    current name and today's date. A valid certificate is marked replaced; a
    revoked one stays revoked. Each certificate is re-issued at most once
    (the database holds one successor per certificate)."""
    reason = reason.strip()
    if not reason:
        raise CertificateError(
            _("Bitte geben Sie einen Grund für die Neuausstellung an.")
        )
    refusal = policies.reissue_refusal(certificate, successor=successor(certificate))
    if refusal:
        raise CertificateError(refusal)
    enrolment = certificate.enrolment
    issued_on = timezone.localdate()
    snapshot = {
        **certificate.snapshot,
        **texts(certificate.kind),
        "holder": holder(enrolment),
        "issued_on": issued_on.isoformat(),
    }
    try:
        with transaction.atomic():
            old = Certificate.objects.select_for_update().get(pk=certificate.pk)
            # Checked again under the lock; a successor issued meanwhile
            # is refused by the database (one successor per certificate).
            refusal = policies.reissue_refusal(old, successor=None)
            if refusal:
                raise CertificateError(refusal)
            if old.status in Certificate.VALID:
                old.status = Certificate.Status.REPLACED
                old.save(update_fields=["status"])
            new = _create(
                enrolment=enrolment,
                kind=old.kind,
                module=old.module,
                snapshot=snapshot,
                by=by,
                replaces=old,
            )
            CertificateEvent.objects.create(
                certificate=old,
                action=CertificateEvent.Action.REISSUED,
                actor=by,
                detail=(
                    _("%(reason)s – ersetzt durch %(number)s")
                    % {"reason": reason, "number": new.number}
                )[:500],
            )
            CertificateEvent.objects.create(
                certificate=new,
                action=CertificateEvent.Action.ISSUED,
                actor=by,
                detail=(
                    _("ersetzt %(number)s: %(reason)s")
                    % {"number": old.number, "reason": reason}
                )[:500],
            )
    except IntegrityError as error:
        raise CertificateError(
            _(
                "Es gibt bereits eine neue Bescheinigung für diese Einschreibung; "
                "es wurde nichts geändert."
            )
        ) from error
    _queue_render(new)
    certificate.refresh_from_db()
    return new


def start_batch(cohort, keys, *, by):
    """Issue the chosen candidates of `cohort` (their `key`s) that may be
    issued now, in the background, one task each (recorded in the outbox
    with the batch, so none is lost); returns the batch that records the
    outcome."""
    from .tasks import issue_batch_item_task

    candidates = cohort_candidates(cohort)
    keys = set(keys) & policies.issuable_keys(candidates)
    chosen = [c for c in candidates if c.key in keys]
    if not chosen:
        raise CertificateError(_("Bitte wählen Sie mindestens eine Person aus."))
    with transaction.atomic():
        batch = IssueBatch.objects.create(cohort=cohort, created_by=by)
        items = IssueBatchItem.objects.bulk_create(
            IssueBatchItem(batch=batch, enrolment=c.enrolment, module=c.module)
            for c in chosen
        )
        for item in items:
            issue_batch_item_task.delay_on_commit(item.pk)
    return batch


def run_batch_item(item_id):
    """Issue and render one certificate of a batch and record the outcome.
    Refusals by the rules are recorded as failures with their reason; other
    errors propagate so that the task is retried."""
    item = (
        IssueBatchItem.objects.select_related("batch", "enrolment", "module")
        .filter(pk=item_id)
        .first()
    )
    if item is None or item.status == IssueBatchItem.Status.DONE:
        return item
    try:
        certificate, _created = issue(
            item.enrolment,
            module=item.module,
            by=item.batch.created_by,
            queue_render=False,
        )
        render(certificate.pk)
    except CertificateError as error:
        fail_batch_item(item, str(error))
        return item
    item.status = IssueBatchItem.Status.DONE
    item.certificate = certificate
    item.error = ""
    item.save(update_fields=["status", "certificate", "error"])
    return item


def fail_batch_item(item, reason):
    item.status = IssueBatchItem.Status.FAILED
    item.error = reason[:500]
    item.save(update_fields=["status", "error"])
