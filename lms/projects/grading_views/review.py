"""Reviewing one handed-in version: the rubric, comments per section and
the decision, saved as a draft or released; a released review is changed
only by a justified correction. Versions outside the user's cohorts are a
404 (`policies.gradable_versions`). Every write goes through `services`.
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from cms.core.people import display_name
from lms.learning.admin_views import StaffPageMixin
from modules.models import AssignmentPage

from .. import selectors, services
from ..exceptions import EditConflict, NotEditable, SubmissionRefused
from ..grading_forms import ReviewForm
from ..policies import gradable_versions


class ReviewView(StaffPageMixin, TemplateView):
    """One handed-in version with the review form, or its released review
    read-only and a form for a justified correction."""

    index_title = gettext_lazy("Projektbewertung")
    index_url_name = "lms_grading:index"
    header_icon = "tasks"
    template_name = "lms/admin/grading_review.html"

    def dispatch(self, request, version_id):
        versions = gradable_versions(request.user).select_related(
            "submission__enrolment__user", "submission__enrolment__cohort__programme"
        )
        self.version = get_object_or_404(versions, pk=version_id)
        self.submission = self.version.submission
        self.enrolment = self.submission.enrolment
        self.page = get_object_or_404(AssignmentPage, pk=self.submission.page_id)
        self.load()
        return super().dispatch(request, version_id)

    def load(self, refresh=False):
        """Read the state that other trainers may change meanwhile; after a
        refused save, read it again."""
        if refresh:
            self.version.refresh_from_db(fields=["review_revision"])
            self.submission.refresh_from_db(fields=["status"])
        latest = selectors.latest_version(self.submission)
        self.is_latest = latest.pk == self.version.pk
        self.released = list(
            selectors.released_reviews(self.version).select_related("reviewer")
        )
        self.effective = self.released[-1] if self.released else None
        self.draft = selectors.draft_review(self.version)

    def get_page_title(self):
        return _("Bewertung: %(name)s – Fassung %(number)s") % {
            "name": display_name(self.enrolment.user),
            "number": self.version.number,
        }

    def review_form(self, data=None, *, correction, release=False):
        return ReviewForm(
            data,
            page=self.page,
            sections=self.version.sections,
            resubmissions_left=selectors.resubmissions_left(self.submission, self.page),
            correction=correction,
            release=release,
            initial=ReviewForm.initial_from(
                self.effective or self.draft, self.version.review_revision
            ),
        )

    def current_form(self, data=None, release=False):
        """The form the current state offers: review, correction or none."""
        if not self.is_latest:
            return None
        return self.review_form(
            data, correction=self.effective is not None, release=release
        )

    def get(self, request, version_id):
        return self.render_page(self.current_form())

    def post(self, request, version_id):
        action = request.POST.get("action")
        correction = action == "correct"
        release = correction or action == "release"
        form = self.review_form(request.POST, correction=correction, release=release)
        if not form.is_valid():
            return self.render_page(form)
        try:
            self.save(form, correction=correction, release=release)
        except EditConflict as error:
            # The input stays; the fresh revision lets the next save succeed.
            self.load(refresh=True)
            fresh = request.POST.copy()
            fresh["review_revision"] = self.version.review_revision
            return self.render_page(
                self.current_form(fresh, release), str(error), conflict=True
            )
        except (NotEditable, SubmissionRefused) as error:
            self.load(refresh=True)
            return self.render_page(
                self.current_form(request.POST, release), str(error)
            )
        messages.success(request, self.success_message(action))
        return redirect("lms_grading:review", self.version.pk)

    def save(self, form, *, correction, release):
        data = form.cleaned_data
        services.save_review(
            version=self.version,
            page=self.page,
            reviewer=self.request.user,
            review_revision=data["review_revision"],
            points=form.points(),
            section_comments=form.section_comments(),
            feedback=data["feedback"],
            decision=data["decision"],
            revision_due_at=data["revision_due_at"],
            release=release,
            corrects=self.effective if correction else None,
            correction_reason=data.get("reason", ""),
        )

    def success_message(self, action):
        name = display_name(self.enrolment.user)
        if action == "correct":
            return _(
                "Die Korrektur ist freigegeben; %(name)s wird per E-Mail "
                "benachrichtigt."
            ) % {"name": name}
        if action == "release":
            return _(
                "Die Bewertung ist freigegeben; %(name)s wird per E-Mail "
                "benachrichtigt."
            ) % {"name": name}
        return _(
            "Der Bewertungsentwurf ist gespeichert. Teilnehmende sehen ihn erst "
            "nach der Freigabe."
        )

    def render_page(self, form, error=None, conflict=False):
        return self.render_to_response(
            self.get_context_data(form=form, error=error, conflict=conflict)
        )

    def sections(self, content, form):
        """The version's sections with the comment field and the comment
        of the review that counts."""
        comments = self.effective.section_comments if self.effective else {}
        return [
            {
                **section,
                "comment_field": form.comment_field(section["id"]) if form else None,
                "comment": comments.get(section["id"], ""),
            }
            for section in content["sections"]
        ]

    def history(self):
        """The earlier versions with their review, and the newest version
        when this one is not the latest."""
        previous = selectors.handed_in_versions(self.submission).filter(
            number__lt=self.version.number
        )
        newest = None if self.is_latest else selectors.latest_handed_in(self.submission)
        return {
            "previous": [
                (version, version.released[-1] if version.released else None)
                for version in previous
            ],
            "newest": newest if newest and newest.pk != self.version.pk else None,
        }

    def draft_comments(self, content):
        return [
            (section["title"], self.draft.section_comments[section["id"]])
            for section in content["sections"]
            if self.draft and self.draft.section_comments.get(section["id"])
        ]

    def get_context_data(self, form=None, **kwargs):
        content = selectors.project_context(self.version)
        return super().get_context_data(
            version=self.version,
            submission=self.submission,
            enrolment=self.enrolment,
            assignment=self.page,
            due_at=selectors.effective_due_at(self.enrolment, self.page),
            content=content,
            sections=self.sections(content, form),
            attachments=self.version.attachments.all(),
            **self.history(),
            released=self.released,
            effective=self.effective,
            draft=self.draft,
            draft_comments=self.draft_comments(content),
            form=form,
            **kwargs,
        )
