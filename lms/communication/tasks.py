"""Background work of communication: mails through the outbox and the
daily seminar reminders."""

from celery import shared_task
from django.utils.translation import gettext_lazy as _

from cms.core.tasks import MAIL_RETRY


@shared_task(verbose_name=_("Mitteilung an einen Durchgang senden"), **MAIL_RETRY)
def deliver_announcement_task(delivery_id):
    """Mail an announcement to one recipient (see `services`)."""
    from .services import deliver_announcement

    return deliver_announcement(delivery_id)


@shared_task(verbose_name=_("Erinnerung an einen Seminartermin"), **MAIL_RETRY)
def send_seminar_reminder_task(enrolment_id, session_id, starts_at):
    """One seminar reminder; `starts_at` in ISO format."""
    from django.utils.dateparse import parse_datetime

    from .reminders import send_seminar_reminder

    return send_seminar_reminder(enrolment_id, session_id, parse_datetime(starts_at))


@shared_task
def schedule_seminar_reminders_task():
    """Celery beat, daily: queue the seminar reminders that are due."""
    from .reminders import schedule_seminar_reminders

    return schedule_seminar_reminders()
