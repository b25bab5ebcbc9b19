from celery import shared_task

from cms.core.tasks import MAIL_RETRY


@shared_task(**MAIL_RETRY)
def send_invitation_task(user_id):
    """Invite a participant created by the CSV import to set a password.

    A deleted or deactivated account, or one that already has a password
    (the task ran before), gets no mail.
    """
    # Imported here: enrolment_import enqueues this task, so a module-level
    # import would be circular.
    import logging

    from django.contrib.auth import get_user_model

    from .enrolment_import import send_invitation

    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None or user.has_usable_password():
        logging.getLogger(__name__).info(
            "Invitation skipped: user %s is gone, inactive or has a password.",
            user_id,
        )
        return
    send_invitation(user=user)


@shared_task(**MAIL_RETRY)
def notify_submission_task(version_id):
    """Tell the cohort's trainers that a project was handed in."""
    from .assignment_mail import send_submission_notice

    send_submission_notice(version_id)


@shared_task(**MAIL_RETRY)
def notify_review_released_task(review_id):
    """Tell the participant that the review of their project is released."""
    from .assignment_mail import send_review_notice

    send_review_notice(review_id)


@shared_task(**MAIL_RETRY)
def send_reminder_task(enrolment_id, page_id, kind, due_at):
    """One due-date reminder; `due_at` in ISO format."""
    from django.utils.dateparse import parse_datetime

    from .assignment_mail import send_reminder

    send_reminder(enrolment_id, page_id, kind, parse_datetime(due_at))


@shared_task
def schedule_due_date_reminders_task():
    """Celery beat, hourly: remind participants 7 days and 1 day before their
    due date, once each (see `assignment_mail.schedule_due_date_reminders`)."""
    from .assignment_mail import schedule_due_date_reminders

    return schedule_due_date_reminders()
