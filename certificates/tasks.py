from celery import shared_task
from django.utils.translation import gettext, gettext_lazy

from cms.core.tasks import MAIL_RETRY

# A certificate must survive a worker's death: the message is acknowledged
# after the task ran, and when a worker process dies in the middle it goes
# back to the queue at once (reject_on_worker_lost) instead of waiting for the
# visibility timeout. Running twice is safe (see services.render and issue).
SURVIVE_WORKER_LOSS = {"acks_late": True, "reject_on_worker_lost": True}
RENDER_RETRY = {
    "autoretry_for": (OSError,),
    "retry_backoff": True,
    "max_retries": 3,
    **SURVIVE_WORKER_LOSS,
}


@shared_task(verbose_name=gettext_lazy("Zertifikat-PDF erstellen"), **RENDER_RETRY)
def render_certificate_task(certificate_id):
    """Render and store the PDF of a pending certificate (idempotent)."""
    from .services import render

    render(certificate_id)


@shared_task(
    bind=True,
    max_retries=3,
    verbose_name=gettext_lazy("Bescheinigung einer Sammelausstellung"),
    **SURVIVE_WORKER_LOSS,
)
def issue_batch_item_task(self, item_id):
    """One certificate of a bulk issue. Errors are retried; after the last
    try the item is marked failed, so the progress page never waits forever."""
    from .models import IssueBatchItem
    from .services import fail_batch_item, run_batch_item

    try:
        run_batch_item(item_id)
    except Exception as error:
        if self.request.retries >= self.max_retries:
            item = IssueBatchItem.objects.filter(pk=item_id).first()
            if item is not None:
                fail_batch_item(
                    item,
                    gettext(
                        "Technischer Fehler beim Erstellen; die Einzelheiten stehen "
                        "im Protokoll des Servers. Bitte später erneut ausstellen."
                    ),
                )
            raise
        raise self.retry(exc=error, countdown=2**self.request.retries) from error


@shared_task(
    verbose_name=gettext_lazy("Zertifikat: Nachricht an die Inhaberin/den Inhaber"),
    **MAIL_RETRY,
)
def notify_certificate_ready_task(certificate_id):
    """Tell the holder that the certificate can be downloaded."""
    from .mail import send_ready_notice

    send_ready_notice(certificate_id)


@shared_task(
    verbose_name=gettext_lazy("Zertifikat: Widerruf an die Inhaberin/den Inhaber"),
    **MAIL_RETRY,
)
def notify_certificate_revoked_task(certificate_id):
    """Tell the holder that a document was revoked, and why."""
    from .mail import send_revocation_notice

    send_revocation_notice(certificate_id)


@shared_task(acks_late=True)
def audit_certificates_task():
    """Celery beat, weekly: check every stored certificate PDF against its
    SHA-256 and tell the office about mismatches and missing files."""
    from .audit import audit_and_report

    return len(audit_and_report())
