"""The trainers' grading in the Wagtail admin: the queue of hand-ins, the
review of one version and the project file (Projektakte) of a participant.

Trainers see the cohorts they are assigned to, the LPR office all of them
(`cohorts_for`). Users without cohorts are refused the queue; versions and
project files outside their cohorts are a 404. Every write goes through
`lms.assignments`.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from cms.core.people import display_name
from lms.learning.admin_views import StaffPageMixin
from lms.learning.models import Enrolment
from lms.learning.policies import cohorts_for
from lms.projects import services as assignments
from modules.models import AssignmentPage

from .grading_forms import ExtensionForm, MentoringForm, QueueFilterForm, ReviewForm
from .models import (
    DueDateExtension,
    GradingEvent,
    MentoringNote,
    Submission,
    SubmissionVersion,
)
from .services import project_context

PER_PAGE = 25  # a cohort has up to 25 participants


def waiting_for_grading(request):
    """How many hand-ins wait in the user's cohorts (status „eingereicht“),
    or None for users without cohorts. One query, remembered per request."""
    if not hasattr(request, "_waiting_for_grading"):
        waiting = (
            Submission.objects.non_polymorphic()
            .filter(
                enrolment__cohort=OuterRef("pk"), status=Submission.Status.SUBMITTED
            )
            .order_by()
            .values("enrolment__cohort")
            .annotate(count=Count("pk"))
            .values("count")
        )
        counts = list(
            cohorts_for(request.user)
            .annotate(
                waiting=Coalesce(Subquery(waiting, output_field=IntegerField()), 0)
            )
            .values_list("waiting", flat=True)
        )
        request._waiting_for_grading = sum(counts) if counts else None
    return request._waiting_for_grading


def assignments_of(cohorts):
    """The assignment pages in the programmes of `cohorts` (a list)."""
    condition = Q()
    for path in {cohort.programme.path for cohort in cohorts}:
        condition |= Q(path__startswith=path)
    if not condition:
        return AssignmentPage.objects.none()
    return AssignmentPage.objects.filter(condition).order_by("path")


def queue(cohorts, statuses, cohort=None, assignment=None):
    """Submissions with a handed-in version, oldest hand-in first, with the
    latest handed-in version and the due date before extensions annotated."""
    versions = SubmissionVersion.objects.filter(
        submission=OuterRef("pk"), submitted_at__isnull=False
    ).order_by("-number")
    briefs = AssignmentPage.objects.filter(pk=OuterRef("page_id"))
    submissions = (
        Submission.objects.non_polymorphic()
        .filter(
            enrolment__cohort__in=cohorts,
            submitted_at__isnull=False,
            status__in=statuses,
        )
        .select_related("enrolment__user", "enrolment__cohort", "page")
        .annotate(
            latest_version_id=Subquery(versions.values("pk")[:1]),
            latest_version_number=Subquery(versions.values("number")[:1]),
            base_due_at=Coalesce(
                "enrolment__cohort__project_due_at",
                Subquery(briefs.values("due_at")[:1]),
            ),
        )
        .order_by("submitted_at", "pk")
    )
    if cohort is not None:
        submissions = submissions.filter(enrolment__cohort=cohort)
    if assignment is not None:
        submissions = submissions.filter(page=assignment)
    return submissions


def participant_overview(cohort, pages):
    """Every participant of `cohort` (not cancelled) with the status of each
    assignment in `pages`: the way to those who have not handed in."""
    enrolments = list(
        Enrolment.objects.filter(cohort=cohort)
        .exclude(status=Enrolment.Status.CANCELLED)
        .select_related("user")
        .prefetch_related("modules")
        .order_by("user__last_name", "user__first_name", "pk")
    )
    statuses = {
        (enrolment_id, page_id): status
        for enrolment_id, page_id, status in Submission.objects.non_polymorphic()
        .filter(enrolment__cohort=cohort)
        .values_list("enrolment_id", "page_id", "status")
    }
    rows = []
    for enrolment in enrolments:
        cells = []
        for page in pages:
            status = statuses.get((enrolment.pk, page.pk))
            cells.append(
                {
                    "page": page,
                    "status": Submission.Status(status).label if status else None,
                    "booked": enrolment.books_module(page),
                }
            )
        rows.append({"enrolment": enrolment, "cells": cells})
    return rows


class GradingIndexView(StaffPageMixin, TemplateView):
    """The grading queue of the user's cohorts."""

    page_title = gettext_lazy("Projektbewertung")
    header_icon = "tasks"
    template_name = "lms/admin/grading_index.html"

    def dispatch(self, request, *args, **kwargs):
        self.cohorts = cohorts_for(request.user)
        self.cohort_list = list(self.cohorts)
        if not self.cohort_list:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        cohorts = self.cohorts
        pages = assignments_of(self.cohort_list)
        form = QueueFilterForm(self.request.GET, cohorts=cohorts, assignments=pages)
        cohort = assignment = None
        if form.is_valid():
            cohort = form.cleaned_data["cohort"]
            assignment = form.cleaned_data["assignment"]
        submissions = queue(cohorts, form.statuses(), cohort, assignment)
        page_obj = Paginator(submissions, PER_PAGE).get_page(self.request.GET.get("p"))
        due = assignments.due_dates(
            {(s.enrolment_id, s.page_id): s.base_due_at for s in page_obj}
        )
        for submission in page_obj:
            submission.due_at = due[submission.enrolment_id, submission.page_id]
        overview = None
        if cohort is not None:
            overview_pages = [
                page
                for page in pages
                if page.path.startswith(cohort.programme.path)
                and (assignment is None or page.pk == assignment.pk)
            ]
            overview = {
                "pages": overview_pages,
                "rows": participant_overview(cohort, overview_pages),
            }
        return super().get_context_data(
            form=form,
            page_obj=page_obj,
            elided_pages=page_obj.paginator.get_elided_page_range(page_obj.number),
            cohort=cohort,
            overview=overview,
            **kwargs,
        )


