"""Mails of the practice project; their names are those they had in the
`lms` app, so messages already queued and the beat schedule find them."""

import logging

from celery import shared_task
from django.utils.translation import gettext_lazy as _

from cms.core.tasks import MAIL_RETRY

logger = logging.getLogger(__name__)


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
    verbose_name=_("Projektarbeit: Eingangsbestätigung an Teilnehmende"),
    **MAIL_RETRY,
)
def send_submission_receipt_task(version_id):
    """Confirm the hand-in to the participant who handed in."""
    from lms.projects.mail import send_submission_receipt

    send_submission_receipt(version_id)


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


@shared_task(
    autoretry_for=(OSError,), retry_backoff=True, max_retries=5, acks_late=True
)
def render_version_pdf_task(version_id):
    """Render a handed-in version's PDF once and store it, so that no
    download waits for it (see `services.store_version_pdf`). A failed
    render is logged; the download then tries again and says it failed."""
    from lms.projects.models import SubmissionVersion
    from lms.projects.pdf import ProjectPdfError
    from lms.projects.services import store_version_pdf

    version = SubmissionVersion.objects.filter(
        pk=version_id, submitted_at__isnull=False
    ).first()
    if version is None:
        logger.warning("Project PDF: no handed-in version %s.", version_id)
        return
    try:
        store_version_pdf(version=version)
    except ProjectPdfError:
        return
