"""Presenting a scored attempt: what was chosen, what was right, why."""

from dataclasses import dataclass


@dataclass
class AnswerFeedback:
    text: str
    chosen: bool
    correct: bool


@dataclass
class QuestionFeedback:
    text: str
    right: bool
    answers: list
    explanation: str


def quiz_draft_key(quiz):
    """Session key of the choices of an incomplete, unscored submission."""
    return f"quiz-draft-{quiz.pk}"


def quiz_feedback(quiz, attempt):
    """One QuestionFeedback per question of `quiz`, as `attempt` answered it."""
    feedback = []
    for question in quiz.questions:
        chosen = set(attempt.answers.get(question.id, []))
        feedback.append(
            QuestionFeedback(
                text=question.value["text"],
                right=attempt.results.get(question.id, False),
                answers=[
                    AnswerFeedback(
                        text=answer.value["text"],
                        chosen=answer.id in chosen,
                        correct=answer.value["correct"],
                    )
                    for answer in question.value["answers"].bound_blocks
                ],
                explanation=question.value["feedback"],
            )
        )
    return feedback
