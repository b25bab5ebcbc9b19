"""Writes of the cms app."""

from dateutil.relativedelta import relativedelta
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
        # robust: a broker outage is logged; the stored report is not lost.
        transaction.on_commit(
            lambda: notify_accessibility_feedback_task.delay(feedback.pk),
            robust=True,
        )
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
