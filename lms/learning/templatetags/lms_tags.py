import uuid

from django import template

from lms.learning.models import QuizAttempt
from lms.learning.progress import format_units
from lms.learning.quiz import quiz_draft_key
from modules.models import SessionPage

register = template.Library()


@register.simple_tag(takes_context=True)
def activity_state(context, page):
    """The participant's ActivityProgress for `page`, or None (staff, guests)."""
    progress = getattr(context["request"], "learner_progress", None)
    return progress.activity(page.pk)[1] if progress else None


@register.simple_tag(takes_context=True)
def shown_to_learner(context, activity):
    """False for another cohort's seminar day on an enrolled participant's
    module page; everything else is shown."""
    progress = getattr(context["request"], "learner_progress", None)
    if progress is None or not isinstance(activity, SessionPage):
        return True
    return progress.activity(activity.pk)[1] is not None


@register.simple_tag(takes_context=True)
def module_state(context, page):
    """The participant's ModuleProgress for `page`, or None."""
    progress = getattr(context["request"], "learner_progress", None)
    return progress.module(page.pk) if progress else None


@register.simple_tag(takes_context=True)
def latest_quiz_attempt(context, quiz):
    """The participant's latest attempt at `quiz` (its result page leads to
    the earlier ones), or None."""
    progress = getattr(context["request"], "learner_progress", None)
    if progress is None:
        return None
    return (
        QuizAttempt.objects.filter(enrolment=progress.enrolment, page=quiz)
        .order_by("-created_at", "-pk")
        .first()
    )


@register.simple_tag(takes_context=True)
def quiz_form_state(context, quiz):
    """A fresh form token and the choices kept from an incomplete submission
    ({question id: [answer ids]}), which are used up by showing them."""
    session = context["request"].session
    return {
        "token": uuid.uuid4(),
        "draft": session.pop(quiz_draft_key(quiz), {}),
    }


@register.filter
def chosen(draft, question_id):
    return draft.get(question_id, [])


register.filter("units", format_units)
