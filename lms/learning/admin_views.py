"""Admin views for trainers and the LPR office: attendance and the matrix."""

from django import forms
from django.contrib import messages
from django.db import transaction
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from cms.core.exports import csv_response
from cms.core.people import display_name
from lms.learning import services
from modules.models import ModulePage

from .models import AttendanceRecord, Enrolment, ParticipantProfile
from .policies import cohorts_for
from .progress import format_units, programme_progress


class StaffPageMixin(WagtailAdminTemplateMixin):
    """Admin pages of this app: breadcrumbs end in the page's own title."""

    index_title = None
    index_url_name = None

    def get_breadcrumbs_items(self):
        items = [*super().get_breadcrumbs_items()]
        index_title = self.index_title
        if index_title:
            items.append({"url": reverse(self.index_url_name), "label": index_title})
        items.append({"url": "", "label": self.get_page_title()})
        return items


class AttendanceIndexView(StaffPageMixin, TemplateView):
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


# Recording ahead is allowed (a prepared list, known excused absences) but
# counts nowhere until the day begins: the progress rules ignore it.
NOT_BEGUN = gettext_lazy(
    "Dieser Seminartermin hat noch nicht begonnen. Sie können die Liste "
    "vorbereiten; die Eintragungen zählen erst ab Beginn des Termins für "
    "Anwesenheit, Unterrichtseinheiten und Bescheinigungen."
)


class AttendanceSessionView(StaffPageMixin, TemplateView):
    """One seminar day: a row per participant with present/excused/absent."""

    index_title = gettext_lazy("Anwesenheit erfassen")
    index_url_name = "lms_attendance:index"

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

    def session_begun(self):
        return self.session.starts_at <= timezone.now()

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
            not_begun=None if self.session_begun() else NOT_BEGUN,
            status_labels=AttendanceRecord.Status.labels,
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
            self.record(chosen, by=request.user)
            messages.success(
                request,
                ngettext(
                    "Anwesenheit für %(count)s Person gespeichert.",
                    "Anwesenheit für %(count)s Personen gespeichert.",
                    len(chosen),
                )
                % {"count": len(chosen)},
            )
            if not self.session_begun():
                messages.warning(request, NOT_BEGUN)
        return redirect("lms_attendance:session", cohort_id, session_id)

    def record(self, chosen, *, by):
        """Record every chosen status of this seminar day, all or none."""
        with transaction.atomic():
            for enrolment, status in chosen.items():
                services.record_attendance(
                    enrolment=enrolment,
                    session=self.session,
                    status=status,
                    recorded_by=by,
                )


def module_heading(module):
    """„Modul n“ and the module's title, for a column heading."""
    return format_html(
        '{}<br><span class="w-help-text">{}</span>',
        _("Modul %(number)s") % {"number": module.number},
        module.title,
    )


# A cohort of the programme (20 to 30 people) fits on one page.
MATRIX_PAGE_SIZE = 25
# Participants whose progress the CSV export computes at a time: the memory
# of a download stays that of one batch, however large the cohort.
CSV_BATCH = 250


class MatrixFilterForm(forms.Form):
    q = forms.CharField(
        label=gettext_lazy("Suche nach Name, E-Mail oder Organisation"),
        required=False,
    )
    status = forms.ChoiceField(
        label=gettext_lazy("Status"),
        required=False,
        choices=[("", gettext_lazy("alle"))] + list(Enrolment.Status.choices),
    )
    field = forms.ChoiceField(
        label=gettext_lazy("Berufsfeld"),
        required=False,
        choices=[("", gettext_lazy("alle"))] + list(ParticipantProfile.Field.choices),
    )

    def filter(self, enrolments):
        """`enrolments` narrowed to what the form asks for: each word of the
        search in the name, e-mail address or organisation."""
        if not self.is_valid():
            return enrolments
        data = self.cleaned_data
        for word in data["q"].split():
            enrolments = enrolments.filter(
                Q(user__first_name__icontains=word)
                | Q(user__last_name__icontains=word)
                | Q(user__email__icontains=word)
                | Q(user__participant_profile__organisation__icontains=word)
            )
        if data["status"]:
            enrolments = enrolments.filter(status=data["status"])
        if data["field"]:
            enrolments = enrolments.filter(
                user__participant_profile__professional_field=data["field"]
            )
        return enrolments


