"""Wagtail admin: the LPR office enrols a cohort from a CSV file.

Upload → preview (or a report of every problem) → confirm → summary. The
preview keeps the checked rows in the session; confirming checks them again
against the database and imports all of them or none.
"""

import secrets

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy

from .enrolment_file import ImportRow, InvalidEnrolmentFile, read_enrolment_file
from .enrolment_import import PlannedRow, import_enrolments, plan_import
from .models import Cohort, Enrolment

PENDING_KEY = "enrolment_import_pending"
RESULT_KEY = "enrolment_import_result"
MAX_ERRORS_SHOWN = 200


class CohortChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.programme.title} – {obj.name}"


class EnrolmentImportForm(forms.Form):
    cohort = CohortChoiceField(
        label=gettext_lazy("Durchgang"),
        queryset=Cohort.objects.select_related("programme"),
        help_text=gettext_lazy(
            "In diesen Durchgang werden alle Personen eingeschrieben."
        ),
    )
    file = forms.FileField(
        label=gettext_lazy("CSV-Datei"),
        help_text=gettext_lazy(
            "Spalten: Vorname; Nachname; E-Mail; Organisation. Höchstens 2 MB."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.txt,text/csv"}),
    )


class EnrolmentImportMixin(PermissionCheckedMixin):
    """Only who may add enrolments (the LPR office) may import them."""

    permission_policy = ModelPermissionPolicy(Enrolment)
    permission_required = "add"
    page_title = gettext_lazy("Einschreibung per CSV-Datei")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("enrolment_import:index"), "label": self.page_title},
        ]


class EnrolmentImportView(EnrolmentImportMixin, WagtailAdminTemplateMixin, FormView):
    """Upload shows a preview or the problems; confirming the preview imports."""

    form_class = EnrolmentImportForm
    template_name = "lms/admin/enrolment_import.html"

    def post(self, request, *args, **kwargs):
        if "token" in request.POST:
            return self.confirm(request.POST["token"])
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        cohort = form.cleaned_data["cohort"]
        try:
            rows = read_enrolment_file(form.cleaned_data["file"])
            plans = plan_import(cohort=cohort, rows=rows)
        except InvalidEnrolmentFile as error:
            return self.report_errors(form, error)
        token = secrets.token_urlsafe()
        self.request.session[PENDING_KEY] = {
            "token": token,
            "cohort": cohort.pk,
            "rows": [row.as_dict() for row in rows],
        }
        return self.render(
            "lms/admin/enrolment_import_preview.html",
            cohort=cohort,
            plans=plans,
            token=token,
            counts=_count(plans),
        )

    def confirm(self, token):
        pending = self.request.session.pop(PENDING_KEY, None)
        if not pending or not secrets.compare_digest(pending["token"], token):
            messages.error(
                self.request,
                _(
                    "Diese Vorschau ist nicht mehr gültig. Bitte laden Sie die "
                    "Datei erneut hoch."
                ),
            )
            return redirect("enrolment_import:index")
        cohort = get_object_or_404(Cohort, pk=pending["cohort"])
        rows = [ImportRow(**row) for row in pending["rows"]]
        try:
            result = import_enrolments(cohort=cohort, rows=rows)
        except InvalidEnrolmentFile as error:
            return self.report_errors(
                self.get_form_class()(initial={"cohort": cohort}), error
            )
        self.request.session[RESULT_KEY] = _summary(cohort, result)
        return redirect("enrolment_import:done")

    def report_errors(self, form, error):
        return self.render(
            self.template_name,
            form=form,
            errors=error.errors[:MAX_ERRORS_SHOWN],
            more_errors=max(len(error.errors) - MAX_ERRORS_SHOWN, 0),
        )

    def render(self, template_name, **context):
        return TemplateResponse(
            self.request, template_name, self.get_context_data(**context)
        )


class EnrolmentImportDoneView(
    EnrolmentImportMixin, WagtailAdminTemplateMixin, TemplateView
):
    """The summary of the last import in this session."""

    template_name = "lms/admin/enrolment_import_done.html"

    def get(self, request, *args, **kwargs):
        if RESULT_KEY not in request.session:
            return redirect("enrolment_import:index")
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            result=self.request.session[RESULT_KEY], **kwargs
        )


def _count(plans):
    actions = [plan.action for plan in plans]
    return {
        "new": actions.count(PlannedRow.NEW),
        "existing": actions.count(PlannedRow.EXISTING),
        "enrolled": actions.count(PlannedRow.ENROLLED),
    }


def _summary(cohort, result):
    """The import result as plain data, to survive the redirect in the session."""

    def people(users):
        return [
            {
                "name": user.get_full_name(),
                "email": user.email,
                "username": user.get_username(),
            }
            for user in users
        ]

    return {
        "cohort": f"{cohort.programme.title} – {cohort.name}",
        "created": people(result.created),
        "enrolled": people(result.enrolled),
        "already_enrolled": people(result.already_enrolled),
    }
