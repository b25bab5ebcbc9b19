"""The participant's progress comes from the cache, and never stale: each
write that changes a figure shows on the page right after it."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from lms.learning import services
from lms.learning.models import AttendanceRecord, Enrolment
from lms.learning.progress import cache as progress_cache
from lms.learning.progress import compute
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
WRONG = {"q-single": ["a-dunkel"], "q-multi": ["a-quart"]}


@pytest.fixture
def course():
    programme = ProgrammePageFactory()
    module = ModulePageFactory(parent=programme, number=1, title="Kriminologie")
    return {
        "programme": programme,
        "module": module,
        "lesson": LessonPageFactory(parent=module, title="Theorien"),
        "quiz": QuizPageFactory(parent=module, title="Check Theorien"),
        "cohort": CohortFactory(programme=programme),
    }


@pytest.fixture
def learner(client, course):
    enrolment = EnrolmentFactory(cohort=course["cohort"])
    client.force_login(enrolment.user)
    return enrolment


@pytest.fixture
def computations(monkeypatch):
    """How often progress was computed, not read from the cache."""
    calls = []
    real = progress_cache.programme_progress

    def counting(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(progress_cache, "programme_progress", counting)
    return calls


def dashboard(client):
    response = client.get(reverse("dashboard"))
    assert response.status_code == 200
    return response.content.decode()


def test_pages_of_a_participant_compute_progress_once(
    client, course, learner, computations
):
    dashboard(client)
    assert client.get(course["lesson"].url).status_code == 200
    assert client.get(course["quiz"].url).status_code == 200
    assert client.get(course["module"].url).status_code == 200
    dashboard(client)
    assert len(computations) == 1


def test_lesson_page_needs_no_progress_query_once_cached(
    client, course, learner, django_assert_max_num_queries
):
    client.get(course["lesson"].url)
    # Routing, session, user, alias and view restrictions, the navigation
    # and the footer: nothing of the learner record.
    with django_assert_max_num_queries(14):
        assert client.get(course["lesson"].url).status_code == 200


def test_marking_a_lesson_done_and_undoing_it_shows_at_once(client, course, learner):
    assert "0 von 2 Pflichtaktivitäten erledigt" in dashboard(client)
    url = reverse("complete_lesson", args=[course["lesson"].pk])
    client.post(url)
    assert "1 von 2 Pflichtaktivitäten erledigt" in dashboard(client)
    lesson = client.get(course["lesson"].url).content.decode()
    assert "Markierung zurücknehmen" in lesson
    client.post(url, {"undo": "1"})
    assert "0 von 2 Pflichtaktivitäten erledigt" in dashboard(client)
    lesson = client.get(course["lesson"].url).content.decode()
    assert "Als erledigt markieren" in lesson


def test_a_quiz_attempt_shows_at_once(client, course, learner):
    assert "noch nicht bearbeitet" in dashboard(client)
    services.submit_quiz_attempt(enrolment=learner, quiz=course["quiz"], answers=RIGHT)
    html = dashboard(client)
    assert "bestes Ergebnis 100 % nach 1 Versuch" in html
    assert "1 von 2 Pflichtaktivitäten erledigt" in html


def test_a_granted_attempt_reopens_the_quiz_at_once(client, course, learner):
    quiz = course["quiz"]
    for _ in range(quiz.max_attempts):
        services.submit_quiz_attempt(enrolment=learner, quiz=quiz, answers=WRONG)
    services.record_lesson_completion(enrolment=learner, lesson=course["lesson"])
    assert "Weiter lernen" not in dashboard(client)
    services.grant_quiz_attempt(
        enrolment=learner, quiz=quiz, granted_by=UserFactory(), reason="Krankheit"
    )
    assert "Als Nächstes: Check Theorien" in dashboard(client)


def test_recorded_attendance_shows_at_once(client, course, learner):
    day = SessionPageFactory(
        parent=course["module"],
        title="Seminartag",
        starts_at=timezone.now() - datetime.timedelta(days=2),
    )
    course["cohort"].sessions.add(day)
    assert "(Seminartermin)" in dashboard(client)
    services.record_attendance(
        enrolment=learner,
        session=day,
        status=AttendanceRecord.Status.EXCUSED,
        recorded_by=UserFactory(),
    )
    assert "(entschuldigt)" in dashboard(client)
    services.record_attendance(
        enrolment=learner,
        session=day,
        status=AttendanceRecord.Status.PRESENT,
        recorded_by=UserFactory(),
    )
    assert "(erledigt)" in dashboard(client).split("Seminartag")[1][:200]


def test_a_cohorts_new_seminar_day_shows_at_once(client, course, learner):
    day = SessionPageFactory(parent=course["module"], title="Seminar in Dresden")
    assert "Seminar in Dresden" not in dashboard(client)
    course["cohort"].sessions.add(day)
    assert "Seminar in Dresden" in dashboard(client)
    course["cohort"].sessions.remove(day)
    assert "Seminar in Dresden" not in dashboard(client)


def test_a_project_hand_in_and_its_review_show_at_once(client, course, learner):
    page = AssignmentPageFactory(parent=course["module"], title="Praxisprojekt")
    assert "(noch nicht begonnen)" in dashboard(client)
    version = handed_in_version(learner, page)
    assert "(eingereicht)" in dashboard(client)
    submission = version.submission
    submission.status = Submission.Status.PASSED
    submission.save()
    assert "1 von 3 Pflichtaktivitäten erledigt" in dashboard(client)


def test_enrolment_status_shows_at_once(client, course, learner):
    assert client.get(course["lesson"].url).status_code == 200
    learner.status = Enrolment.Status.PAUSED
    learner.save()
    assert "Ihre Einschreibung ist pausiert" in dashboard(client)
    assert client.get(course["lesson"].url).status_code == 403
    learner.status = Enrolment.Status.CANCELLED
    learner.save()
    assert "Sie sind noch in keinem Durchgang eingeschrieben" in dashboard(client)


def test_booked_modules_show_at_once(client, course, learner):
    other = ModulePageFactory(parent=course["programme"], number=2, title="Recht")
    LessonPageFactory(parent=other)
    learner.scope = Enrolment.Scope.MODULES
    learner.save()
    learner.modules.add(course["module"])
    assert "Modul 2: Recht" not in dashboard(client)
    learner.modules.add(other)
    assert "Modul 2: Recht" in dashboard(client)
    learner.modules.remove(other)
    assert "Modul 2: Recht" not in dashboard(client)


def test_published_unpublished_moved_and_deleted_pages_show_at_once(
    client, course, learner
):
    assert "0 von 2 Pflichtaktivitäten erledigt" in dashboard(client)
    extra = LessonPageFactory(parent=course["module"], title="Neu")
    assert "0 von 3 Pflichtaktivitäten erledigt" in dashboard(client)
    extra.unpublish()
    assert "0 von 2 Pflichtaktivitäten erledigt" in dashboard(client)
    extra.save_revision().publish()
    assert "0 von 3 Pflichtaktivitäten erledigt" in dashboard(client)
    elsewhere = ModulePageFactory(parent=ProgrammePageFactory())
    extra.move(elsewhere, pos="last-child")
    assert "0 von 2 Pflichtaktivitäten erledigt" in dashboard(client)
    course["quiz"].delete()
    assert "0 von 1 Pflichtaktivitäten erledigt" in dashboard(client)


def test_a_seminar_day_that_begins_ends_the_cached_figures(course, learner):
    starts = timezone.now() + datetime.timedelta(hours=1)
    day = SessionPageFactory(parent=course["module"], starts_at=starts)
    course["cohort"].sessions.add(day)
    (progress,) = progress_cache.user_progress(learner.user)
    assert progress.upcoming_sessions == [day]
    assert progress_cache._valid_until([progress], timezone.now()) == starts


def test_a_write_during_a_computation_is_not_hidden(course, learner, monkeypatch):
    """A result computed while a write happened is stored under the stamps
    read before it; the next read computes again."""
    real = compute.programme_progress

    def racing(enrolments, **kwargs):
        result = real(enrolments, **kwargs)
        services.record_lesson_completion(enrolment=learner, lesson=course["lesson"])
        return result

    monkeypatch.setattr(progress_cache, "programme_progress", racing)
    (stale,) = progress_cache.user_progress(learner.user)
    monkeypatch.setattr(progress_cache, "programme_progress", real)
    (fresh,) = progress_cache.user_progress(learner.user)
    assert (stale.required_done, fresh.required_done) == (0, 1)


def test_another_participants_write_keeps_ones_own_cache(
    client, course, learner, computations
):
    dashboard(client)
    other = EnrolmentFactory(cohort=course["cohort"])
    dashboard(client)
    computed = len(computations)
    services.record_lesson_completion(enrolment=other, lesson=course["lesson"])
    dashboard(client)
    assert len(computations) == computed
