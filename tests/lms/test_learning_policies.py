"""The rule for attempts at a knowledge check, and everyone who asks it."""

from types import SimpleNamespace

import pytest

from lms.learning import services
from lms.learning.exceptions import NoAttemptsLeft
from lms.learning.models import Enrolment
from lms.learning.policies import attempts_allowed, attempts_left
from lms.learning.progress import programme_progress
from tests.factories import (
    CohortFactory,
    EnrolmentFactory,
    ModulePageFactory,
    ProgrammePageFactory,
    QuizPageFactory,
)

WRONG = {"q-single": ["a-dunkel"], "q-multi": []}


def quiz(max_attempts):
    return SimpleNamespace(max_attempts=max_attempts)


def test_a_quiz_without_a_limit_allows_any_number_of_attempts():
    assert attempts_allowed(quiz(0), granted=3) is None
    assert attempts_left(quiz(0), used=10, granted=3) is None


def test_attempts_left_are_the_limit_minus_those_used():
    assert attempts_left(quiz(3), used=0) == 3
    assert attempts_left(quiz(3), used=2) == 1
    assert attempts_left(quiz(3), used=3) == 0


def test_granted_attempts_add_to_the_limit():
    assert attempts_allowed(quiz(2), granted=1) == 3
    assert attempts_left(quiz(2), used=2, granted=1) == 1
    assert attempts_left(quiz(2), used=3, granted=1) == 0


def test_attempts_left_never_fall_below_zero():
    # The limit may be lowered after attempts were made.
    assert attempts_left(quiz(1), used=3) == 0


@pytest.fixture
def enrolled_quiz(db):
    programme = ProgrammePageFactory()
    module = ModulePageFactory(parent=programme, number=1)
    page = QuizPageFactory(parent=module, max_attempts=2, title="Check")
    enrolment = EnrolmentFactory(cohort=CohortFactory(programme=programme))
    return enrolment, page


def progress_activity(enrolment, page):
    enrolment = Enrolment.objects.select_related("cohort__programme").get(
        pk=enrolment.pk
    )
    return programme_progress([enrolment])[enrolment.pk].activity(page.pk)[1]


def test_the_refusal_counts_the_granted_attempts(enrolled_quiz):
    enrolment, page = enrolled_quiz
    for _ in range(2):
        services.submit_quiz_attempt(enrolment=enrolment, quiz=page, answers=WRONG)
    services.grant_quiz_attempt(
        enrolment=enrolment, quiz=page, granted_by=None, reason="Krankheit"
    )
    services.submit_quiz_attempt(enrolment=enrolment, quiz=page, answers=WRONG)
    with pytest.raises(NoAttemptsLeft, match="alle 3 Versuche"):
        services.submit_quiz_attempt(enrolment=enrolment, quiz=page, answers=WRONG)


def test_progress_and_the_service_agree_on_the_last_attempt(enrolled_quiz):
    enrolment, page = enrolled_quiz
    services.submit_quiz_attempt(enrolment=enrolment, quiz=page, answers=WRONG)
    assert progress_activity(enrolment, page).attempts_left == 1
    services.submit_quiz_attempt(enrolment=enrolment, quiz=page, answers=WRONG)
    activity = progress_activity(enrolment, page)
    assert activity.attempts_left == 0 and activity.exhausted
    with pytest.raises(NoAttemptsLeft):
        services.submit_quiz_attempt(enrolment=enrolment, quiz=page, answers=WRONG)
    services.grant_quiz_attempt(
        enrolment=enrolment, quiz=page, granted_by=None, reason="Krankheit"
    )
    activity = progress_activity(enrolment, page)
    assert activity.attempts_left == 1 and not activity.exhausted
    services.submit_quiz_attempt(enrolment=enrolment, quiz=page, answers=WRONG)
    assert progress_activity(enrolment, page).exhausted
