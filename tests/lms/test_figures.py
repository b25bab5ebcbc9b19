"""Issue 11: every figure is defined once and states only what happened.

One plain test per defect, then property-based tests (Hypothesis) over
random learner histories.
"""

import datetime
import re
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from certificates import services as certificate_services
from certificates.eligibility import candidates_for
from certificates.models import CertificateEvent
from certificates.snapshot import build_snapshot
from lms.learning import services
from lms.learning.admin_views import matrix_csv_row
from lms.learning.models import AttendanceRecord, Enrolment, QuizAttemptGrant
from lms.learning.progress import format_units, programme_progress
from lms.learning.roles import ensure_role_groups
from lms.projects.models import Submission
from tests.factories import (
    AssignmentPageFactory,
    CohortFactory,
    EnrolmentFactory,
    LessonPageFactory,
    ModulePageFactory,
    ProgrammePageFactory,
    QuizPageFactory,
    SessionPageFactory,
    UserFactory,
    handed_in_version,
)

pytestmark = pytest.mark.django_db

RIGHT = {"q-single": ["a-hell"], "q-multi": ["a-prim", "a-tert"]}
WRONG = {"q-single": ["a-dunkel"], "q-multi": []}
DAY = datetime.timedelta(days=1)


def _aware(year, month, day, hour=9):
    return timezone.make_aware(datetime.datetime(year, month, day, hour))


def progress_of(enrolment):
    enrolment = Enrolment.objects.select_related("cohort__programme").get(
        pk=enrolment.pk
    )
    return programme_progress([enrolment])[enrolment.pk]


@pytest.fixture
def course():
    """Module 1 planned with 28 UE whose activities add up to 33 (4 online,
    1 quiz, two seminar days of 14), like the demo's module 1."""
    programme = ProgrammePageFactory()
    module = ModulePageFactory(
        parent=programme, number=1, title="Kriminologie", teaching_units=28
    )
    past = SessionPageFactory(
        parent=module,
        teaching_units=14,
        starts_at=_aware(2026, 3, 6, 13),
        ends_at=_aware(2026, 3, 7, 17),
    )
    future = SessionPageFactory(
        parent=module,
        teaching_units=14,
        starts_at=timezone.now() + 270 * DAY,
        ends_at=timezone.now() + 271 * DAY,
    )
    cohort = CohortFactory(
        programme=programme,
        start_date=datetime.date(2026, 1, 15),
        end_date=(timezone.now() + 300 * DAY).date(),
    )
    cohort.sessions.set([past, future])
    return {
        "programme": programme,
        "module": module,
        "lessons": [
            LessonPageFactory(parent=module, teaching_units=Decimal("1.5")),
            LessonPageFactory(parent=module, teaching_units=Decimal("2.5")),
        ],
        "quiz": QuizPageFactory(parent=module, teaching_units=1),
        "past": past,
        "future": future,
        "cohort": cohort,
    }


def _do_everything_so_far(enrolment, course):
    for lesson in course["lessons"]:
        services.record_lesson_completion(enrolment=enrolment, lesson=lesson)
    services.submit_quiz_attempt(
        enrolment=enrolment, quiz=course["quiz"], answers=RIGHT
    )
    services.record_attendance(
        enrolment=enrolment, session=course["past"], status="present", recorded_by=None
    )


# Defect 1: a quota over zero seminar units passed as "0 von 0 UE (100 %)".


def test_a_quota_over_no_seminar_units_is_not_met(client):
    programme = ProgrammePageFactory()
    module = ModulePageFactory(parent=programme, number=1)
    lesson = LessonPageFactory(parent=module, teaching_units=2)
    cohort = CohortFactory(
        programme=programme,
        start_date=datetime.date(2025, 1, 1),
        end_date=datetime.date(2025, 6, 30),
    )
    enrolment = EnrolmentFactory(cohort=cohort, scope=Enrolment.Scope.MODULES)
    enrolment.modules.set([module])
    services.record_lesson_completion(enrolment=enrolment, lesson=lesson)

    progress = progress_of(enrolment)
    attendance = progress.attendance
    assert attendance.percent is None and not attendance.met
    assert not progress.complete
    (candidate,) = candidates_for([enrolment])
    assert not candidate.eligible
    assert any("keine Seminartermine" in reason for reason in candidate.reasons)
    with pytest.raises(certificate_services.NotEligible):
        certificate_services.issue(enrolment, module=module)

    client.force_login(enrolment.user)
    html = client.get("/lernen/").content.decode()
    assert "0 von 0 UE (100 %)" not in html
    assert "keine Seminartermine" in html


