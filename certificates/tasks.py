from celery import shared_task
from django.utils.translation import gettext

from cms.core.tasks import MAIL_RETRY

RENDER_RETRY = {
    "autoretry_for": (OSError,),
    "retry_backoff": True,
    "max_retries": 3,
    "acks_late": True,
}


@shared_task(**RENDER_RETRY)
def render_certificate_task(certificate_id):
    """Render and store the PDF of a pending certificate (idempotent)."""
    from .services import render

    render(certificate_id)


@shared_task(bind=True, acks_late=True, max_retries=3)
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


@shared_task(**MAIL_RETRY)
def notify_certificate_ready_task(certificate_id):
    """Tell the holder that the certificate can be downloaded."""
    from .mail import send_ready_notice

    send_ready_notice(certificate_id)
