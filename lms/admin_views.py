"""Admin views for trainers: recording attendance at seminar days."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from . import services
from .models import AttendanceRecord, Cohort, Enrolment


def cohorts_for(user):
    """The cohorts a staff member looks after: all for the LPR office, the
    assigned ones for a trainer."""
    cohorts = Cohort.objects.select_related("programme")
    if user.has_perm("lms.view_cohort"):
        return cohorts
    return cohorts.filter(trainers=user)


class AttendanceIndexView(WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Anwesenheit erfassen")
    header_icon = "date"
    template_name = "lms/admin/attendance_index.html"

    def get_context_data(self, **kwargs):
        cohorts = cohorts_for(self.request.user).prefetch_related("sessions")
        return super().get_context_data(
            cohorts=[
                (cohort, sorted(cohort.sessions.all(), key=lambda s: s.starts_at))
                for cohort in cohorts
            ],
            **kwargs,
        )


class AttendanceSessionView(WagtailAdminTemplateMixin, TemplateView):
    """One seminar day: a row per participant with present/excused/absent."""

    header_icon = "date"
    template_name = "lms/admin/attendance_session.html"

    def dispatch(self, request, cohort_id, session_id):
        self.cohort = get_object_or_404(cohorts_for(request.user), pk=cohort_id)
        self.session = get_object_or_404(self.cohort.sessions, pk=session_id)
        self.enrolments = list(
            Enrolment.objects.filter(cohort=self.cohort)
            .exclude(status=Enrolment.Status.CANCELLED)
            .select_related("user")
        )
        return super().dispatch(request, cohort_id, session_id)

    def get_page_title(self):
        return f"{self.session.title} – {self.cohort.name}"

    def get_context_data(self, **kwargs):
        recorded = dict(
            AttendanceRecord.objects.filter(
                enrolment__in=self.enrolments, page=self.session
            ).values_list("enrolment_id", "status")
        )
        return super().get_context_data(
            cohort=self.cohort,
            session=self.session,
            rows=[(e, recorded.get(e.pk)) for e in self.enrolments],
            statuses=AttendanceRecord.Status.choices,
            **kwargs,
        )

    def post(self, request, cohort_id, session_id):
        chosen = {
            enrolment: request.POST[f"status-{enrolment.pk}"]
            for enrolment in self.enrolments
            if f"status-{enrolment.pk}" in request.POST
        }
        if not set(chosen.values()) <= set(AttendanceRecord.Status.values):
            messages.error(
                request,
                _("Die Eingabe war ungültig; es wurde nichts gespeichert."),
            )
        else:
            with transaction.atomic():
                for enrolment, status in chosen.items():
                    services.record_attendance(
                        enrolment=enrolment,
                        session=self.session,
                        status=status,
                        recorded_by=request.user,
                    )
            messages.success(
                request,
                _("Anwesenheit für %(count)s Personen gespeichert.")
                % {"count": len(chosen)},
            )
        return redirect("lms_attendance:session", cohort_id, session_id)
