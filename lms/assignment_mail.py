"""Mails about the practice project: hand-in, released review, reminders.

Called by the Celery tasks in `lms.tasks`; each function reads fresh data
and does nothing when what it would report is gone.
"""

import logging
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from cms.mail import send_templated_mail
from modules.models import AssignmentPage

from .assignments import effective_due_at
from .models import (
    DueDateExtension,
    DueDateReminder,
    Enrolment,
    Review,
    Submission,
    SubmissionVersion,
)

logger = logging.getLogger(__name__)


def _workspace_url(page_id):
    return settings.SITE_URL + reverse("assignment_workspace", args=[page_id])


def send_submission_notice(version_id):
    version = (
        SubmissionVersion.objects.select_related("submission__enrolment__user")
        .filter(pk=version_id, submitted_at__isnull=False)
        .first()
    )
    if version is None:
        return
    enrolment = version.submission.enrolment
    recipients = list(
        enrolment.cohort.trainers.filter(is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    if not recipients:
        logger.warning(
            "Submission %s: the cohort has no trainer to notify.", version_id
        )
        return
    send_templated_mail(
        template="lms/mail/submission_received",
        context={
            "version": version,
            "participant": enrolment.user,
            "cohort": enrolment.cohort,
            "assignment": AssignmentPage.objects.get(pk=version.submission.page_id),
            "review_url": settings.SITE_URL
            + reverse("lms_grading:review", args=[version.pk]),
        },
        recipients=recipients,
    )


def send_review_notice(review_id):
    review = (
        Review.objects.select_related("version__submission__enrolment__user")
        .filter(pk=review_id, released_at__isnull=False)
        .first()
    )
    if review is None:
        return
    user = review.version.submission.enrolment.user
    if not user.email or not user.is_active:
        return
    page_id = review.version.submission.page_id
    send_templated_mail(
        template="lms/mail/review_released",
        context={
            "review": review,
            "participant": user,
            "assignment": AssignmentPage.objects.get(pk=page_id),
            "workspace_url": _workspace_url(page_id),
        },
        recipients=[user.email],
    )


def send_reminder(reminder_id):
    """Remind the participant of the due date, unless they handed in
    meanwhile, their enrolment is no longer active or the date has moved."""
    reminder = (
        DueDateReminder.objects.select_related("enrolment__user")
        .filter(pk=reminder_id)
        .first()
    )
    if reminder is None:
        return
    enrolment = reminder.enrolment
    user = enrolment.user
    if enrolment.status != Enrolment.Status.ACTIVE:
        return
    if not user.email or not user.is_active:
        return
    handed_in = Submission.objects.filter(
        enrolment=enrolment, page_id=reminder.page_id, submitted_at__isnull=False
    ).exists()
    page = AssignmentPage.objects.get(pk=reminder.page_id)
    # An extension granted after the reminder was queued makes it stale.
    if handed_in or effective_due_at(enrolment, page) != reminder.due_at:
        return
    send_templated_mail(
        template="lms/mail/due_date_reminder",
        context={
            "participant": user,
            "assignment": page,
            "due_at": reminder.due_at,
            "kind": reminder.kind,
            "workspace_url": _workspace_url(reminder.page_id),
        },
        recipients=[user.email],
    )


def _enrolments_with(page):
    """Active enrolments that include `page`: the programme's cohorts, whole
    programme or the booked module."""
    module = page.get_parent()
    programme = module.get_parent()
    return (
        Enrolment.objects.active()
        .filter(cohort__programme_id=programme.pk, user__is_active=True)
        .filter(Q(scope=Enrolment.Scope.PROGRAMME) | Q(modules=module.pk))
        .distinct()
    )


def schedule_due_date_reminders(now=None):
    """Queue a reminder for every participant whose (possibly extended) due
    date is at most 7 days or 1 day away and who has not handed in yet.

    Each (participant, assignment, due date, kind) is reminded once: the
    row in DueDateReminder is the proof. Returns how many were queued.
    """
    from .tasks import send_reminder_task

    now = now or timezone.now()
    horizon = now + timedelta(days=7)
    extensions = {}
    for enrolment_id, page_id, due_at in DueDateExtension.objects.order_by(
        "created_at", "pk"
    ).values_list("enrolment_id", "page_id", "due_at"):
        extensions[enrolment_id, page_id] = due_at
    handed_in = set(
        Submission.objects.filter(submitted_at__isnull=False).values_list(
            "enrolment_id", "page_id"
        )
    )
    queued = 0
    for page in AssignmentPage.objects.live():
        for enrolment in _enrolments_with(page):
            key = (enrolment.pk, page.pk)
            due_at = extensions.get(key, page.due_at)
            if key in handed_in or due_at is None or not now < due_at <= horizon:
                continue
            kind = (
                DueDateReminder.Kind.DAY
                if due_at - now <= timedelta(days=1)
                else DueDateReminder.Kind.WEEK
            )
            try:
                with transaction.atomic():
                    reminder, created = DueDateReminder.objects.get_or_create(
                        enrolment=enrolment, page=page, kind=kind, due_at=due_at
                    )
            except IntegrityError:
                continue
            if created:
                transaction.on_commit(
                    partial(send_reminder_task.delay, reminder.pk), robust=True
                )
                queued += 1
    return queued