# Defect 2: attendance for a seminar day that has not begun counted at once.


def test_attendance_recorded_ahead_counts_nowhere(client, course):
    enrolment = EnrolmentFactory(cohort=course["cohort"])
    services.record_attendance(
        enrolment=enrolment,
        session=course["future"],
        status="present",
        recorded_by=None,
    )
    progress = progress_of(enrolment)
    _module, future = progress.activity(course["future"].pk)
    assert not future.done and future.attendance == "present"
    assert progress.units_credited == 0
    assert progress.attendance.units_present == 0
    assert progress.attendance.percent_so_far == 0
    assert progress.attendance.percent == 0

    client.force_login(enrolment.user)
    html = client.get("/lernen/").content.decode()
    assert "0 von 28 Unterrichtseinheiten angerechnet" in html


def test_trainer_preparing_a_future_day_is_told_it_does_not_count_yet(client, course):
    ensure_role_groups()
    trainer = UserFactory(groups=["Trainer/innen"])
    course["cohort"].trainers.add(trainer)
    enrolment = EnrolmentFactory(cohort=course["cohort"])
    client.force_login(trainer)
    url = reverse(
        "lms_attendance:session", args=[course["cohort"].pk, course["future"].pk]
    )
    assert "noch nicht begonnen" in client.get(url).content.decode()
    response = client.post(url, {f"status-{enrolment.pk}": "present"}, follow=True)
    html = response.content.decode()
    assert "noch nicht begonnen" in html
    assert AttendanceRecord.objects.filter(enrolment=enrolment).exists()


def test_no_teilnahmebescheinigung_while_the_modules_seminars_are_ahead(course):
    enrolment = EnrolmentFactory(cohort=course["cohort"], scope=Enrolment.Scope.MODULES)
    enrolment.modules.set([course["module"]])
    _do_everything_so_far(enrolment, course)
    (candidate,) = candidates_for([enrolment])
    assert any("noch nicht vorüber" in reason for reason in candidate.reasons)
    with pytest.raises(certificate_services.NotEligible, match="nicht vorüber"):
        certificate_services.issue(enrolment, module=course["module"])


def test_issue_date_before_the_period_end_needs_a_logged_reason(course):
    enrolment = EnrolmentFactory(cohort=course["cohort"])
    _do_everything_so_far(enrolment, course)
    course["cohort"].sessions.remove(course["future"])
    (candidate,) = candidates_for([enrolment])
    assert candidate.eligible and candidate.early and not candidate.can_issue
    with pytest.raises(certificate_services.NotEligible, match="endet erst am"):
        certificate_services.issue(enrolment, queue_render=False)

    certificate, created = certificate_services.issue(
        enrolment, queue_render=False, early_reason="Stellenantritt am 1. Januar."
    )
    assert created
    event = CertificateEvent.objects.get(certificate=certificate)
    assert "vor Ende des Zeitraums" in event.detail
    assert "Stellenantritt" in event.detail


# Defect 3: the figures of the module, dashboard and certificate disagreed.


def test_credited_units_never_exceed_the_planned_units(client, course):
    course["cohort"].sessions.remove(course["future"])
    enrolment = EnrolmentFactory(cohort=course["cohort"])
    _do_everything_so_far(enrolment, course)
    extra = SessionPageFactory(
        parent=course["module"],
        teaching_units=14,
        starts_at=_aware(2026, 4, 10, 13),
        ends_at=_aware(2026, 4, 11, 17),
    )
    course["cohort"].sessions.add(extra)
    services.record_attendance(
        enrolment=enrolment, session=extra, status="present", recorded_by=None
    )
    module = progress_of(enrolment).module(course["module"].pk)
    assert module.units_planned == 28
    assert module.units_credited == 28  # 5 online + 28 attended, capped

    client.force_login(enrolment.user)
    assert "28 von 28 UE" in client.get("/lernen/").content.decode()
    html = client.get(course["module"].url).content.decode()
    assert "28 Unterrichtseinheiten geplant" in html
    # The summed activities (33 UE) appear nowhere as the module's figure.
    assert not re.search(r"\b33\s*(Unterrichtseinheiten|UE)", html)

    (candidate,) = candidates_for([enrolment])
    snapshot = build_snapshot(candidate, timezone.localdate())
    assert snapshot["units_total"] == "28"
    assert snapshot["modules"][0]["units_credited"] == "28"


