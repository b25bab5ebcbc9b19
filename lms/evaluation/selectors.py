"""Reading results: counts, distributions, means, free texts."""

from dataclasses import dataclass, field

from django.db.models import Count

from .models import SCALE, Answer, Participation, Questionnaire
from .policies import is_participant, results_shown


@dataclass
class QuestionResult:
    question: object
    distribution: list = field(default_factory=list)  # (label, count) per step
    count: int = 0
    mean: float | None = None
    texts: list = field(default_factory=list)
    withheld: bool = False  # too few texts to show without revealing a writer


@dataclass
class Results:
    questionnaire: Questionnaire
    responses: int
    shown: bool
    questions: list = field(default_factory=list)

    @property
    def missing(self):
        return max(self.questionnaire.min_answers - self.responses, 0)


def _scale_result(question, counts):
    per_step = {rating: counts.get((question.pk, rating), 0) for rating, _ in SCALE}
    total = sum(per_step.values())
    mean = (
        sum(rating * number for rating, number in per_step.items()) / total
        if total
        else None
    )
    return QuestionResult(
        question=question,
        distribution=[
            (f"{rating} – {label}", per_step[rating]) for rating, label in SCALE
        ],
        count=total,
        mean=mean,
    )


def questionnaire_results(questionnaire):
    """The results of `questionnaire`; figures only where `results_shown`.
    Free texts come sorted alphabetically, never in the order they came."""
    responses = questionnaire.participations.count()
    results = Results(
        questionnaire=questionnaire,
        responses=responses,
        shown=results_shown(questionnaire, responses),
    )
    if not results.shown:
        return results
    answers = Answer.objects.filter(question__questionnaire=questionnaire)
    counts = {
        (row["question"], row["rating"]): row["n"]
        for row in answers.filter(rating__isnull=False)
        .values("question", "rating")
        .annotate(n=Count("pk"))
    }
    texts = {}
    for question_id, text in answers.exclude(text="").values_list("question", "text"):
        texts.setdefault(question_id, []).append(text)
    for question in questionnaire.questions.all():
        if question.is_scale:
            results.questions.append(_scale_result(question, counts))
        else:
            found = sorted(texts.get(question.pk, []), key=str.casefold)
            # Free text is optional: a question only two people answered
            # would show their words although the questionnaire reached
            # its minimum. The same minimum applies to each question's texts.
            withheld = 0 < len(found) < questionnaire.min_answers
            results.questions.append(
                QuestionResult(
                    question=question,
                    count=len(found),
                    texts=[] if withheld else found,
                    withheld=withheld,
                )
            )
    return results


def comparable_questionnaires(questionnaire, visible):
    """The questionnaires among `visible` with the same title on the same
    module, one per cohort, oldest cohort first: the comparison over years."""
    return (
        visible.filter(title=questionnaire.title, module=questionnaire.module)
        .select_related("cohort")
        .order_by("cohort__start_date", "pk")
    )


def comparison(questionnaire, visible):
    """Columns (one Results per comparable questionnaire) and rows (one per
    scale question text, with the mean of each column or None)."""
    columns = [
        questionnaire_results(other)
        for other in comparable_questionnaires(questionnaire, visible)
    ]
    texts = []
    for column in columns:
        for result in column.questions:
            if result.question.is_scale and result.question.text not in texts:
                texts.append(result.question.text)
    rows = []
    for text in texts:
        means = []
        for column in columns:
            found = [r for r in column.questions if r.question.text == text]
            means.append(found[0] if found else None)
        rows.append((text, means))
    return columns, rows


def questionnaires_on_dashboard(user):
    """(questionnaire, answered) for each open questionnaire that `user` is
    a participant of, newest cohort first."""
    if not user.is_authenticated:
        return []
    candidates = (
        Questionnaire.objects.filter(
            status=Questionnaire.Status.OPEN, cohort__enrolments__user=user
        )
        .select_related("cohort", "module")
        .distinct()
    )
    answered = set(
        Participation.objects.filter(user=user).values_list(
            "questionnaire_id", flat=True
        )
    )
    return [
        (questionnaire, questionnaire.pk in answered)
        for questionnaire in candidates
        if is_participant(user, questionnaire)
    ]
