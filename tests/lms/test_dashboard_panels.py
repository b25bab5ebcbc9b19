"""The admin dashboard shows trainers and the LPR office their work: hand-ins
waiting for grading and seminar days without recorded attendance, each only
from the cohorts the person looks after."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from lms.learning.models import AttendanceRecord
from lms.learning.roles import ensure_role_groups
from tests.factories import (
    AssignmentPageFactory,
    CohortFactory,
    EnrolmentFactory,
    ModulePageFactory,
    SessionPageFactory,
    UserFactory,
    enrolled_in_assignment,
    handed_in_version,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer(db):
    ensure_role_groups()
    return UserFactory(username="trainerin", groups=["Trainer/innen"])


def _dashboard(client, user):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def _hand_in(trainer=None, last_name="Ähnlich"):
    page, enrolment = enrolled_in_assignment(trainer=trainer)
    enrolment.user.last_name = last_name
    enrolment.user.save()
    return handed_in_version(enrolment, page)


def _past_session(cohort, title="Auftaktwochenende"):
    starts_at = timezone.now() - datetime.timedelta(days=3)
    session = SessionPageFactory(
        title=title,
        parent=ModulePageFactory(parent=cohort.programme),
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=8),
    )
    cohort.sessions.add(session)
    return session


def test_trainer_sees_only_hand_ins_of_own_cohorts(client, trainer):
    mine = _hand_in(trainer, last_name="Eigene")
    _hand_in(last_name="Fremde")
    html = _dashboard(client, trainer)
    assert "1 Einreichung wartet" in html
    assert "Eigene" in html and "Fremde" not in html
    assert reverse("lms_grading:review", args=[mine.pk]) in html
    assert reverse("lms_grading:index") in html


def test_office_sees_hand_ins_of_every_cohort(client, lpr_office):
    for name in ["Erste", "Zweite", "Dritte"]:
        _hand_in(last_name=name)
    html = _dashboard(client, lpr_office)
    assert "3 Einreichungen warten" in html
    assert all(name in html for name in ["Erste", "Zweite", "Dritte"])


def test_nothing_waiting_is_said_in_a_sentence(client, trainer):
    CohortFactory().trainers.add(trainer)
    html = _dashboard(client, trainer)
    assert "Keine Einreichung wartet auf eine Bewertung." in html
    assert "Für alle vergangenen Seminartermine ist Anwesenheit erfasst." in html


def test_someone_without_cohorts_gets_no_work_panels(client, editor):
    _hand_in()
    html = _dashboard(client, editor)
    assert "Einreichungen, die auf eine Bewertung warten" not in html
    assert "Seminartermine ohne erfasste Anwesenheit" not in html


def test_past_seminar_day_without_attendance_is_listed_until_recorded(client, trainer):
    cohort = CohortFactory(name="Durchgang Eigen")
    cohort.trainers.add(trainer)
    enrolment = EnrolmentFactory(cohort=cohort)
    session = _past_session(cohort)
    future = SessionPageFactory(parent=ModulePageFactory(parent=cohort.programme))
    cohort.sessions.add(future)
    other = CohortFactory(name="Durchgang Fremd")
    EnrolmentFactory(cohort=other)
    _past_session(other, title="Fremdes Seminar")

    html = _dashboard(client, trainer)
    assert "Für 1 vergangenen Seminartermin ist noch keine Anwesenheit erfasst." in html
    assert "Auftaktwochenende" in html and future.title not in html
    assert "Fremdes Seminar" not in html
    assert reverse("lms_attendance:session", args=[cohort.pk, session.pk]) in html

    AttendanceRecord.objects.create(
        enrolment=enrolment, page=session, status=AttendanceRecord.Status.PRESENT
    )
    html = _dashboard(client, trainer)
    assert "Auftaktwochenende" not in html
    assert "Für alle vergangenen Seminartermine ist Anwesenheit erfasst." in html


def test_office_sees_every_cohorts_missing_attendance(client, lpr_office):
    for name in ["Durchgang A", "Durchgang B"]:
        cohort = CohortFactory(name=name)
        EnrolmentFactory(cohort=cohort)
        _past_session(cohort, title=f"Seminar {name}")
    html = _dashboard(client, lpr_office)
    assert "Für 2 vergangene Seminartermine" in html
    assert "Seminar Durchgang A" in html and "Seminar Durchgang B" in html


def test_cohort_without_participants_needs_no_attendance(client, trainer):
    cohort = CohortFactory()
    cohort.trainers.add(trainer)
    _past_session(cohort)
    html = _dashboard(client, trainer)
    assert "Auftaktwochenende" not in html


def test_page_counts_are_for_editors_only(client, trainer, editor):
    CohortFactory().trainers.add(trainer)
    assert "w-summary__list" not in _dashboard(client, trainer)
    assert "w-summary__list" in _dashboard(client, editor)


def _queries(client, user):
    with CaptureQueriesContext(connection) as queries:
        _dashboard(client, user)
    return len(queries)


def test_dashboard_queries_do_not_grow_with_the_work(client, lpr_office):
    page = AssignmentPageFactory()
    cohort = CohortFactory(programme=page.get_parent().get_parent().specific)

    def add_work():
        enrolment = EnrolmentFactory(cohort=cohort)
        handed_in_version(enrolment, page)
        _past_session(cohort)

    add_work()
    _dashboard(client, lpr_office)  # caches (content types, site) filled
    few = _queries(client, lpr_office)
    for _ in range(4):
        add_work()
    assert _queries(client, lpr_office) == few
    assert few <= 45
