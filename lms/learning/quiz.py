"""Presenting a scored attempt: what was chosen and, as far as the knowledge
check's review options allow now, what was right and why."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from modules.models import ReviewTiming

from .models import Enrolment, QuizAttempt
from .policies import ReviewShows, review_shows
from .progress import programme_progress

# Why the correct options are not shown (yet), by the quiz's review option.
SOLUTION_LATER = {
    ReviewTiming.PASSED_OR_NO_ATTEMPTS_LEFT: _(
        "Die richtigen Antworten sehen Sie, sobald Sie bestanden haben oder "
        "keine Versuche mehr bleiben."
    ),
    ReviewTiming.PASSED: _(
        "Die richtigen Antworten sehen Sie, sobald Sie bestanden haben."
    ),
    ReviewTiming.NO_ATTEMPTS_LEFT: _(
        "Die richtigen Antworten sehen Sie, wenn keine Versuche mehr bleiben."
    ),
    ReviewTiming.NEVER: _(
        "Die richtigen Antworten werden bei diesem Wissens-Check nicht gezeigt."
    ),
}


@dataclass
class AnswerFeedback:
    text: str
    chosen: bool
    # None when the review does not show the correct options (yet).
    correct: bool | None


@dataclass
class QuestionFeedback:
    text: str
    # None when the review does not show right or wrong (yet).
    right: bool | None
    answers: list
    # Empty when the review does not show the explanation (yet).
    explanation: str


@dataclass
class QuizReview:
    """The result page of one attempt: the attempt, the feedback the review
    options allow, where the participant stands with the knowledge check and
    where to go on."""

    attempt: QuizAttempt
    quiz: object
    shows: ReviewShows
    questions: list
    attempts: list
    # The standing with the knowledge check (not only this attempt), as
    # progress counts it; None when progress does not reach the quiz (it was
    # unpublished or its module is no longer booked).
    passed: bool | None
    attempts_left: int | None
    next_activity: object = None

    @property
    def known(self):
        return self.passed is not None

    @property
    def number(self):
        """The attempt's number, counting from 1."""
        return self.attempts.index(self.attempt) + 1

    @property
    def may_try_again(self):
        return self.known and self.attempts_left != 0

    @property
    def solution_later(self):
        """Why the correct options are not shown, or ""."""
        if self.shows.solution:
            return ""
        return SOLUTION_LATER.get(self.quiz.review_solution, "")


def quiz_draft_key(quiz):
    """Session key of the choices of an incomplete, unscored submission."""
    return f"quiz-draft-{quiz.pk}"


def quiz_feedback(quiz, attempt, shows):
    """One QuestionFeedback per question of `quiz`, as `attempt` answered it,
    showing only what `shows` (a ReviewShows) allows: what is hidden is left
    out, not merely not displayed."""
    feedback = []
    for question in quiz.questions:
        chosen = set(attempt.answers.get(question.id, []))
        feedback.append(
            QuestionFeedback(
                text=question.value["text"],
                right=(
                    attempt.results.get(question.id, False)
                    if shows.correctness
                    else None
                ),
                answers=[
                    AnswerFeedback(
                        text=answer.value["text"],
                        chosen=answer.id in chosen,
                        correct=answer.value["correct"] if shows.solution else None,
                    )
                    for answer in question.value["answers"].bound_blocks
                ],
                explanation=question.value["feedback"] if shows.explanation else "",
            )
        )
    return feedback


def quiz_review(quiz, attempt):
    """The QuizReview of `attempt` at `quiz`, judged by the participant's
    progress now: passing later or running out of attempts opens what the
    review options hold back until then."""
    enrolment = Enrolment.objects.select_related("cohort__programme").get(
        pk=attempt.enrolment_id
    )
    progress = programme_progress([enrolment])[enrolment.pk]
    _module, activity = progress.activity(quiz.pk)
    if activity is None:
        passed = attempts_left = None
        shows = review_shows(quiz, passed=False, attempts_left=None)
    else:
        passed, attempts_left = activity.done, activity.attempts_left
        shows = review_shows(quiz, passed=passed, attempts_left=attempts_left)
    next_activity = progress.next_activity
    if (
        enrolment.status != Enrolment.Status.ACTIVE
        or next_activity is None
        or next_activity.page.pk == quiz.pk
    ):
        next_activity = None
    return QuizReview(
        attempt=attempt,
        quiz=quiz,
        shows=shows,
        questions=quiz_feedback(quiz, attempt, shows),
        attempts=list(
            QuizAttempt.objects.filter(enrolment=enrolment, page=quiz).order_by(
                "created_at", "pk"
            )
        ),
        passed=passed,
        attempts_left=attempts_left,
        next_activity=next_activity,
    )