# Defect 5: a module-only participant was only told the Zertifikat needs all.


def test_a_module_participant_sees_the_teilnahmebescheinigung_path(client, course):
    enrolment = EnrolmentFactory(cohort=course["cohort"], scope=Enrolment.Scope.MODULES)
    enrolment.modules.set([course["module"]])
    client.force_login(enrolment.user)
    html = client.get("/lernen/").content.decode()
    assert "Auf dem Weg zur Teilnahmebescheinigung" in html
    assert "Auf dem Weg zum Zertifikat" not in html
    assert "Modul 1 „Kriminologie“: noch 3 Pflichtaktivitäten offen." in html


# Defect 7: "Anwesenheit für 1 Personen gespeichert."


def test_saving_one_persons_attendance_says_person(client, course):
    ensure_role_groups()
    trainer = UserFactory(groups=["Trainer/innen"])
    course["cohort"].trainers.add(trainer)
    enrolment = EnrolmentFactory(cohort=course["cohort"])
    client.force_login(trainer)
    url = reverse(
        "lms_attendance:session", args=[course["cohort"].pk, course["past"].pk]
    )
    html = client.post(
        url, {f"status-{enrolment.pk}": "present"}, follow=True
    ).content.decode()
    assert "Anwesenheit für 1 Person gespeichert." in html


# Property-based: random learner histories keep the invariants.

STATUSES = [None, "present", "excused", "absent"]
ENROLMENT_STATUSES = [s.value for s in Enrolment.Status]


@pytest.fixture
def world():
    """Two modules with lessons, a quiz, a project and seminar days in the
    past and future; built once per test, histories vary per example."""
    now = timezone.now()
    programme = ProgrammePageFactory(attendance_quota=75)
    first = ModulePageFactory(parent=programme, number=1, teaching_units=10)
    second = ModulePageFactory(parent=programme, number=2, teaching_units=0)
    sessions = [
        SessionPageFactory(
            parent=first,
            teaching_units=8,
            starts_at=now - 40 * DAY,
            ends_at=now - 39 * DAY,
        ),
        SessionPageFactory(
            parent=first,
            teaching_units=6,
            starts_at=now - 10 * DAY,
            ends_at=now - 9 * DAY,
        ),
        SessionPageFactory(parent=second, teaching_units=8, starts_at=now + 20 * DAY),
        SessionPageFactory(
            parent=second,
            teaching_units=4,
            required=False,
            starts_at=now - 5 * DAY,
            ends_at=now - 4 * DAY,
        ),
    ]
    cohort = CohortFactory(
        programme=programme,
        start_date=(now - 60 * DAY).date(),
        end_date=(now - DAY).date(),
    )
    cohort.sessions.set(sessions)
    return {
        "cohort": cohort,
        "modules": [first, second],
        "lessons": [
            LessonPageFactory(parent=first, teaching_units=Decimal("1.5")),
            LessonPageFactory(parent=first, teaching_units=3, required=False),
            LessonPageFactory(parent=second, teaching_units=2),
        ],
        "quiz": QuizPageFactory(parent=first, teaching_units=1, max_attempts=1),
        "project": AssignmentPageFactory(parent=second, teaching_units=4),
        "sessions": sessions,
    }


history = st.fixed_dictionaries(
    {
        "lessons": st.lists(st.booleans(), min_size=3, max_size=3),
        "attempts": st.lists(st.booleans(), max_size=3),
        "grants": st.integers(0, 2),
        "attendance": st.lists(st.sampled_from(STATUSES), min_size=4, max_size=4),
        "project": st.sampled_from([None, "passed", "failed", "revision"]),
        "modules": st.sampled_from([None, (0,), (1,), (0, 1)]),
        "status": st.sampled_from(ENROLMENT_STATUSES),
    }
)


