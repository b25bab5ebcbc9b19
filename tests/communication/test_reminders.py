"""Seminar reminders: once per seminar day and participant, a few days ahead."""

import datetime

import pytest

from lms.communication.models import SeminarReminder
from lms.communication.reminders import schedule_seminar_reminders

from .conftest import local

pytestmark = pytest.mark.django_db


def _run(capture, now):
    with capture(execute=True):
        return schedule_seminar_reminders(now=now)


def test_the_reminder_goes_out_once_three_days_before(
    world, mailoutbox, django_capture_on_commit_callbacks
):
    # Both seminar days begin on 12 March 2027 at 9:00.
    assert _run(django_capture_on_commit_callbacks, local(2027, 3, 8, 7)) == 0
    assert mailoutbox == []

    assert _run(django_capture_on_commit_callbacks, local(2027, 3, 9, 7)) == 2
    assert sorted(mail.to[0] for mail in mailoutbox) == [
        world["anna"].user.email,
        world["bernd"].user.email,
    ]
    anna_mail = next(m for m in mailoutbox if m.to == [world["anna"].user.email])
    assert "Seminarwochenende A" in anna_mail.subject
    assert "12.03.2027" in anna_mail.subject
    assert "Dresden, Raum A" in anna_mail.body
    assert "Raum B" not in anna_mail.body

    assert _run(django_capture_on_commit_callbacks, local(2027, 3, 9, 7)) == 0
    assert _run(django_capture_on_commit_callbacks, local(2027, 3, 11, 7)) == 0
    assert len(mailoutbox) == 2
    assert SeminarReminder.objects.count() == 2


def test_a_cancelled_participant_and_a_past_day_get_no_reminder(
    world, mailoutbox, django_capture_on_commit_callbacks, settings
):
    settings.SEMINAR_REMINDER_DAYS = 3
    _run(django_capture_on_commit_callbacks, local(2027, 3, 9, 7))
    assert world["gone"].user.email not in [mail.to[0] for mail in mailoutbox]
    mailoutbox.clear()
    assert _run(django_capture_on_commit_callbacks, local(2027, 3, 12, 10)) == 0


def test_a_moved_seminar_day_is_reminded_again(
    world, mailoutbox, django_capture_on_commit_callbacks
):
    _run(django_capture_on_commit_callbacks, local(2027, 3, 9, 7))
    session = world["sessions"][0]
    session.starts_at += datetime.timedelta(days=1)
    session.ends_at += datetime.timedelta(days=1)
    session.save_revision().publish()
    mailoutbox.clear()

    assert _run(django_capture_on_commit_callbacks, local(2027, 3, 10, 7)) == 1
    assert [mail.to for mail in mailoutbox] == [[world["anna"].user.email]]
