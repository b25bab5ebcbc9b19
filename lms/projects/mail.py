"""Mails about the practice project: hand-in, released review, reminders.

Called by the Celery tasks in `lms.projects.tasks`; each function reads fresh data
and does nothing when what it would report is gone.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from cms.core.mail import lpr_office_emails, render_templated_mail, send_templated_mail
from cms.core.tasks import send_mail_task
from lms.learning.models import Enrolment
from modules.models import AssignmentPage

from .models import DueDateReminder, Review, Submission, SubmissionVersion
from .selectors import NOTHING_DUE, base_due_at, due_dates, effective_due_at

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
            "Submission %s: the cohort has no trainer; the LPR office is told.",
            version_id,
        )
        recipients = lpr_office_emails()
    subject, body = render_templated_mail(
        "lms/mail/submission_received",
        {
            "version": version,
            "participant": enrolment.user,
            "cohort": enrolment.cohort,
            "assignment": AssignmentPage.objects.get(pk=version.submission.page_id),
            "review_url": settings.SITE_URL
            + reverse("lms_grading:review", args=[version.pk]),
        },
    )
    # One mail each: recipients do not see each other's addresses, and a
    # failing address does not hold up the others.
    for recipient in recipients:
        send_mail_task.delay_on_commit(
            subject=subject, body=body, recipients=[recipient]
        )


def send_submission_receipt(version_id):
    """Confirm the hand-in to the participant: title, version and time."""
    version = (
        SubmissionVersion.objects.select_related("submission__enrolment__user")
        .filter(pk=version_id, submitted_at__isnull=False)
        .first()
    )
    if version is None:
        return
    user = version.submission.enrolment.user
    if not user.email or not user.is_active:
        return
    page_id = version.submission.page_id
    send_templated_mail(
        template="lms/mail/submission_receipt",
        context={
            "version": version,
            "participant": user,
            "assignment": AssignmentPage.objects.get(pk=page_id),
            "workspace_url": _workspace_url(page_id),
        },
        recipients=[user.email],
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


def send_reminder(enrolment_id, page_id, kind, due_at):
    """Remind the participant of `due_at` once: the DueDateReminder row and
    the mail are one transaction, so a failed mail is tried again later and
    a sent one never twice. Nothing is sent when the participant handed in
    meanwhile, the enrolment is no longer active or the date has moved."""
    enrolment = (
        Enrolment.objects.select_related("user", "cohort")
        .filter(pk=enrolment_id, status=Enrolment.Status.ACTIVE)
        .first()
    )
    page = AssignmentPage.objects.filter(pk=page_id).first()
    if enrolment is None or page is None:
        return False
    user = enrolment.user
    if not user.email or not user.is_active:
        return False
    handed_in = Submission.objects.filter(
        enrolment=enrolment, page=page, status__in=NOTHING_DUE
    ).exists()
    if handed_in or effective_due_at(enrolment, page) != due_at:
        return False
    try:
        with transaction.atomic():
            DueDateReminder.objects.create(
                enrolment=enrolment, page=page, kind=kind, due_at=due_at
            )
            send_templated_mail(
                template="lms/mail/due_date_reminder",
                context={
                    "participant": user,
                    "assignment": page,
                    "due_at": due_at,
                    "kind": kind,
                    "workspace_url": _workspace_url(page.pk),
                },
                recipients=[user.email],
            )
    except IntegrityError:
        return False
    return True


def _enrolments_with(page):
    """Active enrolments that include `page`: the programme's cohorts, whole
    programme or the booked module."""
    module = page.get_parent()
    programme = module.get_parent()
    return (
        Enrolment.objects.active()
        .filter(cohort__programme_id=programme.pk, user__is_active=True)
        .booking(module.pk)
        .select_related("cohort")
        .distinct()
    )


def reminder_kind(due_at, now):
    """Which reminder is due now: the last one within a day of the due date,
    the first one within a week (but not when the last one is near)."""
    left = due_at - now
    if left <= timedelta(0) or left > timedelta(days=7):
        return None
    if left <= timedelta(days=1):
        return DueDateReminder.Kind.DAY
    if left > timedelta(days=2):
        return DueDateReminder.Kind.WEEK
    return None


def schedule_due_date_reminders(now=None):
    """Queue the reminders that are due: for every participant who owes a
    hand-in (the first version or a requested revision) and whose due date
    (see `selectors.due_date_details`) is at most 7 days
    or 1 day away, unless that reminder was sent. Returns how many were
    queued; `send_reminder` makes sure each goes out once."""
    from .tasks import send_reminder_task

    now = now or timezone.now()
    handed_in = set(
        Submission.objects.filter(status__in=NOTHING_DUE).values_list(
            "enrolment_id", "page_id"
        )
    )
    sent = set(
        DueDateReminder.objects.values_list("enrolment_id", "page_id", "kind", "due_at")
    )
    base_dates = {
        (enrolment.pk, page.pk): base_due_at(enrolment.cohort, page)
        for page in AssignmentPage.objects.live()
        for enrolment in _enrolments_with(page)
    }
    queued = 0
    for (enrolment_id, page_id), due_at in due_dates(base_dates).items():
        if due_at is None or (enrolment_id, page_id) in handed_in:
            continue
        kind = reminder_kind(due_at, now)
        if kind is None or (enrolment_id, page_id, kind, due_at) in sent:
            continue
        send_reminder_task.delay_on_commit(
            enrolment_id, page_id, kind, due_at.isoformat()
        )
        queued += 1
    return queued
