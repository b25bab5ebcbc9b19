from smtplib import SMTPException

from celery import shared_task
from django.core.mail import send_mail


@shared_task(
    autoretry_for=(OSError, SMTPException),
    retry_backoff=True,
    max_retries=5,
    acks_late=True,
)
def send_mail_task(*, subject, body, recipients):
    """Send an already rendered plain-text mail (e.g. a password-reset link)."""
    send_mail(subject, body, None, recipients)


@shared_task(
    autoretry_for=(OSError, SMTPException),
    retry_backoff=True,
    max_retries=5,
    acks_late=True,
)
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
