import pytest
from django.db import IntegrityError, transaction

from lms.learning import services
from lms.learning.exceptions import NoAttemptsLeft
from lms.learning.models import AttendanceRecord, LessonCompletion, QuizAttempt
from tests.factories import (
    CohortFactory,
    EnrolmentFactory,
    LessonPageFactory,
    QuizPageFactory,
    SessionPageFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def test_enrol_twice_returns_the_same_enrolment():
    user, cohort = UserFactory(), CohortFactory()
    first = services.enrol(user=user, cohort=cohort)
    assert services.enrol(user=user, cohort=cohort) == first
    assert user.enrolments.count() == 1
    assert user.participant_profile


def test_marking_a_lesson_twice_creates_one_record():
    enrolment = EnrolmentFactory()
    lesson = LessonPageFactory()
    first = services.record_lesson_completion(enrolment=enrolment, lesson=lesson)
    second = services.record_lesson_completion(enrolment=enrolment, lesson=lesson)
    assert first.pk == second.pk
    assert LessonCompletion.objects.count() == 1


def test_database_refuses_a_second_completion_record():
    enrolment = EnrolmentFactory()
    lesson = LessonPageFactory()
    LessonCompletion.objects.create(enrolment=enrolment, page=lesson)
    with pytest.raises(IntegrityError), transaction.atomic():
        LessonCompletion.objects.create(enrolment=enrolment, page=lesson)


def test_undo_takes_the_mark_back_and_is_idempotent():
    enrolment = EnrolmentFactory()
    lesson = LessonPageFactory()
    services.record_lesson_completion(enrolment=enrolment, lesson=lesson)
    services.undo_lesson_completion(enrolment=enrolment, lesson=lesson)
    services.undo_lesson_completion(enrolment=enrolment, lesson=lesson)
    assert not LessonCompletion.objects.exists()


def test_every_quiz_attempt_is_kept_until_the_limit():
    enrolment = EnrolmentFactory()
    quiz = QuizPageFactory(max_attempts=2)
    answers = {"q-single": ["a-hell"], "q-multi": ["a-prim"]}
    first = services.submit_quiz_attempt(
        enrolment=enrolment, quiz=quiz, answers=answers
    )
    second = services.submit_quiz_attempt(
        enrolment=enrolment,
        quiz=quiz,
        answers={"q-single": ["a-hell"], "q-multi": ["a-prim", "a-tert"]},
    )
    assert (first.score, first.passed) == (50, True)
    assert (second.score, first.results) == (100, {"q-single": True, "q-multi": False})
    with pytest.raises(NoAttemptsLeft, match="alle 2 Versuche"):
        services.submit_quiz_attempt(enrolment=enrolment, quiz=quiz, answers=answers)
    assert QuizAttempt.objects.count() == 2


def test_unlimited_attempts():
    enrolment = EnrolmentFactory()
    quiz = QuizPageFactory(max_attempts=0)
    for _ in range(5):
        services.submit_quiz_attempt(enrolment=enrolment, quiz=quiz, answers={})
    assert QuizAttempt.objects.count() == 5


def test_answers_for_unknown_questions_score_nothing():
    enrolment = EnrolmentFactory()
    quiz = QuizPageFactory()
    attempt = services.submit_quiz_attempt(
        enrolment=enrolment, quiz=quiz, answers={"erfunden": ["a-hell"]}
    )
    assert attempt.score == 0 and not attempt.passed


def test_recording_attendance_again_updates_the_one_record():
    enrolment = EnrolmentFactory()
    session = SessionPageFactory()
    trainer = UserFactory()
    services.record_attendance(
        enrolment=enrolment, session=session, status="absent", recorded_by=trainer
    )
    services.record_attendance(
        enrolment=enrolment, session=session, status="excused", recorded_by=trainer
    )
    record = AttendanceRecord.objects.get()
    assert record.status == "excused"
