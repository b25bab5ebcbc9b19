"""Reusable reads of the certificates app."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from cms.core import outbox
from cms.models import OutboxMessage

from .models import Certificate


def holder_certificates(user):
    """The user's certificates, newest first, in one query; replaced ones are
    left out (their successor is listed)."""
    if not user.is_authenticated:
        return []
    return list(
        Certificate.objects.filter(enrolment__user=user)
        .exclude(status=Certificate.Status.REPLACED)
        .order_by("-created_at", "-pk")
    )


def successor(certificate):
    """The certificate that replaces `certificate`, if any."""
    return Certificate.objects.filter(replaces=certificate).first()


def render_waiting_for_broker(certificate):
    """Whether the PDF of `certificate` could not be handed to the background
    service yet; it is rendered once the service is reachable."""
    from .tasks import render_certificate_task

    return certificate.status == Certificate.Status.PENDING and outbox.is_waiting(
        render_certificate_task, certificate.pk
    )


def batch_waiting_for_broker(batch):
    """Whether items of `batch` could not be handed to the background service
    yet; they are issued once it is reachable."""
    from .tasks import issue_batch_item_task

    return (
        OutboxMessage.objects.waiting_for_broker()
        .filter(
            task_name=issue_batch_item_task.name,
            args__0__in=list(batch.items.values_list("pk", flat=True)),
        )
        .exists()
    )


def stuck_certificates(now=None):
    """Certificates still being created OUTBOX_STUCK_AFTER seconds after they
    were issued, oldest first."""
    now = now or timezone.now()
    return Certificate.objects.filter(
        status=Certificate.Status.PENDING,
        created_at__lt=now - timedelta(seconds=settings.OUTBOX_STUCK_AFTER),
    ).order_by("created_at")
