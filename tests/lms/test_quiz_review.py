"""The result page of an attempt at a knowledge check: what it reveals and
when (the review options), how many attempts remain, and the way on."""

import pytest
from django.urls import reverse

from lms.learning import services
from lms.learning.models import QuizAttempt
from modules.models import ReviewTiming
from tests.factories import (
    CohortFactory,
    EnrolmentFactory,
    LessonPageFactory,
    ModulePageFactory,
    ProgrammePageFactory,
    QuizPageFactory,
)

pytestmark = pytest.mark.django_db

WRONG = {"frage-q-single": "a-dunkel", "frage-q-multi": "a-quart"}
RIGHT = {"frage-q-single": "a-hell", "frage-q-multi": ["a-prim", "a-tert"]}
SOLUTION = "– richtig"
EXPLANATION = "Die PKS zählt, was der Polizei bekannt wird."


@pytest.fixture
def course():
    programme = ProgrammePageFactory()
    module = ModulePageFactory(parent=programme, number=1, title="Kriminologie")
    quiz = QuizPageFactory(parent=module, title="Check Theorien", max_attempts=2)
    lesson = LessonPageFactory(parent=module, title="Kriminalprävention")
    cohort = CohortFactory(programme=programme)
    return {"quiz": quiz, "lesson": lesson, "cohort": cohort}


@pytest.fixture
def learner(client, course):
    enrolment = EnrolmentFactory(cohort=course["cohort"])
    client.force_login(enrolment.user)
    return enrolment


def attempt(client, quiz, answers):
    """Submit `answers`; the HTML of the result page."""
    response = client.post(reverse("submit_quiz", args=[quiz.pk]), answers)
    return client.get(response["Location"]).content.decode()


def result(client, attempt):
    return client.get(reverse("quiz_attempt", args=[attempt.pk])).content.decode()


def test_a_failed_attempt_does_not_hand_over_the_correct_options(
    client, course, learner
):
    html = attempt(client, course["quiz"], WRONG)
    assert "0 % – noch nicht bestanden" in html
    assert SOLUTION not in html
    assert "Nicht richtig beantwortet." in html
    assert EXPLANATION in html
    assert "Die richtigen Antworten sehen Sie, sobald Sie bestanden haben" in html
    assert "Sie haben noch 1 Versuch." in html


def test_passing_shows_the_correct_options(client, course, learner):
    html = attempt(client, course["quiz"], RIGHT)
    assert "100 % – bestanden." in html
    assert html.count(SOLUTION) == 3
    assert "Die richtigen Antworten sehen Sie" not in html


def test_running_out_of_attempts_shows_the_correct_options_in_every_attempt(
    client, course, learner
):
    attempt(client, course["quiz"], WRONG)
    html = attempt(client, course["quiz"], WRONG)
    assert html.count(SOLUTION) == 3
    assert "Sie haben alle Versuche genutzt, ohne zu bestehen." in html
    first = QuizAttempt.objects.order_by("pk").first()
    assert result(client, first).count(SOLUTION) == 3


def test_a_granted_attempt_counts_and_hides_the_correct_options_again(
    client, course, learner
):
    attempt(client, course["quiz"], WRONG)
    attempt(client, course["quiz"], WRONG)
    services.grant_quiz_attempt(
        enrolment=learner, quiz=course["quiz"], granted_by=None, reason="Krankheit"
    )
    html = result(client, QuizAttempt.objects.order_by("pk").last())
    assert "Sie haben noch 1 Versuch." in html
    assert SOLUTION not in html
    assert "Neuer Versuch" in html


def test_passing_on_the_last_attempt_reads_as_passed_not_as_failure(
    client, course, learner
):
    attempt(client, course["quiz"], WRONG)
    html = attempt(client, course["quiz"], RIGHT)
    assert "Sie haben den Wissens-Check bestanden." in html
    assert "Weitere Versuche sind nicht nötig." in html
    assert "alle Versuche genutzt" not in html
    assert "Noch 0 Versuche" not in html

    quiz_page = client.get(course["quiz"].url).content.decode()
    assert "Bestanden." in quiz_page
    assert "Weitere Versuche sind nicht nötig." in quiz_page
    assert "alle Versuche genutzt" not in quiz_page
    assert "Noch 0 Versuche" not in quiz_page


def test_the_result_leads_on_to_the_next_activity_and_earlier_attempts(
    client, course, learner
):
    attempt(client, course["quiz"], WRONG)
    html = attempt(client, course["quiz"], RIGHT)
    assert f'href="{course["lesson"].url}"' in html
    assert "Weiter lernen" in html
    assert "Ihre Versuche" in html
    first = QuizAttempt.objects.order_by("pk").first()
    assert f'href="{reverse("quiz_attempt", args=[first.pk])}"' in html
    assert 'aria-current="page"' in html

    quiz_page = client.get(course["quiz"].url).content.decode()
    last = QuizAttempt.objects.order_by("pk").last()
    assert f'href="{reverse("quiz_attempt", args=[last.pk])}"' in quiz_page


def test_a_failed_attempt_with_attempts_left_leads_to_a_new_attempt(
    client, course, learner
):
    html = attempt(client, course["quiz"], WRONG)
    assert "Neuer Versuch" in html
    assert "Weiter lernen" not in html  # the knowledge check is what comes next


@pytest.mark.parametrize(
    ("field", "shown"),
    [
        ("review_correctness", "Nicht richtig beantwortet."),
        ("review_explanation", EXPLANATION),
        ("review_solution", SOLUTION),
    ],
)
@pytest.mark.parametrize(
    ("timing", "after_failing", "after_passing", "when_out_of_attempts"),
    [
        (ReviewTiming.IMMEDIATELY, True, True, True),
        (ReviewTiming.PASSED_OR_NO_ATTEMPTS_LEFT, False, True, True),
        (ReviewTiming.PASSED, False, True, False),
        (ReviewTiming.NO_ATTEMPTS_LEFT, False, False, True),
        (ReviewTiming.NEVER, False, False, False),
    ],
)
def test_the_result_page_honours_each_review_option(
    client,
    course,
    learner,
    field,
    shown,
    timing,
    after_failing,
    after_passing,
    when_out_of_attempts,
):
    quiz = course["quiz"]
    setattr(quiz, field, timing)
    quiz.save_revision().publish()
    failed = attempt(client, quiz, WRONG)
    assert (shown in failed) is after_failing
    out = attempt(client, quiz, WRONG)
    assert (shown in out) is when_out_of_attempts

    QuizAttempt.objects.all().delete()
    half = {"frage-q-single": "a-hell", "frage-q-multi": "a-quart"}
    passed = attempt(client, quiz, half)  # 50 %: passed, one question wrong
    assert "bestanden." in passed
    assert (shown in passed) is after_passing
