"""The outbox: background tasks recorded with the change that needs them,
handed over after the commit, marked done, handed over again when the broker
was away or a worker died, and shown to the office when they hang."""

import logging
from datetime import timedelta

import pytest
from django.core import mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from kombu.exceptions import OperationalError

from cms.core import outbox
from cms.core.tasks import send_mail_task
from cms.models import OutboxMessage
from lms.celery import app
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

MAIL = {"subject": "Hallo", "body": "Ein Text", "recipients": ["a@example.org"]}


def broker_unreachable(*args, **kwargs):
    raise OperationalError(
        "Error 111 connecting to 127.0.0.1:6379. Connection refused."
    )


@pytest.fixture
def broker_away(monkeypatch):
    """Every hand-over fails as with Redis stopped, until the test calls
    `broker_away.undo()`."""
    monkeypatch.setattr(send_mail_task, "apply_async", broker_unreachable)
    return monkeypatch


@pytest.fixture
def a_broker(monkeypatch):
    """Tasks go to a (pretended) broker instead of running in-process."""
    monkeypatch.setattr(outbox, "_broker_down_until", 0.0)
    before = app.conf.task_always_eager
    app.conf.task_always_eager = False
    yield
    app.conf.task_always_eager = before


def delay_and_commit(capture, **kwargs):
    with capture(execute=True):
        return send_mail_task.delay_on_commit(**kwargs)


def later(**delta):
    return timezone.now() + timedelta(**delta)