def gradable_versions(user):
    """Handed-in versions of the cohorts `user` looks after."""
    return SubmissionVersion.objects.filter(
        submitted_at__isnull=False,
        submission__enrolment__cohort__in=cohorts_for(user),
    ).select_related(
        "submission__enrolment__user", "submission__enrolment__cohort__programme"
    )


class ReviewView(StaffPageMixin, TemplateView):
    """One handed-in version with the review form, or its released review
    read-only and a form for a justified correction."""

    index_title = gettext_lazy("Projektbewertung")
    index_url_name = "lms_grading:index"
    header_icon = "tasks"
    template_name = "lms/admin/grading_review.html"

    def dispatch(self, request, version_id):
        self.version = get_object_or_404(gradable_versions(request.user), pk=version_id)
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
        latest = assignments.latest_version(self.submission)
        self.is_latest = latest.pk == self.version.pk
        self.released = list(
            assignments.released_reviews(self.version).select_related("reviewer")
        )
        self.effective = self.released[-1] if self.released else None
        self.draft = assignments.draft_review(self.version)

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
            resubmissions_left=assignments.resubmissions_left(
                self.submission, self.page
            ),
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
        data = form.cleaned_data
        try:
            assignments.save_review(
                version=self.version,
                page=self.page,
                reviewer=request.user,
                review_revision=data["review_revision"],
                points=form.points(),
                section_comments=form.section_comments(),
                feedback=data["feedback"],
                decision=data["decision"],
                release=release,
                corrects=self.effective if correction else None,
                correction_reason=data.get("reason", ""),
            )
        except assignments.EditConflict as error:
            # The input stays; the fresh revision lets the next save succeed.
            self.load(refresh=True)
            fresh = request.POST.copy()
            fresh["review_revision"] = self.version.review_revision
            return self.render_page(
                self.current_form(fresh, release), str(error), conflict=True
            )
        except (assignments.NotEditable, assignments.SubmissionRefused) as error:
            self.load(refresh=True)
            return self.render_page(
                self.current_form(request.POST, release), str(error)
            )
        messages.success(request, self.success_message(action))
        return redirect("lms_grading:review", self.version.pk)

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

    def get_context_data(self, form=None, **kwargs):
        content = project_context(self.version)
        comments = self.effective.section_comments if self.effective else {}
        sections = [
            {
                **section,
                "comment_field": form.comment_field(section["id"]) if form else None,
                "comment": comments.get(section["id"], ""),
            }
            for section in content["sections"]
        ]
        previous = assignments.handed_in_versions(self.submission).filter(
            number__lt=self.version.number
        )
        newest = (
            None
            if self.is_latest
            else self.submission.versions.filter(submitted_at__isnull=False)
            .order_by("-number")
            .first()
        )
        return super().get_context_data(
            version=self.version,
            submission=self.submission,
            enrolment=self.enrolment,
            assignment=self.page,
            due_at=assignments.effective_due_at(self.enrolment, self.page),
            content=content,
            sections=sections,
            attachments=self.version.attachments.all(),
            previous=[
                (version, version.released[-1] if version.released else None)
                for version in previous
            ],
            newest=newest if newest and newest.pk != self.version.pk else None,
            released=self.released,
            effective=self.effective,
            draft=self.draft,
            draft_comments=[
                (section["title"], self.draft.section_comments[section["id"]])
                for section in content["sections"]
                if self.draft and self.draft.section_comments.get(section["id"])
            ],
            form=form,
            **kwargs,
        )


class ProjectView(StaffPageMixin, TemplateView):
    """The project file of one participant and assignment: versions,
    extensions, mentoring talks and the audit trail."""

    index_title = gettext_lazy("Projektbewertung")
    index_url_name = "lms_grading:index"
    header_icon = "folder-open-inverse"
    template_name = "lms/admin/grading_project.html"

    def dispatch(self, request, enrolment_id, page_id):
        self.enrolment = get_object_or_404(
            Enrolment.objects.filter(
                cohort__in=cohorts_for(request.user)
            ).select_related("user", "cohort__programme"),
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
        assignments.grant_extension(
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
        assignments.log_mentoring(
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

    def get_context_data(self, extension_form=None, mentoring_form=None, **kwargs):
        submission = assignments.get_submission(self.enrolment, self.page)
        versions = []
        has_draft = False
        if submission is not None:
            has_draft = submission.versions.filter(submitted_at__isnull=True).exists()
            versions = assignments.handed_in_versions(submission)
        scope = {"enrolment": self.enrolment, "page": self.page}
        return super().get_context_data(
            enrolment=self.enrolment,
            assignment=self.page,
            submission=submission,
            versions=[
                (version, version.released[-1] if version.released else None)
                for version in versions
            ],
            has_draft=has_draft,
            due_at=assignments.effective_due_at(self.enrolment, self.page),
            extensions=DueDateExtension.objects.filter(**scope)
            .select_related("granted_by")
            .order_by("-created_at", "-pk"),
            notes=MentoringNote.objects.filter(**scope).select_related("author"),
            events=GradingEvent.objects.filter(**scope)
            .select_related("actor")
            .order_by("-created_at", "-pk"),
            extension_form=extension_form or ExtensionForm(prefix="extension"),
            mentoring_form=mentoring_form
            or MentoringForm(
                prefix="mentoring", initial={"held_on": timezone.localdate()}
            ),
            **kwargs,
        )
