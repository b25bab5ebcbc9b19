"""Mails of the practice project; their names are those they had in the
`lms` app, so messages already queued and the beat schedule find them."""

from celery import shared_task
from django.utils.translation import gettext_lazy as _

from cms.core.tasks import MAIL_RETRY


@shared_task(
    name="lms.tasks.notify_submission_task",
    verbose_name=_("Projektarbeit: Nachricht an Trainer/innen"),
    **MAIL_RETRY,
)
def notify_submission_task(version_id):
    """Tell the cohort's trainers that a project was handed in."""
    from lms.projects.mail import send_submission_notice

    send_submission_notice(version_id)


@shared_task(
    name="lms.tasks.notify_review_released_task",
    verbose_name=_("Projektarbeit: Bewertung an Teilnehmende"),
    **MAIL_RETRY,
)
def notify_review_released_task(review_id):
    """Tell the participant that the review of their project is released."""
    from lms.projects.mail import send_review_notice

    send_review_notice(review_id)


@shared_task(
    name="lms.tasks.send_reminder_task",
    verbose_name=_("Projektarbeit: Erinnerung an die Frist"),
    **MAIL_RETRY,
)
def send_reminder_task(enrolment_id, page_id, kind, due_at):
    """One due-date reminder; `due_at` in ISO format."""
    from django.utils.dateparse import parse_datetime

    from lms.projects.mail import send_reminder

    send_reminder(enrolment_id, page_id, kind, parse_datetime(due_at))


@shared_task(name="lms.tasks.schedule_due_date_reminders_task")
def schedule_due_date_reminders_task():
    """Celery beat, hourly: remind participants 7 days and 1 day before their
    due date, once each (see `mail.schedule_due_date_reminders`)."""
    from lms.projects.mail import schedule_due_date_reminders

    return schedule_due_date_reminders()