def test_the_message_is_written_and_rolled_back_with_the_change(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(RuntimeError), transaction.atomic():
            UserFactory(username="wird-zurueckgerollt")
            send_mail_task.delay_on_commit(**MAIL)
            assert OutboxMessage.objects.count() == 1
            raise RuntimeError("the change fails")
    assert not OutboxMessage.objects.exists()
    assert not callbacks
    assert not mail.outbox


def test_after_the_commit_the_task_runs_and_its_message_is_done(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            message = send_mail_task.delay_on_commit(**MAIL)
            assert not mail.outbox
    assert [m.subject for m in mail.outbox] == ["Hallo"]
    message.refresh_from_db()
    assert message.done_at is not None and message.attempts == 1
    # The mail's text (a reset link, say) is not kept once it is sent.
    assert message.kwargs == {} and message.args == []


def test_an_unreachable_broker_leaves_the_message_waiting_until_the_beat_job(
    broker_away, django_capture_on_commit_callbacks, caplog
):
    with django_capture_on_commit_callbacks(execute=True):
        message = send_mail_task.delay_on_commit(**MAIL)
    message.refresh_from_db()
    assert message.done_at is None and message.dispatched_at is None
    assert message.attempts == 0 and "Connection refused" in message.last_error
    assert outbox.is_waiting(send_mail_task)
    assert "could not be handed to the broker" in caplog.text
    assert not mail.outbox

    # Still away at the next beat: nothing lost, nothing sent.
    assert outbox.redispatch(now=later(minutes=1))["dispatched"] == 0
    assert OutboxMessage.objects.pending().count() == 1

    broker_away.undo()
    assert outbox.redispatch(now=later(minutes=2))["dispatched"] == 1
    assert [m.subject for m in mail.outbox] == ["Hallo"]
    message.refresh_from_db()
    assert message.done_at is not None and message.last_error == ""
    assert not outbox.is_waiting(send_mail_task)


def test_the_beat_job_leaves_a_fresh_message_to_its_own_hand_over(broker_away):
    send_mail_task.delay_on_commit(**MAIL)
    broker_away.undo()
    assert outbox.redispatch()["dispatched"] == 0


def test_a_message_lost_with_a_dead_worker_is_handed_over_again(
    a_broker, monkeypatch, django_capture_on_commit_callbacks
):
    sent = []
    monkeypatch.setattr(send_mail_task, "apply_async", lambda *a, **kw: sent.append(kw))
    message = delay_and_commit(django_capture_on_commit_callbacks, **MAIL)
    assert len(sent) == 1 and sent[0]["headers"] == {"outbox_id": message.pk}

    # A worker took it and died; Redis has not given it back either.
    assert outbox.redispatch(now=later(minutes=1))["dispatched"] == 0
    assert outbox.redispatch(now=later(minutes=7))["dispatched"] == 1
    message.refresh_from_db()
    assert message.attempts == 2 and message.done_at is None


def test_a_running_or_retrying_task_is_not_handed_over_again(
    a_broker, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(send_mail_task, "apply_async", lambda *a, **kw: None)
    message = delay_and_commit(django_capture_on_commit_callbacks, **MAIL)
    outbox.mark_active(message.pk, at=later(minutes=10))
    assert outbox.redispatch(now=later(minutes=7))["dispatched"] == 0
    assert outbox.redispatch(now=later(minutes=17))["dispatched"] == 1


def test_a_retry_tells_the_outbox_when_the_next_try_is_due(monkeypatch):
    attempts = []

    def flaky_send(*args, **kwargs):
        attempts.append(timezone.now())
        if len(attempts) == 1:
            raise OSError("SMTP server away")

    monkeypatch.setattr("cms.core.tasks.send_mail", flaky_send)
    marks = []
    real_mark_active = outbox.mark_active
    monkeypatch.setattr(
        outbox,
        "mark_active",
        lambda pk, at=None: marks.append(at) or real_mark_active(pk, at),
    )
    message = send_mail_task.delay_on_commit(**MAIL)
    # As a worker runs it: a failure is retried, not raised.
    send_mail_task.apply(kwargs=MAIL, headers={"outbox_id": message.pk}, throw=False)
    assert len(attempts) == 2
    assert any(at is not None and at >= attempts[0] for at in marks)
    message.refresh_from_db()
    assert message.done_at is not None


def test_a_failing_task_is_tried_again_and_given_up_with_an_error_in_the_log(
    settings, monkeypatch, django_capture_on_commit_callbacks, caplog
):
    settings.OUTBOX_MAX_ATTEMPTS = 2

    def broken(*args, **kwargs):
        raise ValueError("kaputt")

    monkeypatch.setattr("cms.core.tasks.send_mail", broken)
    with django_capture_on_commit_callbacks(execute=True):
        message = send_mail_task.delay_on_commit(**MAIL)
    message.refresh_from_db()
    assert message.done_at is None and "kaputt" in message.last_error

    with pytest.raises(ValueError):
        outbox.redispatch(now=later(minutes=10))
    message.refresh_from_db()
    assert message.attempts == 2

    with caplog.at_level(logging.ERROR, logger="cms.core.outbox"):
        result = outbox.redispatch(now=later(minutes=20))
    assert result == {"dispatched": 0, "gave_up": 1, "deleted": 0}
    assert "gave up lms.tasks.send_mail_task" in caplog.text
    message.refresh_from_db()
    assert message.gave_up_at is not None
    assert outbox.redispatch(now=later(minutes=30))["gave_up"] == 0


def test_after_a_broker_failure_a_request_does_not_wait_for_it_again(
    a_broker, monkeypatch, django_capture_on_commit_callbacks
):
    calls = []

    def unreachable(*args, **kwargs):
        calls.append(args)
        broker_unreachable()

    monkeypatch.setattr(send_mail_task, "apply_async", unreachable)
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(3):
            send_mail_task.delay_on_commit(**MAIL)
    assert len(calls) == 1
    assert OutboxMessage.objects.waiting_for_broker().count() == 3
    # The beat job runs in a worker: it always tries, and stops at a failure.
    assert outbox.redispatch(now=later(minutes=1))["dispatched"] == 0
    assert len(calls) == 2


def test_done_messages_are_forgotten_after_a_week(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        send_mail_task.delay_on_commit(**MAIL)
    assert outbox.redispatch(now=later(days=6))["deleted"] == 0
    assert outbox.redispatch(now=later(days=8))["deleted"] == 1


def test_password_reset_mail_survives_an_unreachable_broker(
    client, broker_away, django_capture_on_commit_callbacks
):
    UserFactory(username="julia", email="julia@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/konto/passwort-vergessen/", {"email": "julia@example.org"}, follow=True
        )
    html = response.content.decode()
    assert "wird Ihnen eine E-Mail mit einem Link" in html
    assert "Das kann einige Minuten dauern." in html
    assert not mail.outbox and outbox.is_waiting(send_mail_task)

    broker_away.undo()
    outbox.redispatch(now=later(minutes=1))
    assert mail.outbox[0].to == ["julia@example.org"]
    assert "/konto/passwort-neu/" in mail.outbox[0].body


def test_the_office_sees_tasks_that_hang_on_its_dashboard(
    client, lpr_office, broker_away, settings
):
    send_mail_task.delay_on_commit(**MAIL)
    client.force_login(lpr_office)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Hintergrundaufgaben, die hängen" not in html

    settings.OUTBOX_STUCK_AFTER = -1
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'aria-labelledby="stuck-tasks-heading"' in html
    assert "1 Aufgabe ist seit mehr als einigen Minuten nicht erledigt." in html
    assert "darauf, dass der Hintergrunddienst erreichbar ist" in html
    assert '<th scope="row">E-Mail senden</th>' in html


def test_only_the_office_sees_the_panel(client, editor, broker_away, settings):
    settings.OUTBOX_STUCK_AFTER = -1
    send_mail_task.delay_on_commit(**MAIL)
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Hintergrundaufgaben, die hängen" not in html
