"""Who may answer a questionnaire, who may see its results, and when results
may be shown at all."""

from lms.learning.models import Enrolment
from lms.learning.policies import cohorts_for

from .models import Participation, Questionnaire


def is_participant(user, questionnaire):
    """Whether `user` is a participant of the questionnaire's cohort (active
    or completed) whose enrolment includes its module."""
    if not user.is_authenticated:
        return False
    return (
        Enrolment.objects.for_user(user)
        .with_course_access()
        .filter(cohort_id=questionnaire.cohort_id)
        .booking(questionnaire.module)
        .exists()
    )


def has_answered(user, questionnaire):
    return Participation.objects.filter(questionnaire=questionnaire, user=user).exists()


def may_answer(user, questionnaire):
    """Open, for a participant of its cohort, who has not answered yet."""
    return (
        questionnaire.is_open
        and is_participant(user, questionnaire)
        and not has_answered(user, questionnaire)
    )


def questionnaires_for_staff(user):
    """The questionnaires whose results `user` may see: all for the LPR
    office, those of their own cohorts for a trainer, none for others."""
    questionnaires = Questionnaire.objects.select_related("cohort", "module")
    if not user.is_authenticated or not user.is_active:
        return questionnaires.none()
    if user.has_perm("evaluation.view_results"):
        return questionnaires
    if not user.has_perm("wagtailadmin.access_admin"):
        return questionnaires.none()
    return questionnaires.filter(cohort__in=cohorts_for(user))


def results_shown(questionnaire, responses):
    """Results are shown only for a closed questionnaire (so that no one can
    compare the figures before and after one person's answer) with at least
    its minimum number of `responses`."""
    return (
        questionnaire.status == Questionnaire.Status.CLOSED
        and responses >= questionnaire.min_answers
    )


def questions_frozen(questionnaire):
    """Questions cannot change once someone has answered."""
    return bool(questionnaire.pk) and questionnaire.participations.exists()


ALLOWED_STATUS_CHANGES = {
    (Questionnaire.Status.DRAFT, Questionnaire.Status.OPEN),
    (Questionnaire.Status.OPEN, Questionnaire.Status.CLOSED),
    (Questionnaire.Status.OPEN, Questionnaire.Status.DRAFT),
    (Questionnaire.Status.CLOSED, Questionnaire.Status.OPEN),
}


def status_change_allowed(questionnaire, old, new):
    """A closed questionnaire with answers stays closed (reopening would let
    the results be compared before and after a late answer); one that
    someone answered does not go back to being a draft."""
    if old == new:
        return True
    if (old, new) not in ALLOWED_STATUS_CHANGES:
        return False
    return not questions_frozen(questionnaire) or (old, new) == (
        Questionnaire.Status.OPEN,
        Questionnaire.Status.CLOSED,
    )
