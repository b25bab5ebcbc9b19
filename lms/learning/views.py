import logging
import uuid

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView, UpdateView
from wagtail import hooks

from lms.learning import services
from modules.models import LessonPage, QuizPage

from .exceptions import NoAttemptsLeft
from .forms import ProfileForm
from .models import Enrolment, ParticipantProfile, QuizAttempt
from .policies import learner_progress
from .progress import user_progress
from .quiz import quiz_draft_key, quiz_review

logger = logging.getLogger(__name__)


class LogoutView(auth_views.LogoutView):
    """Logging out is a POST; a GET shows the confirmation button."""

    http_method_names = ["get", "post", "options"]
    template_name = "registration/logout_confirm.html"

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data())


class DashboardView(LoginRequiredMixin, TemplateView):
    """/lernen/: where the participant stands, computed from the records."""

    template_name = "lms/dashboard.html"

    def get_context_data(self, **kwargs):
        progress_list = [
            progress
            for progress in user_progress(self.request.user)
            if progress.enrolment.status != Enrolment.Status.CANCELLED
        ]
        return super().get_context_data(
            progress_list=progress_list,
            panels=dashboard_panels(self.request),
            **kwargs,
        )


def dashboard_panels(request):
    """Panels that other apps add below the progress (Wagtail's
    `construct_homepage_panels` pattern): each hook appends components."""
    panels = []
    for construct in hooks.get_hooks("construct_learner_dashboard_panels"):
        construct(request, panels)
    return panels


def own_activity(request, page_id, model):
    """The activity page and the user's enrolment for it, or 404/403."""
    page = get_object_or_404(model, pk=page_id, live=True)
    progress = learner_progress(request.user, page)
    if progress is None or not progress.can_open(page.pk):
        raise PermissionDenied
    return page, progress.enrolment


@login_required
@require_POST
def complete_lesson(request, page_id):
    lesson, enrolment = own_activity(request, page_id, LessonPage)
    if request.POST.get("undo"):
        services.undo_lesson_completion(enrolment=enrolment, lesson=lesson)
        messages.info(request, _("Die Lerneinheit ist wieder offen."))
    else:
        services.record_lesson_completion(enrolment=enrolment, lesson=lesson)
        messages.success(request, _("Die Lerneinheit ist als erledigt markiert."))
    return redirect(lesson.url)


def _unanswered(quiz, answers):
    """The numbers of the questions without an answer."""
    return [
        str(number)
        for number, question in enumerate(quiz.questions, start=1)
        if not answers[question.id]
    ]


def _token(request):
    """The form's one-time token: a form sent twice counts once."""
    try:
        return uuid.UUID(request.POST.get("token", ""))
    except ValueError:
        return None


@login_required
@require_POST
def submit_quiz(request, page_id):
    quiz, enrolment = own_activity(request, page_id, QuizPage)
    answers = {
        question.id: request.POST.getlist(f"frage-{question.id}")
        for question in quiz.questions
    }
    unanswered = _unanswered(quiz, answers)
    if unanswered:
        # Nothing is scored and no attempt is used; the choices are kept.
        request.session[quiz_draft_key(quiz)] = answers
        messages.error(
            request,
            _("Bitte beantworten Sie alle Fragen. Noch offen: Frage %(numbers)s.")
            % {"numbers": ", ".join(unanswered)},
        )
        return redirect(quiz.url)
    try:
        attempt = services.submit_quiz_attempt(
            enrolment=enrolment, quiz=quiz, answers=answers, token=_token(request)
        )
    except NoAttemptsLeft as error:
        messages.error(request, str(error))
        return redirect(quiz.url)
    return redirect("quiz_attempt", attempt_id=attempt.pk)


@login_required
def quiz_attempt(request, attempt_id):
    """The result of one attempt, with the feedback per question that the
    knowledge check's review options allow now; owner only."""
    attempt = get_object_or_404(
        QuizAttempt.objects.select_related("enrolment"),
        pk=attempt_id,
        enrolment__user=request.user,
    )
    quiz = get_object_or_404(QuizPage, pk=attempt.page_id)
    review = quiz_review(quiz, attempt)
    return TemplateResponse(
        request, "lms/quiz_attempt.html", {"review": review, "quiz": quiz}
    )


class ProfileView(LoginRequiredMixin, UpdateView):
    """The participant records organisation and professional field."""

    form_class = ProfileForm
    template_name = "lms/profile.html"

    def get_object(self, queryset=None):
        return ParticipantProfile.objects.get_or_create(user=self.request.user)[0]

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["asks_birth_date"] = (
            Enrolment.objects.for_user(self.request.user)
            .filter(cohort__programme__certificate_shows_birth_date=True)
            .exists()
        )
        return kwargs

    def form_valid(self, form):
        form.save()
        messages.success(self.request, _("Ihre Angaben sind gespeichert."))
        return redirect("dashboard")