class CohortIndexView(StaffPageMixin, TemplateView):
    page_title = gettext_lazy("Lernstand der Durchgänge")
    header_icon = "table"
    template_name = "lms/admin/matrix_index.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            cohorts=cohorts_for(self.request.user).annotate(
                participants=Count("enrolments")
            ),
            **kwargs,
        )


class CohortMatrixView(StaffPageMixin, TemplateView):
    """Participants × modules with progress and attendance; CSV on request."""

    index_title = gettext_lazy("Lernstand der Durchgänge")
    index_url_name = "lms_matrix:index"

    header_icon = "table"
    template_name = "lms/admin/matrix.html"

    def dispatch(self, request, cohort_id):
        self.cohort = get_object_or_404(cohorts_for(request.user), pk=cohort_id)
        return super().dispatch(request, cohort_id)

    def get_page_title(self):
        return _("Lernstand: %(cohort)s") % {"cohort": self.cohort.name}

    def enrolments(self, form):
        return form.filter(
            Enrolment.objects.filter(cohort=self.cohort)
            .select_related("user__participant_profile", "cohort__programme")
            .order_by("user__last_name", "user__first_name", "pk")
        )

    def get(self, request, cohort_id):
        form = MatrixFilterForm(request.GET)
        enrolments = self.enrolments(form)
        # Columns come from the programme, not from a participant: someone
        # who booked single modules has cells only for those.
        modules = list(
            ModulePage.objects.child_of(self.cohort.programme).live().order_by("number")
        )
        if request.GET.get("format") == "csv":
            return self.csv_response(enrolments, modules)
        paginator = WagtailPaginator(enrolments, MATRIX_PAGE_SIZE)
        page_obj = paginator.get_page(request.GET.get("p"))
        page_enrolments = list(page_obj.object_list)
        progress = programme_progress(page_enrolments)
        rows = [progress[enrolment.pk] for enrolment in page_enrolments]
        table = [(row, [row.module(m.pk) for m in modules]) for row in rows]
        query = request.GET.copy()
        query.pop("p", None)
        return self.render_to_response(
            self.get_context_data(
                cohort=self.cohort,
                form=form,
                page_obj=page_obj,
                paginator=paginator,
                elided_page_range=paginator.get_elided_page_range(page_obj.number),
                table=table,
                modules=modules,
                module_headings=[module_heading(module) for module in modules],
                csv_query=query.urlencode(),
            )
        )

    def csv_response(self, enrolments, modules):
        """The matrix as a CSV download, streamed: progress is computed for
        CSV_BATCH participants at a time while the file goes out."""
        heading = (
            [_("Nachname"), _("Vorname"), _("E-Mail"), _("Berufsfeld"), _("Status")]
            + [f"{_('Modul')} {m.number} (%)" for m in modules]
            + [
                _("Pflichtaktivitäten (%)"),
                _("UE angerechnet"),
                _("UE geplant"),
                _("Seminar-UE anwesend"),
                _("Seminar-UE bisher"),
                _("Seminar-UE gesamt"),
                _("Anwesenheit bisher (%)"),
                _("Anwesenheit gesamt (%)"),
                _("Quote erfüllt"),
            ]
        )
        ids = list(enrolments.values_list("pk", flat=True))
        language = translation.get_language()

        def rows():
            yield heading
            with translation.override(language):
                for start in range(0, len(ids), CSV_BATCH):
                    batch = list(
                        enrolments.filter(pk__in=ids[start : start + CSV_BATCH])
                    )
                    progress = programme_progress(batch)
                    for enrolment in batch:
                        yield matrix_csv_row(progress[enrolment.pk], modules)

        return csv_response(rows(), filename=slugify(f"lernstand-{self.cohort.name}"))


