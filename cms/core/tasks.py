"""The task base of the whole project and the plain mail task."""

from smtplib import SMTPException

from celery import shared_task
from celery.contrib.django.task import DjangoTask
from django.core.mail import send_mail
from django.db import transaction

MAIL_RETRY = {
    "autoretry_for": (OSError, SMTPException),
    "retry_backoff": True,
    "max_retries": 5,
    "acks_late": True,
}


class AfterCommitTask(DjangoTask):
    """Celery's Django task whose `delay_on_commit` is robust: the task is
    queued once the current transaction commits, and a broker outage is
    logged instead of failing a request whose data is already committed."""

    def delay_on_commit(self, *args, **kwargs):
        self.apply_async_on_commit(args, kwargs)

    def apply_async_on_commit(self, *args, **kwargs):
        # A plain function, not functools.partial: Django names the callback
        # (__qualname__) when it logs a robust callback's failure.
        def enqueue():
            self.apply_async(*args, **kwargs)

        transaction.on_commit(enqueue, robust=True)


@shared_task(name="lms.tasks.send_mail_task", **MAIL_RETRY)
def send_mail_task(*, subject, body, recipients):
    """Send an already rendered plain-text mail (e.g. a password-reset link)."""
    send_mail(subject, body, None, recipients)
