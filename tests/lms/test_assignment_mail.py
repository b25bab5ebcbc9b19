"""Mails about the practice project: who gets which, and who never does."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from lms.learning.models import Enrolment
from lms.projects import services as assignments
from lms.projects.mail import schedule_due_date_reminders, send_reminder
from lms.projects.models import DueDateReminder
from lms.projects.tasks import send_reminder_task
from tests.factories import (
    CohortFactory,
    EnrolmentFactory,
    ModulePageFactory,
    UserFactory,
    enrolled_in_assignment,
    handed_in_version,
)

pytestmark = pytest.mark.django_db

SITE = "http://127.0.0.1:8000"
PASS = {"crit-problem": 5, "crit-evaluation": 5}


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.SITE_URL = SITE


@pytest.fixture
def trainer(db):
    return UserFactory(username="trainerin", email="trainerin@example.org")


def _due_in(days):
    """A due date `days` ahead at 23:59 local time, as editors set it."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(23, 59)))


@pytest.fixture
def due_at():
    return _due_in(30)


@pytest.fixture
def project(trainer, due_at):
    return enrolled_in_assignment(
        trainer=trainer,
        user=UserFactory(
            username="jonas",
            first_name="Jonas",
            last_name="Krüger",
            email="jonas@example.org",
            groups=["Teilnehmende"],
        ),
        due_at=due_at,
    )


def _release(version, page, trainer, decision="passed", release=True):
    version.refresh_from_db()
    return assignments.save_review(
        version=version,
        page=page,
        reviewer=trainer,
        review_revision=version.review_revision,
        points=PASS,
        section_comments={},
        feedback="Gut begründet.",
        decision=decision,
        release=release,
    )


def _not_to(user, mailoutbox):
    """The mails to anyone but `user` (a hand-in also mails its receipt)."""
    return [mail for mail in mailoutbox if mail.to != [user.email]]


def _remind(capture, now):
    with capture(execute=True):
        return schedule_due_date_reminders(now=now)


# Hand-in


def test_hand_in_mails_the_cohorts_trainers_with_a_link_to_the_review(
    project, trainer, mailoutbox, django_capture_on_commit_callbacks
):
    page, enrolment = project
    co_trainer = UserFactory(username="co", email="co@example.org")
    enrolment.cohort.trainers.add(co_trainer)
    with django_capture_on_commit_callbacks(execute=True):
        version = handed_in_version(enrolment, page)

    to_trainers = _not_to(enrolment.user, mailoutbox)
    assert sorted(mail.to[0] for mail in to_trainers) == [
        "co@example.org",
        "trainerin@example.org",
    ]
    mail = to_trainers[0]
    assert "Jonas Krüger" in mail.subject
    assert "Jonas Krüger" in mail.body
    assert f"„{page.title}“" in mail.body
    assert SITE + reverse("lms_grading:review", args=[version.pk]) in mail.body


def test_hand_in_mails_no_other_cohorts_trainer_and_no_trainer_without_address(
    project, trainer, mailoutbox, django_capture_on_commit_callbacks
):
    page, enrolment = project
    other_cohort = CohortFactory(programme=enrolment.cohort.programme)
    other_cohort.trainers.add(UserFactory(username="fremd", email="fremd@example.org"))
    enrolment.cohort.trainers.add(
        UserFactory(username="ohne-adresse", email=""),
        UserFactory(username="ausgeschieden", email="alt@example.org", is_active=False),
    )
    with django_capture_on_commit_callbacks(execute=True):
        handed_in_version(enrolment, page)

    assert [mail.to for mail in _not_to(enrolment.user, mailoutbox)] == [
        ["trainerin@example.org"]
    ]


def test_hand_in_without_any_trainer_to_mail_sends_only_the_receipt(
    mailoutbox, django_capture_on_commit_callbacks
):
    page, enrolment = enrolled_in_assignment(due_at=_due_in(30))
    with django_capture_on_commit_callbacks(execute=True):
        version = handed_in_version(enrolment, page)
    assert not version.is_draft
    assert [mail.to for mail in mailoutbox] == [[enrolment.user.email]]


