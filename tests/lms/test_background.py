"""A participant is told the truth when the background service is away at
the moment of the hand-in, and the trainers are notified once it is back."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from kombu.exceptions import OperationalError

from cms.core import outbox
from lms.projects.tasks import notify_submission_task
from tests.factories import UserFactory, enrolled_in_assignment, written_draft

# Told after the commit, as in production: these tests commit for real.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def broker_unreachable(*args, **kwargs):
    raise OperationalError("Error 111 connecting to 127.0.0.1:6379.")


def hand_in(client, enrolment, page):
    draft = written_draft(enrolment, page)
    client.force_login(enrolment.user)
    return client.post(
        reverse("assignment_submit", args=[page.pk]),
        {"version": draft.number, "confirm": "on"},
        follow=True,
    ).content.decode()


@pytest.fixture
def trainer():
    return UserFactory(username="anna", email="anna.berger@example.org")


def test_hand_in_with_the_broker_away_says_the_trainers_are_told_later(
    client, trainer, monkeypatch
):
    page, enrolment = enrolled_in_assignment(trainer=trainer)
    with monkeypatch.context() as broker_away:
        broker_away.setattr(notify_submission_task, "apply_async", broker_unreachable)
        html = hand_in(client, enrolment, page)
    assert (
        "Fassung 1 ist eingereicht. Ihre Trainerinnen und Trainer werden "
        "benachrichtigt, sobald der Hintergrunddienst erreichbar ist."
    ) in html
    # Only the participant's receipt went out; the trainers' mail waits.
    assert [message.to for message in mail.outbox] == [[enrolment.user.email]]

    outbox.redispatch(now=timezone.now() + timedelta(minutes=1))
    assert [message.to for message in mail.outbox] == [
        [enrolment.user.email],
        [trainer.email],
    ]


def test_hand_in_with_the_broker_there_says_the_trainers_are_told(client, trainer):
    page, enrolment = enrolled_in_assignment(trainer=trainer)
    html = hand_in(client, enrolment, page)
    assert (
        "Fassung 1 ist eingereicht. Ihre Trainerinnen und Trainer werden "
        "benachrichtigt."
    ) in html
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        [trainer.email, enrolment.user.email]
    )
