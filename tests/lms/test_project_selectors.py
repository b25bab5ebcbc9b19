"""Reads of the practice project (`lms.projects.selectors`): the due date is
defined once, and the queue's bulk read agrees with the single read."""

import datetime

import pytest
from django.utils import timezone

from lms.projects import selectors
from lms.projects import services as assignments
from lms.projects.models import Submission
from tests.factories import UserFactory, enrolled_in_assignment, handed_in_version

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer(db):
    return UserFactory(username="trainerin")


@pytest.fixture
def project(trainer):
    page, enrolment = enrolled_in_assignment(trainer=trainer)
    page.due_at = timezone.now() + datetime.timedelta(days=3)
    page.save()
    return page, enrolment


def queue_due_at(enrolment, page):
    submissions = Submission.objects.non_polymorphic().select_related(
        "enrolment__cohort"
    )
    key = (enrolment.pk, page.pk)
    return selectors.submission_due_dates(submissions)[key]


def assert_agree(enrolment, page, expected):
    enrolment.refresh_from_db()
    assert selectors.effective_due_at(enrolment, page) == expected
    assert queue_due_at(enrolment, page) == expected


def test_without_extension_the_brief_sets_the_due_date(project):
    page, enrolment = project
    handed_in_version(enrolment, page)
    assert selectors.base_due_at(enrolment.cohort, page) == page.due_at
    assert_agree(enrolment, page, page.due_at)


def test_the_cohorts_due_date_wins_over_the_brief(project):
    page, enrolment = project
    handed_in_version(enrolment, page)
    cohort_due = page.due_at + datetime.timedelta(days=10)
    enrolment.cohort.project_due_at = cohort_due
    enrolment.cohort.save()
    assert_agree(enrolment, page, cohort_due)


def test_an_extension_moves_the_due_date_later_only(project, trainer):
    page, enrolment = project
    handed_in_version(enrolment, page)
    later = page.due_at + datetime.timedelta(days=5)
    for due_at in (later, page.due_at - datetime.timedelta(days=1)):
        assignments.grant_extension(
            enrolment=enrolment,
            page=page,
            due_at=due_at,
            reason="Krankheit",
            granted_by=trainer,
        )
    assert_agree(enrolment, page, page.due_at)


def test_the_latest_extension_counts(project, trainer):
    page, enrolment = project
    handed_in_version(enrolment, page)
    later = page.due_at + datetime.timedelta(days=5)
    assignments.grant_extension(
        enrolment=enrolment, page=page, due_at=later, reason="A", granted_by=trainer
    )
    assert_agree(enrolment, page, later)


def test_no_due_date_at_all(project):
    page, enrolment = project
    page.due_at = None
    page.save()
    handed_in_version(enrolment, page)
    assert_agree(enrolment, page, None)
