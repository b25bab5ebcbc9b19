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
