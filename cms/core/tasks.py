"""The task base of the whole project, the plain mail task and the outbox's
beat job."""

from datetime import timedelta
from smtplib import SMTPException

from celery import shared_task
from celery.contrib.django.task import DjangoTask
from django.core.mail import send_mail
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MAIL_RETRY = {
    "autoretry_for": (OSError, SMTPException),
    "retry_backoff": True,
    "max_retries": 5,
    "acks_late": True,
}


class AfterCommitTask(DjangoTask):
    """Celery's Django task whose `delay_on_commit` goes through the outbox
    (`cms.core.outbox`): the task is recorded in the current transaction and
    queued once it commits; a broker that is away or a worker that dies
    delays the task but does not lose it. The outbox message is marked done
    when the task succeeded.

    A task may name itself in German (`verbose_name`) for the office's
    dashboard."""

    verbose_name = None

    def delay_on_commit(self, *args, **kwargs):
        return self.apply_async_on_commit(args, kwargs)

    def apply_async_on_commit(self, args=(), kwargs=None):
        """Record the task in the outbox; returns the OutboxMessage."""
        from . import outbox

        return outbox.enqueue(self, args, kwargs)

    def _outbox_id(self):
        from . import outbox

        return outbox.message_id(self.request)

    def before_start(self, task_id, args, kwargs):
        from . import outbox

        if message_id := self._outbox_id():
            outbox.mark_active(message_id)

    def on_success(self, retval, task_id, args, kwargs):
        from . import outbox

        if message_id := self._outbox_id():
            outbox.mark_done(message_id)

    def on_failure(self, exc, task_id, args, kwargs, einfo):
        from . import outbox

        if message_id := self._outbox_id():
            outbox.mark_failed(message_id, exc)

    def retry(
        self,
        args=None,
        kwargs=None,
        exc=None,
        throw=True,
        eta=None,
        countdown=None,
        max_retries=None,
        **options,
    ):
        """Celery's retry; the outbox learns when the next try is due, so
        that it does not count the waiting time as a sign of a lost task."""
        from . import outbox

        if message_id := self._outbox_id():
            delay = countdown if countdown is not None else self.default_retry_delay
            outbox.mark_active(
                message_id, at=eta or timezone.now() + timedelta(seconds=delay)
            )
        return super().retry(
            args=args,
            kwargs=kwargs,
            exc=exc,
            throw=throw,
            eta=eta,
            countdown=countdown,
            max_retries=max_retries,
            **options,
        )


@shared_task(
    name="lms.tasks.send_mail_task", verbose_name=_("E-Mail senden"), **MAIL_RETRY
)
def send_mail_task(*, subject, body, recipients):
    """Send an already rendered plain-text mail (e.g. a password-reset link)."""
    send_mail(subject, body, None, recipients)


@shared_task(acks_late=True)
def redispatch_outbox_task():
    """Celery beat, every minute: hand over again what the broker never got
    or lost with a worker (see `cms.core.outbox.redispatch`)."""
    from . import outbox

    return outbox.redispatch()
