"""The participant answers a questionnaire under /lernen/evaluation/."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import services
from .exceptions import EvaluationError
from .forms import AnswerForm
from .models import Questionnaire
from .policies import has_answered, is_participant


def _refusal(request, questionnaire, message):
    return TemplateResponse(
        request,
        "evaluation/refused.html",
        {"questionnaire": questionnaire, "message": message},
    )


def _refused(request, questionnaire):
    """A polite page when the user may not (or no longer) answer; 403 for
    someone outside the cohort."""
    if not is_participant(request.user, questionnaire):
        raise PermissionDenied
    if has_answered(request.user, questionnaire):
        return _refusal(request, questionnaire, ALREADY)
    if not questionnaire.is_open:
        return _refusal(
            request, questionnaire, _("Diese Befragung ist nicht geöffnet.")
        )
    return None


@login_required
def answer(request, pk):
    """Show the form (GET) or record the answers once (POST)."""
    questionnaire = get_object_or_404(
        Questionnaire.objects.select_related("cohort", "module"), pk=pk
    )
    refused = _refused(request, questionnaire)
    if refused:
        return refused
    form = AnswerForm(request.POST or None, questions=questionnaire.questions.all())
    if request.method == "POST" and form.is_valid():
        try:
            services.submit_answers(
                questionnaire=questionnaire,
                user=request.user,
                ratings=form.ratings(),
                texts=form.texts(),
            )
        except EvaluationError as refusal:
            return _refusal(request, questionnaire, str(refusal))
        messages.success(request, THANKS)
        return redirect("dashboard")
    context = {"questionnaire": questionnaire, "form": form}
    return TemplateResponse(request, "evaluation/answer.html", context)


ALREADY = gettext_lazy("Sie haben diese Befragung bereits beantwortet. Vielen Dank!")
THANKS = gettext_lazy("Vielen Dank! Ihre Antworten sind anonym gespeichert.")
