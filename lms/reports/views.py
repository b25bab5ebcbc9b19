"""The report in the admin, and its downloads: CSV per table, XLSX, PDF.

Only who holds `reports.view_reports` (the LPR office, see `setup_roles`)
may open any of them; the filter is read from the query string, so every
download covers what the page shows."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from cms.core.charts import bar_chart

from .exports import section_download, selection_label, xlsx_response
from .figures import Selection, report, section_report
from .forms import SelectionForm
from .models import VIEW_PERMISSION
from .pdf import ReportPdfError, pdf_response


class ReportAccessMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(VIEW_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form(self):
        return SelectionForm(self.request.GET or None)

    def selection_or_none(self):
        """The selection the query string asks for (all without any), or
        None when it is not valid."""
        form = self.get_form()
        if form.is_bound and not form.is_valid():
            return None
        return form.selection() if form.is_bound else Selection()


def chart(section):
    return bar_chart(
        section.title,
        section.chart,
        chart_id=section.chart_id,
        unit=section.unit,
        value_heading=section.value_heading,
    )


class ReportView(ReportAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Lehrgangsbericht")
    header_icon = "table"
    template_name = "reports/report.html"

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        form = self.get_form()
        selection = self.selection_or_none()
        sections = report(selection) if selection is not None else []
        return super().get_context_data(
            form=form,
            selection=selection,
            selection_label=selection_label(selection) if selection else "",
            sections=[(section, chart(section)) for section in sections],
            query=self.request.GET.urlencode(),
            **kwargs,
        )


class DownloadView(ReportAccessMixin, View):
    """`kind` is „xlsx“ or „pdf“ for the whole report, „csv“ or „xlsx“
    with a section's key for one table."""

    def get(self, request, kind, section=None):
        if kind not in ("xlsx", "pdf", "csv"):
            raise Http404
        selection = self.selection_or_none()
        if selection is None:
            # The report page names what is wrong with the selection.
            return redirect(f"{reverse('reports:index')}?{request.GET.urlencode()}")
        if section is not None:
            return self.section(selection, section, kind)
        if kind == "xlsx":
            return xlsx_response(report(selection), selection)
        if kind == "pdf":
            return self.pdf(selection)
        raise Http404

    def section(self, selection, key, kind):
        wanted = section_report(selection, key)
        if wanted is None or kind not in ("csv", "xlsx"):
            raise Http404
        return section_download(wanted, selection, kind)

    def pdf(self, selection):
        try:
            return pdf_response(report(selection), selection)
        except ReportPdfError:
            messages.error(
                self.request,
                _(
                    "Der Jahresbericht konnte nicht als PDF erstellt werden; der "
                    "Fehler ist protokolliert. Die Zahlen stehen unten und in der "
                    "Excel-Datei."
                ),
            )
            return redirect(
                f"{reverse('reports:index')}?{self.request.GET.urlencode()}"
            )