def test_hand_in_mails_the_participant_a_receipt(
    project, mailoutbox, django_capture_on_commit_callbacks
):
    page, enrolment = project
    with django_capture_on_commit_callbacks(execute=True):
        version = handed_in_version(enrolment, page, title="Sicher im Quartier")

    receipts = [mail for mail in mailoutbox if mail.to == ["jonas@example.org"]]
    assert len(receipts) == 1
    receipt = receipts[0]
    assert receipt.subject == f"Eingangsbestätigung: {page.title}"
    assert "Guten Tag Jonas Krüger," in receipt.body
    submitted = f"{timezone.localtime(version.submitted_at):%d.%m.%Y, %H:%M}"
    assert (
        f"Ihre Projektarbeit „Sicher im Quartier“ zur Projektaufgabe „{page.title}“ "
        f"ist eingegangen: Fassung 1, eingereicht am {submitted} Uhr."
    ) in receipt.body
    assert SITE + reverse("assignment_workspace", args=[page.pk]) in receipt.body


def test_a_participant_without_address_gets_no_receipt(
    project, trainer, mailoutbox, django_capture_on_commit_callbacks
):
    page, enrolment = project
    enrolment.user.email = ""
    enrolment.user.save(update_fields=["email"])
    with django_capture_on_commit_callbacks(execute=True):
        handed_in_version(enrolment, page)
    assert [mail.to for mail in mailoutbox] == [[trainer.email]]


def test_a_failed_hand_in_mails_nobody(
    project, mailoutbox, django_capture_on_commit_callbacks
):
    page, enrolment = project
    draft = assignments.open_draft(enrolment=enrolment, page=page)
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(assignments.SubmissionRefused),
    ):
        assignments.submit(version=draft, page=page, user=enrolment.user)
    assert mailoutbox == []


# Review


def test_released_review_mails_the_participant_the_decision_and_the_workspace(
    project, trainer, mailoutbox, django_capture_on_commit_callbacks
):
    page, enrolment = project
    version = handed_in_version(enrolment, page)
    with django_capture_on_commit_callbacks(execute=True):
        _release(version, page, trainer, decision="revision")

    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["jonas@example.org"]
    assert page.title in mail.subject
    assert "Guten Tag Jonas Krüger," in mail.body
    assert "bewertet: Überarbeitung erbeten." in mail.body
    assert SITE + reverse("assignment_workspace", args=[page.pk]) in mail.body


def test_a_draft_review_mails_nobody(
    project, trainer, mailoutbox, django_capture_on_commit_callbacks
):
    page, enrolment = project
    version = handed_in_version(enrolment, page)
    with django_capture_on_commit_callbacks(execute=True):
        _release(version, page, trainer, release=False)
    assert mailoutbox == []


def test_a_participant_without_address_gets_no_review_mail(
    project, trainer, mailoutbox, django_capture_on_commit_callbacks
):
    page, enrolment = project
    version = handed_in_version(enrolment, page)
    enrolment.user.email = ""
    enrolment.user.save(update_fields=["email"])
    with django_capture_on_commit_callbacks(execute=True):
        review = _release(version, page, trainer)
    assert review.is_released
    assert mailoutbox == []


# Reminders


def test_a_week_before_the_due_date_one_reminder_in_german_date_format(
    project, due_at, mailoutbox, django_capture_on_commit_callbacks
):
    page, enrolment = project
    week_before = due_at - datetime.timedelta(days=6)
    assert _remind(django_capture_on_commit_callbacks, week_before) == 1

    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["jonas@example.org"]
    german = f"{timezone.localtime(due_at):%d.%m.%Y}, 23:59 Uhr"
    assert german in mail.subject
    assert f"„{page.title}“ ist bis {german} einzureichen." in mail.body
    assert "Guten Tag Jonas Krüger," in mail.body
    assert SITE + reverse("assignment_workspace", args=[page.pk]) in mail.body
    assert DueDateReminder.objects.get().kind == "week"


