"""The project file (Projektakte) of one participant and assignment:
versions, extensions, mentoring talks and the audit trail. Enrolments
outside the user's cohorts are a 404 (`policies.gradable_enrolments`).
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from cms.core.people import display_name
from lms.learning.admin_views import StaffPageMixin
from modules.models import AssignmentPage

from .. import selectors, services
from ..grading_forms import ExtensionForm, MentoringForm
from ..models import DueDateExtension, GradingEvent, MentoringNote
from ..policies import gradable_enrolments


class ProjectView(StaffPageMixin, TemplateView):
    """The project file of one participant and assignment: versions,
    extensions, mentoring talks and the audit trail."""

    index_title = gettext_lazy("Projektbewertung")
    index_url_name = "lms_grading:index"
    header_icon = "folder-open-inverse"
    template_name = "lms/admin/grading_project.html"

    def dispatch(self, request, enrolment_id, page_id):
        self.enrolment = get_object_or_404(
            gradable_enrolments(request.user).select_related(
                "user", "cohort__programme"
            ),
            pk=enrolment_id,
        )
        self.page = get_object_or_404(
            AssignmentPage.objects.descendant_of(self.enrolment.cohort.programme),
            pk=page_id,
        )
        return super().dispatch(request, enrolment_id, page_id)

    def get_page_title(self):
        return _("Projektakte: %(name)s – %(assignment)s") % {
            "name": display_name(self.enrolment.user),
            "assignment": self.page.title,
        }

    def get(self, request, enrolment_id, page_id):
        return self.render_to_response(self.get_context_data())

    def post(self, request, enrolment_id, page_id):
        handlers = {"extension": self.extend, "mentoring": self.log_mentoring}
        handler = handlers.get(request.POST.get("form"), lambda request: None)
        return handler(request) or redirect(
            "lms_grading:project", self.enrolment.pk, self.page.pk
        )

    def extend(self, request):
        """Grant an extension; returns the page only when the form is invalid."""
        form = ExtensionForm(request.POST, prefix="extension")
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(extension_form=form))
        services.grant_extension(
            enrolment=self.enrolment,
            page=self.page,
            due_at=form.cleaned_data["due_at"],
            reason=form.cleaned_data["reason"],
            granted_by=request.user,
        )
        messages.success(request, _("Die Frist ist verlängert."))
        return None

    def log_mentoring(self, request):
        """Log a mentoring talk; returns the page only when the form is invalid."""
        form = MentoringForm(request.POST, prefix="mentoring")
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(mentoring_form=form))
        services.log_mentoring(
            enrolment=self.enrolment,
            page=self.page,
            author=request.user,
            held_on=form.cleaned_data["held_on"],
            duration_minutes=form.cleaned_data["duration_minutes"],
            notes=form.cleaned_data["notes"],
            visible=form.cleaned_data["visible"],
        )
        messages.success(request, _("Das Begleitgespräch ist gespeichert."))
        return None

    def versions(self):
        """The submission, its handed-in versions with the review that
        counts, and whether a draft is open."""
        submission = selectors.get_submission(self.enrolment, self.page)
        versions = []
        has_draft = False
        if submission is not None:
            has_draft = submission.versions.filter(submitted_at__isnull=True).exists()
            versions = selectors.handed_in_versions(submission)
        return {
            "submission": submission,
            "versions": [
                (version, version.released[-1] if version.released else None)
                for version in versions
            ],
            "has_draft": has_draft,
        }

    def records(self):
        """Extensions, mentoring talks and the audit trail."""
        scope = {"enrolment": self.enrolment, "page": self.page}
        return {
            "extensions": DueDateExtension.objects.filter(**scope)
            .select_related("granted_by")
            .order_by("-created_at", "-pk"),
            "notes": MentoringNote.objects.filter(**scope).select_related("author"),
            "events": GradingEvent.objects.filter(**scope)
            .select_related("actor")
            .order_by("-created_at", "-pk"),
        }

    def get_context_data(self, extension_form=None, mentoring_form=None, **kwargs):
        return super().get_context_data(
            enrolment=self.enrolment,
            assignment=self.page,
            **self.versions(),
            due_at=selectors.effective_due_at(self.enrolment, self.page),
            **self.records(),
            extension_form=extension_form or ExtensionForm(prefix="extension"),
            mentoring_form=mentoring_form
            or MentoringForm(
                prefix="mentoring", initial={"held_on": timezone.localdate()}
            ),
            **kwargs,
        )
