"""Seminar reminders: a mail a few days (SEMINAR_REMINDER_DAYS) before each
seminar day to every participant of the cohorts that hold it, once."""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from cms.core.mail import send_templated_mail
from lms.learning.models import Enrolment
from modules.models import SessionPage

from .models import SeminarReminder


def _participants(session):
    """Active enrolments of the cohorts holding `session` that booked its
    module, with an active account and an address."""
    return (
        Enrolment.objects.active()
        .filter(cohort__sessions=session, user__is_active=True)
        .exclude(user__email="")
        .booking(session.get_parent().pk)
        .distinct()
    )


def _horizon(now):
    """The end of the local day SEMINAR_REMINDER_DAYS days after `now`."""
    last_day = timezone.localdate(now) + datetime.timedelta(
        days=settings.SEMINAR_REMINDER_DAYS + 1
    )
    return timezone.make_aware(datetime.datetime.combine(last_day, datetime.time()))


def schedule_seminar_reminders(now=None):
    """Queue a reminder for every seminar day that begins within
    SEMINAR_REMINDER_DAYS days (counted in calendar days) and every
    participant not yet reminded of it. Returns how many were queued; safe
    to run again (`send_seminar_reminder` sends each once)."""
    from .tasks import send_seminar_reminder_task

    now = now or timezone.now()
    sent = set(
        SeminarReminder.objects.filter(starts_at__gt=now).values_list(
            "enrolment_id", "session_id", "starts_at"
        )
    )
    queued = 0
    sessions = SessionPage.objects.live().filter(
        starts_at__gt=now, starts_at__lt=_horizon(now)
    )
    for session in sessions:
        for enrolment_id in _participants(session).values_list("pk", flat=True):
            if (enrolment_id, session.pk, session.starts_at) in sent:
                continue
            send_seminar_reminder_task.delay_on_commit(
                enrolment_id, session.pk, session.starts_at.isoformat()
            )
            queued += 1
    return queued


def send_seminar_reminder(enrolment_id, session_id, starts_at):
    """Remind one participant of one seminar day, once: the log row and the
    mail are one transaction. Nothing is sent when the day has moved, is
    no longer published or the participant is no longer active in it."""
    session = SessionPage.objects.live().filter(pk=session_id).first()
    if session is None or session.starts_at != starts_at:
        return False
    enrolment = (
        _participants(session).filter(pk=enrolment_id).select_related("user").first()
    )
    if enrolment is None:
        return False
    try:
        with transaction.atomic():
            SeminarReminder.objects.create(
                enrolment=enrolment, session=session, starts_at=starts_at
            )
            send_templated_mail(
                template="communication/mail/seminar_reminder",
                context={
                    "participant": enrolment.user,
                    "session": session,
                    "session_url": settings.SITE_URL + session.url,
                },
                recipients=[enrolment.user.email],
            )
    except IntegrityError:
        return False
    return True