def test_each_reminder_is_sent_once(
    project, due_at, mailoutbox, django_capture_on_commit_callbacks
):
    week_before = due_at - datetime.timedelta(days=6)
    _remind(django_capture_on_commit_callbacks, week_before)
    hour_later = week_before + datetime.timedelta(hours=1)
    assert _remind(django_capture_on_commit_callbacks, hour_later) == 0
    assert len(mailoutbox) == 1

    day_before = due_at - datetime.timedelta(hours=20)
    assert _remind(django_capture_on_commit_callbacks, day_before) == 1
    assert len(mailoutbox) == 2
    assert mailoutbox[1].subject.startswith("Letzte Erinnerung:")
    later = day_before + datetime.timedelta(hours=1)
    assert _remind(django_capture_on_commit_callbacks, later) == 0
    assert len(mailoutbox) == 2
    assert sorted(DueDateReminder.objects.values_list("kind", flat=True)) == [
        "day",
        "week",
    ]


def test_no_reminder_after_the_hand_in(
    project, due_at, mailoutbox, django_capture_on_commit_callbacks
):
    page, enrolment = project
    handed_in_version(enrolment, page)
    mailoutbox.clear()
    for before in (datetime.timedelta(days=6), datetime.timedelta(hours=20)):
        assert _remind(django_capture_on_commit_callbacks, due_at - before) == 0
    assert mailoutbox == []


def test_no_reminder_for_a_due_date_past_or_further_than_a_week(
    project, due_at, mailoutbox, django_capture_on_commit_callbacks
):
    for now in (
        due_at + datetime.timedelta(minutes=1),
        due_at - datetime.timedelta(days=8),
    ):
        assert _remind(django_capture_on_commit_callbacks, now) == 0
    assert mailoutbox == []


def test_no_reminder_without_a_due_date(mailoutbox, django_capture_on_commit_callbacks):
    enrolled_in_assignment(due_at=None)
    assert _remind(django_capture_on_commit_callbacks, timezone.now()) == 0
    assert mailoutbox == []


def test_an_extension_moves_the_reminders_to_the_new_date(
    project, trainer, due_at, mailoutbox, django_capture_on_commit_callbacks
):
    page, enrolment = project
    _remind(django_capture_on_commit_callbacks, due_at - datetime.timedelta(days=6))
    new_due = due_at + datetime.timedelta(days=14)
    assignments.grant_extension(
        enrolment=enrolment,
        page=page,
        due_at=new_due,
        reason="Krankheit",
        granted_by=trainer,
    )
    mailoutbox.clear()

    day_before_old = due_at - datetime.timedelta(hours=20)
    assert _remind(django_capture_on_commit_callbacks, day_before_old) == 0
    assert mailoutbox == []

    for before in (datetime.timedelta(days=6), datetime.timedelta(hours=20)):
        assert _remind(django_capture_on_commit_callbacks, new_due - before) == 1
    assert len(mailoutbox) == 2
    new_date = f"{timezone.localtime(new_due):%d.%m.%Y}, 23:59 Uhr"
    old_date = f"{timezone.localtime(due_at):%d.%m.%Y}"
    for mail in mailoutbox:
        assert new_date in mail.body
        assert old_date not in mail.body + mail.subject


def test_a_reminder_queued_before_an_extension_is_not_sent(
    project, trainer, due_at, mailoutbox
):
    page, enrolment = project
    assignments.grant_extension(
        enrolment=enrolment,
        page=page,
        due_at=due_at + datetime.timedelta(days=14),
        reason="Krankheit",
        granted_by=trainer,
    )
    send_reminder_task.delay(enrolment.pk, page.pk, "day", due_at.isoformat())
    assert mailoutbox == []
    assert not DueDateReminder.objects.exists()


def test_a_failed_reminder_mail_is_tried_again_at_the_next_run(
    project, due_at, mailoutbox, monkeypatch, django_capture_on_commit_callbacks
):
    page, enrolment = project

    def refuse(*args, **kwargs):
        raise OSError("SMTP down")

    monkeypatch.setattr("lms.projects.mail.send_templated_mail", refuse)
    with pytest.raises(OSError):
        send_reminder(enrolment.pk, page.pk, "week", due_at)
    assert not DueDateReminder.objects.exists()
    monkeypatch.undo()
    week_before = due_at - datetime.timedelta(days=6)
    assert _remind(django_capture_on_commit_callbacks, week_before) == 1
    assert len(mailoutbox) == 1


