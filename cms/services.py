"""Writes of the cms app."""

from datetime import timedelta

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import AccessibilityFeedback


def submit_accessibility_feedback(*, data):
    """Store a feedback report, due one month after it came in, and have the
    LPR office mailed once the report is committed."""
    from .tasks import notify_accessibility_feedback_task

    with transaction.atomic():
        feedback = AccessibilityFeedback.objects.create(
            due_on=timezone.localdate() + relativedelta(months=1), **data
        )
        notify_accessibility_feedback_task.delay_on_commit(feedback.pk)
    return feedback


def update_accessibility_feedback(*, feedback, status, answer, user):
    """Record how a report was handled; closing it stamps who and when."""
    feedback.status = status
    feedback.answer = answer
    feedback.handled_by = user
    if status == AccessibilityFeedback.Status.CLOSED:
        feedback.closed_at = feedback.closed_at or timezone.now()
    else:
        feedback.closed_at = None
    feedback.save(update_fields=["status", "answer", "handled_by", "closed_at"])
    return feedback


def purge_personal_data(*, now=None):
    """Delete login logs and answered barrier reports past their retention.

    Periods come from settings (LOGIN_LOG_RETENTION_DAYS,
    FEEDBACK_RETENTION_DAYS); returns what was deleted, per kind.
    """
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    now = now or timezone.now()
    login_cutoff = now - timedelta(days=settings.LOGIN_LOG_RETENTION_DAYS)
    feedback_cutoff = now - timedelta(days=settings.FEEDBACK_RETENTION_DAYS)
    deleted = {}
    with transaction.atomic():
        for model in (AccessLog, AccessAttempt, AccessFailureLog):
            count, _ = model.objects.filter(attempt_time__lt=login_cutoff).delete()
            deleted[model._meta.verbose_name_plural] = count
        count, _ = AccessibilityFeedback.objects.filter(
            status=AccessibilityFeedback.Status.CLOSED, closed_at__lt=feedback_cutoff
        ).delete()
        deleted[AccessibilityFeedback._meta.verbose_name_plural] = count
    return deleted