def matrix_csv_row(row, modules):
    """One participant's line of the Lernstand CSV."""
    user = row.enrolment.user
    profile = getattr(user, "participant_profile", None)
    by_module = {m.page.pk: m.percent for m in row.modules}
    attendance = row.attendance
    return (
        [
            user.last_name,
            user.first_name,
            user.email,
            profile.get_professional_field_display() if profile else "",
            row.enrolment.get_status_display(),
        ]
        + [by_module.get(m.pk, "") for m in modules]
        + [
            row.percent,
            format_units(row.units_credited),
            format_units(row.units_planned),
            format_units(attendance.units_present),
            format_units(attendance.units_held),
            format_units(attendance.units_total),
            _blank_if_none(attendance.percent_so_far),
            _blank_if_none(attendance.percent),
            _("ja") if attendance.met else _("nein"),
        ]
    )


def _blank_if_none(value):
    return "" if value is None else value


class GrantAttemptForm(forms.Form):
    enrolment = forms.IntegerField(widget=forms.HiddenInput)
    quiz = forms.IntegerField(widget=forms.HiddenInput)
    reason = forms.CharField(
        label=gettext_lazy("Begründung"),
        max_length=500,
        error_messages={
            "required": gettext_lazy("Bitte geben Sie eine Begründung an.")
        },
    )


class ExhaustedQuizzesView(StaffPageMixin, TemplateView):
    """Participants who used every attempt of a knowledge check without
    passing; a trainer grants one more attempt with a reason."""

    header_icon = "help"
    template_name = "lms/admin/exhausted_quizzes.html"
    index_title = gettext_lazy("Lernstand der Durchgänge")
    index_url_name = "lms_matrix:index"

    def dispatch(self, request, cohort_id):
        self.cohort = get_object_or_404(cohorts_for(request.user), pk=cohort_id)
        return super().dispatch(request, cohort_id)

    def get_page_title(self):
        return _("Wissens-Checks ohne Versuche: %(cohort)s") % {
            "cohort": self.cohort.name
        }

    def exhausted(self):
        enrolments = list(
            Enrolment.objects.filter(cohort=self.cohort)
            .with_course_access()
            .select_related("user", "cohort__programme")
        )
        progress = programme_progress(enrolments)
        return [
            (enrolment, activity)
            for enrolment in enrolments
            for activity in progress[enrolment.pk].quizzes
            if activity.exhausted
        ]

    def get(self, request, cohort_id, form=None):
        return self.render_to_response(
            self.get_context_data(cohort=self.cohort, rows=self.exhausted(), form=form)
        )

    def post(self, request, cohort_id):
        form = GrantAttemptForm(request.POST)
        rows = {(e.pk, a.page.pk): (e, a) for e, a in self.exhausted()}
        key = (
            (form.cleaned_data["enrolment"], form.cleaned_data["quiz"])
            if form.is_valid()
            else None
        )
        if key not in rows:
            if form.is_valid():
                messages.error(
                    request,
                    _("Für diese Person ist kein weiterer Versuch nötig."),
                )
                return redirect("lms_matrix:quizzes", cohort_id)
            return self.get(request, cohort_id, form=form)
        self.grant(*rows[key], by=request.user, reason=form.cleaned_data["reason"])
        return redirect("lms_matrix:quizzes", cohort_id)

    def grant(self, enrolment, activity, *, by, reason):
        services.grant_quiz_attempt(
            enrolment=enrolment, quiz=activity.page, granted_by=by, reason=reason
        )
        messages.success(
            self.request,
            _("%(name)s hat einen weiteren Versuch für „%(quiz)s“.")
            % {"name": display_name(enrolment.user), "quiz": activity.page.title},
        )