def test_no_first_reminder_when_the_last_one_is_near(
    project, due_at, mailoutbox, django_capture_on_commit_callbacks
):
    before = due_at - datetime.timedelta(hours=36)
    assert _remind(django_capture_on_commit_callbacks, before) == 0
    assert mailoutbox == []


def test_the_cohorts_due_date_counts(
    project, due_at, mailoutbox, django_capture_on_commit_callbacks
):
    page, enrolment = project
    cohort_due = due_at + datetime.timedelta(days=30)
    enrolment.cohort.project_due_at = cohort_due
    enrolment.cohort.save()
    assert (
        _remind(django_capture_on_commit_callbacks, due_at - datetime.timedelta(days=6))
        == 0
    )
    assert (
        _remind(
            django_capture_on_commit_callbacks, cohort_due - datetime.timedelta(days=6)
        )
        == 1
    )


def test_without_trainers_the_lpr_office_is_told(
    project, lpr_office, mailoutbox, django_capture_on_commit_callbacks
):
    page, enrolment = project
    enrolment.cohort.trainers.clear()
    with django_capture_on_commit_callbacks(execute=True):
        handed_in_version(enrolment, page)
    assert [mail.to for mail in _not_to(enrolment.user, mailoutbox)] == [
        [lpr_office.email]
    ]


@pytest.mark.parametrize(
    "status", [Enrolment.Status.PAUSED, Enrolment.Status.CANCELLED]
)
def test_no_reminder_for_paused_or_cancelled_enrolments(
    project, due_at, status, mailoutbox, django_capture_on_commit_callbacks
):
    _page, enrolment = project
    enrolment.status = status
    enrolment.save(update_fields=["status"])
    week_before = due_at - datetime.timedelta(days=6)
    assert _remind(django_capture_on_commit_callbacks, week_before) == 0
    assert mailoutbox == []


def test_single_modules_are_reminded_only_of_booked_modules(
    project, due_at, mailoutbox, django_capture_on_commit_callbacks
):
    page, enrolment = project
    module = page.get_parent()
    other_module = ModulePageFactory(parent=module.get_parent())
    enrolment.delete()
    booked_elsewhere = EnrolmentFactory(
        cohort=enrolment.cohort, scope=Enrolment.Scope.MODULES
    )
    booked_elsewhere.modules.add(other_module)
    booked_here = EnrolmentFactory(
        cohort=enrolment.cohort, scope=Enrolment.Scope.MODULES
    )
    booked_here.modules.add(module)

    week_before = due_at - datetime.timedelta(days=6)
    assert _remind(django_capture_on_commit_callbacks, week_before) == 1
    assert [mail.to for mail in mailoutbox] == [[booked_here.user.email]]


def test_a_revision_due_date_is_reminded_until_the_revision_is_handed_in(
    project, mailoutbox, django_capture_on_commit_callbacks
):
    page, enrolment = project
    version = handed_in_version(enrolment, page)
    revision_due = _due_in(45)
    version.refresh_from_db()
    assignments.save_review(
        version=version,
        page=page,
        reviewer=enrolment.cohort.trainers.first(),
        review_revision=version.review_revision,
        points={"crit-problem": 5, "crit-evaluation": 0},
        section_comments={},
        feedback="Bitte die Evaluation planen.",
        decision="revision",
        revision_due_at=revision_due,
        release=True,
    )
    mailoutbox.clear()
    week_before = revision_due - datetime.timedelta(days=6)
    assert _remind(django_capture_on_commit_callbacks, week_before) == 1
    german = f"{timezone.localtime(revision_due):%d.%m.%Y}, 23:59 Uhr"
    assert german in mailoutbox[0].subject

    draft = assignments.open_draft(enrolment=enrolment, page=page)
    with django_capture_on_commit_callbacks(execute=True):
        assignments.submit(version=draft, page=page, user=enrolment.user)
    mailoutbox.clear()
    day_before = revision_due - datetime.timedelta(hours=20)
    assert _remind(django_capture_on_commit_callbacks, day_before) == 0
    assert mailoutbox == []
