"""The grading queue: hand-ins waiting in the cohorts a trainer looks after
(the LPR office: all of them), and an overview of a cohort's participants.
Users without cohorts are refused the queue.
"""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from lms.learning.admin_views import StaffPageMixin
from lms.learning.models import Enrolment
from lms.learning.policies import cohorts_for
from modules.models import AssignmentPage

from ..grading_forms import QueueFilterForm
from ..models import Submission, SubmissionVersion
from ..selectors import submission_due_dates

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


def waiting_hand_ins(user):
    """The hand-ins waiting for grading (status „eingereicht“) in the cohorts
    `user` looks after, the oldest first: the queue without filters."""
    return queue(cohorts_for(user), [Submission.Status.SUBMITTED])


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
    latest handed-in version annotated."""
    versions = SubmissionVersion.objects.filter(
        submission=OuterRef("pk"), submitted_at__isnull=False
    ).order_by("-number")
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
        pages = assignments_of(self.cohort_list)
        form = QueueFilterForm(
            self.request.GET, cohorts=self.cohorts, assignments=pages
        )
        cohort = assignment = None
        if form.is_valid():
            cohort = form.cleaned_data["cohort"]
            assignment = form.cleaned_data["assignment"]
        submissions = queue(self.cohorts, form.statuses(), cohort, assignment)
        page_obj = Paginator(submissions, PER_PAGE).get_page(self.request.GET.get("p"))
        due = submission_due_dates(page_obj)
        for submission in page_obj:
            submission.due_at = due[submission.enrolment_id, submission.page_id]
        overview = None
        if cohort is not None:
            overview = self.overview(pages, cohort, assignment)
        return super().get_context_data(
            form=form,
            page_obj=page_obj,
            elided_pages=page_obj.paginator.get_elided_page_range(page_obj.number),
            cohort=cohort,
            overview=overview,
            **kwargs,
        )

    def overview(self, pages, cohort, assignment):
        """The participants of the chosen cohort and the chosen assignment
        (or all of the programme's)."""
        overview_pages = [
            page
            for page in pages
            if page.path.startswith(cohort.programme.path)
            and (assignment is None or page.pk == assignment.pk)
        ]
        return {
            "pages": overview_pages,
            "rows": participant_overview(cohort, overview_pages),
        }
