"""The transactional outbox: background work that is never lost.

`AfterCommitTask.delay_on_commit` writes an OutboxMessage in the transaction
of the change that needs the task, and hands it to the broker once that
transaction commits (without a broker, Celery runs it in-process right
then). The task carries the message's id in a header; the task base marks
the message done when the task succeeded. A beat job (`redispatch`) hands
over again what never reached the broker (it was away) and what went missing
(a worker died and Redis did not give it back), and gives up after
OUTBOX_MAX_ATTEMPTS hand-overs with an error in the log.

Delivery is at least once: every task must be safe to run twice.
"""

import logging
import time
from datetime import timedelta

from celery import current_app
from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from kombu.exceptions import OperationalError as BrokerUnreachable

from cms.models import OutboxMessage

logger = logging.getLogger(__name__)

HEADER = "outbox_id"
# A message is handed over right after the commit; the beat job leaves it
# alone for this long so that both do not send it at the same moment.
HANDOVER_GRACE = timedelta(seconds=30)
# After the broker failed, hand-overs after a commit wait this long before
# they try again, so that a request queueing many tasks fails fast.
BROKER_PAUSE = 5.0
REDISPATCH_BATCH = 500

_broker_down_until = 0.0


def enqueue(task, args=(), kwargs=None):
    """Record `task(*args, **kwargs)` in the current transaction and hand it
    to the broker after the commit. Returns the OutboxMessage."""
    message = OutboxMessage.objects.create(
        task_name=task.name, args=list(args), kwargs=dict(kwargs or {})
    )

    def hand_over():
        dispatch(message.pk)

    transaction.on_commit(hand_over, robust=True)
    return message


def dispatch(message_id, *, force=False):
    """Hand a pending message to the broker, or without a broker run it now.

    Returns False when the broker could not be reached; the message then
    waits for the beat job. Within BROKER_PAUSE seconds of such a failure
    nothing is tried unless `force` is given.
    """
    global _broker_down_until
    message = OutboxMessage.objects.pending().filter(pk=message_id).first()
    if message is None:
        return True
    eager = current_app.conf.task_always_eager
    if not force and not eager and time.monotonic() < _broker_down_until:
        OutboxMessage.objects.filter(pk=message.pk).update(
            last_error="Not handed over: the broker failed a moment ago."
        )
        return False
    task = current_app.tasks[message.task_name]
    # Recorded before sending: a worker (or the in-process run) may finish
    # the task before apply_async returns.
    OutboxMessage.objects.filter(pk=message.pk).update(
        attempts=F("attempts") + 1, dispatched_at=timezone.now(), last_error=""
    )
    try:
        task.apply_async(message.args, message.kwargs, headers={HEADER: message.pk})
    except BrokerUnreachable as error:
        _broker_down_until = time.monotonic() + BROKER_PAUSE
        logger.warning(
            "Outbox: %s (message %s) could not be handed to the broker; "
            "the beat job tries again: %s",
            message.task_name,
            message.pk,
            error,
        )
        OutboxMessage.objects.filter(pk=message.pk).update(
            attempts=F("attempts") - 1,
            dispatched_at=None,
            last_error=str(error)[:500],
        )
        return False
    except Exception as error:
        # Run in-process, Celery raises a failure without calling the task's
        # on_failure handler.
        if eager:
            mark_failed(message.pk, error)
        raise
    return True


def message_id(request):
    """The outbox id a task's request carries, or None. A worker's request
    has custom headers as attributes; an in-process run keeps them in
    `headers`."""
    return getattr(request, HEADER, None) or (request.headers or {}).get(HEADER)


def mark_active(message_id, at=None):
    """A worker started the task, or its next try is due `at`."""
    OutboxMessage.objects.filter(pk=message_id).update(active_at=at or timezone.now())


def mark_done(message_id):
    """The task succeeded. Its arguments (mail texts, reset links) are not
    needed any more and are removed."""
    OutboxMessage.objects.filter(pk=message_id).update(
        done_at=timezone.now(), args=[], kwargs={}, last_error=""
    )


def mark_failed(message_id, error):
    """The task failed for good this time; the beat job hands it over again
    after OUTBOX_REDISPATCH_AFTER seconds, until OUTBOX_MAX_ATTEMPTS."""
    OutboxMessage.objects.filter(pk=message_id).update(
        active_at=timezone.now(), last_error=repr(error)[:500]
    )


def is_waiting(task, *args):
    """Whether `task(*args)` is recorded but its hand-over to the broker
    failed (the user is told that it follows once the background service is
    reachable). Ask after the commit: only then is it handed over."""
    return (
        OutboxMessage.objects.waiting_for_broker()
        .filter(task_name=task.name, args=list(args))
        .exists()
    )


def redispatch(now=None):
    """The beat job: hand over again what never reached the broker, and what
    was handed over OUTBOX_REDISPATCH_AFTER seconds ago and has shown no life
    since (the worker died, the broker lost it); give up after
    OUTBOX_MAX_ATTEMPTS hand-overs; forget done messages after
    OUTBOX_KEEP_DONE_DAYS. Returns {"dispatched", "gave_up", "deleted"}."""
    now = now or timezone.now()
    lost_before = now - timedelta(seconds=settings.OUTBOX_REDISPATCH_AFTER)
    pending = OutboxMessage.objects.pending()
    lost = pending.filter(dispatched_at__lt=lost_before).filter(
        Q(active_at__isnull=True) | Q(active_at__lt=lost_before)
    )
    gave_up = 0
    for message in lost.filter(attempts__gte=settings.OUTBOX_MAX_ATTEMPTS):
        logger.error(
            "Outbox: gave up %s (message %s) after %s hand-overs; last error: %s",
            message.task_name,
            message.pk,
            message.attempts,
            message.last_error or "none",
        )
        gave_up += OutboxMessage.objects.filter(
            pk=message.pk, gave_up_at__isnull=True
        ).update(gave_up_at=now)
    never_handed_over = pending.filter(
        dispatched_at__isnull=True, created_at__lt=now - HANDOVER_GRACE
    )
    again = never_handed_over | lost.filter(attempts__lt=settings.OUTBOX_MAX_ATTEMPTS)
    dispatched = 0
    for pk in again.order_by("created_at").values_list("pk", flat=True)[
        :REDISPATCH_BATCH
    ]:
        if not dispatch(pk, force=True):
            break
        dispatched += 1
    deleted, _ = OutboxMessage.objects.filter(
        done_at__lt=now - timedelta(days=settings.OUTBOX_KEEP_DONE_DAYS)
    ).delete()
    if dispatched or gave_up:
        logger.info("Outbox: handed over %s again, gave up %s.", dispatched, gave_up)
    return {"dispatched": dispatched, "gave_up": gave_up, "deleted": deleted}


def stuck(now=None):
    """Pending messages older than OUTBOX_STUCK_AFTER seconds, oldest first."""
    now = now or timezone.now()
    return OutboxMessage.objects.filter(
        done_at__isnull=True,
        created_at__lt=now - timedelta(seconds=settings.OUTBOX_STUCK_AFTER),
    )


def task_label(task_name):
    """The German name of a task (its `verbose_name`), else its name."""
    task = current_app.tasks.get(task_name)
    return str(getattr(task, "verbose_name", None) or task_name)
