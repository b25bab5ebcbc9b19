"""The rule for attempts at a knowledge check, and everyone who asks it; what
the review of an attempt shows, and when."""

from types import SimpleNamespace

import pytest

from lms.learning import services
from lms.learning.exceptions import NoAttemptsLeft
from lms.learning.models import Enrolment
from lms.learning.policies import (
    ReviewShows,
    attempts_allowed,
    attempts_left,
    review_open,
    review_shows,
)
from lms.learning.progress import programme_progress
from modules.models import QuizPage, ReviewTiming
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


def review_quiz(**options):
    """A stand-in for a QuizPage with its review options' defaults."""
    fields = ("review_correctness", "review_explanation", "review_solution")
    defaults = {name: QuizPage._meta.get_field(name).default for name in fields}
    return SimpleNamespace(**(defaults | options))


def test_by_default_the_review_shows_the_correct_options_only_once_passed_or_out():
    page = review_quiz()
    assert review_shows(page, passed=False, attempts_left=1) == ReviewShows(
        correctness=True, explanation=True, solution=False
    )
    assert review_shows(page, passed=False, attempts_left=None).solution is False
    assert review_shows(page, passed=True, attempts_left=1).solution is True
    assert review_shows(page, passed=False, attempts_left=0).solution is True


@pytest.mark.parametrize(
    ("timing", "failing", "passed", "out_of_attempts"),
    [
        (ReviewTiming.IMMEDIATELY, True, True, True),
        (ReviewTiming.PASSED_OR_NO_ATTEMPTS_LEFT, False, True, True),
        (ReviewTiming.PASSED, False, True, False),
        (ReviewTiming.NO_ATTEMPTS_LEFT, False, False, True),
        (ReviewTiming.NEVER, False, False, False),
    ],
)
def test_each_review_timing_opens_at_its_moment(
    timing, failing, passed, out_of_attempts
):
    assert review_open(timing, passed=False, attempts_left=1) is failing
    assert review_open(timing, passed=False, attempts_left=None) is failing
    assert review_open(timing, passed=True, attempts_left=1) is passed
    assert review_open(timing, passed=False, attempts_left=0) is out_of_attempts


def test_each_kind_of_review_information_follows_its_own_option():
    page = review_quiz(
        review_correctness=ReviewTiming.NEVER,
        review_explanation=ReviewTiming.PASSED,
        review_solution=ReviewTiming.IMMEDIATELY,
    )
    assert review_shows(page, passed=False, attempts_left=1) == ReviewShows(
        correctness=False, explanation=False, solution=True
    )
    assert review_shows(page, passed=True, attempts_left=1) == ReviewShows(
        correctness=False, explanation=True, solution=True
    )