def _build(world, data):
    enrolment = EnrolmentFactory(cohort=world["cohort"], status=data["status"])
    if data["modules"] is not None:
        enrolment.scope = Enrolment.Scope.MODULES
        enrolment.save()
        enrolment.modules.set([world["modules"][i] for i in data["modules"]])
    for lesson, done in zip(world["lessons"], data["lessons"], strict=True):
        if done:
            services.record_lesson_completion(enrolment=enrolment, lesson=lesson)
    for _ in range(data["grants"]):
        QuizAttemptGrant.objects.create(
            enrolment=enrolment, page=world["quiz"], reason="Test"
        )
    for right in data["attempts"]:
        try:
            services.submit_quiz_attempt(
                enrolment=enrolment,
                quiz=world["quiz"],
                answers=RIGHT if right else WRONG,
            )
        except Exception:  # noqa: BLE001 - NoAttemptsLeft: the limit holds
            break
    for session, status in zip(world["sessions"], data["attendance"], strict=True):
        if status:
            services.record_attendance(
                enrolment=enrolment, session=session, status=status, recorded_by=None
            )
    if data["project"]:
        handed_in_version(enrolment, world["project"])
        status = {
            "passed": Submission.Status.PASSED,
            "failed": Submission.Status.FAILED,
            "revision": Submission.Status.REVISION,
        }[data["project"]]
        Submission.objects.filter(enrolment=enrolment).update(status=status)
    return Enrolment.objects.select_related(
        "cohort__programme", "user__participant_profile"
    ).get(pk=enrolment.pk)


# The same 25 histories on every run: CI repeats what a developer saw, and a
# failing history is found again; widen max_examples locally to explore.
HYPOTHESIS = settings(
    max_examples=25,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@HYPOTHESIS
@given(data=history)
def test_random_histories_keep_the_figures_consistent(world, data):
    enrolment = _build(world, data)
    progress = programme_progress([enrolment])[enrolment.pk]
    now = timezone.now()

    # Percentages within 0–100.
    for value in [progress.percent, *(m.percent for m in progress.modules)]:
        assert 0 <= value <= 100
    for attendance in [progress.attendance, *(m.attendance for m in progress.modules)]:
        for value in (attendance.percent, attendance.percent_so_far):
            assert value is None or 0 <= value <= 100
        assert attendance.units_present <= attendance.units_held
        assert attendance.units_held <= attendance.units_total

    # Credited UE never above planned; no credit for the future.
    for module in progress.modules:
        assert 0 <= module.units_credited <= module.units_planned
        for activity in module.activities:
            if activity.kind == "session" and activity.page.starts_at > now:
                assert not activity.done and activity.units_credited == 0
    assert progress.units_credited <= progress.units_planned

    # The matrix row says what progress says.
    row = matrix_csv_row(progress, world["modules"])
    assert format_units(progress.units_credited) in row
    assert ("ja" if progress.attendance.met else "nein") == row[-1]

    # Eligibility: the dashboard's reasons, never eligible below the quota.
    for candidate in candidates_for([enrolment]):
        scope = candidate.module_progress or progress
        if candidate.module_progress is None:
            expected = progress.certificate_missing
        else:
            expected = candidate.module_progress.attendance_certificate_missing
        assert all(line in candidate.reasons for line in expected)
        if candidate.eligible:
            assert scope.attendance.met
            assert scope.attendance.pending_until is None
            assert enrolment.status != Enrolment.Status.CANCELLED
            snapshot = build_snapshot(candidate, timezone.localdate())
            assert snapshot["units_total"] == format_units(scope.units_credited)
            for entry in snapshot["modules"]:
                module = progress.module(
                    next(
                        m.page.pk
                        for m in progress.modules
                        if m.page.number == entry["number"]
                    )
                )
                assert entry["units_credited"] == format_units(module.units_credited)
                assert entry["units_attended"] == format_units(
                    module.attendance.units_present
                )
