"""Results for the LPR office and the trainers of a cohort: per
questionnaire, over the years, as CSV and XLSX."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from cms.core.charts import bar_chart

from .exports import results_export
from .policies import questionnaires_for_staff
from .selectors import comparison, questionnaire_results


class ResultsPageMixin(WagtailAdminTemplateMixin):
    header_icon = "list-ul"

    def get_breadcrumbs_items(self):
        items = [*super().get_breadcrumbs_items()]
        if self.page_title != ResultsIndexView.page_title:
            items.append(
                {
                    "url": reverse("evaluation_results:index"),
                    "label": ResultsIndexView.page_title,
                }
            )
        items.append({"url": "", "label": self.get_page_title()})
        return items


def visible_questionnaire(request, pk):
    """The questionnaire if the user may see its results; 404 otherwise, so
    that others do not even learn it exists."""
    return get_object_or_404(questionnaires_for_staff(request.user), pk=pk)


class ResultsIndexView(ResultsPageMixin, TemplateView):
    page_title = gettext_lazy("Evaluationsergebnisse")
    template_name = "evaluation/admin/results_index.html"

    def get_context_data(self, **kwargs):
        questionnaires = questionnaires_for_staff(self.request.user)
        return super().get_context_data(questionnaires=questionnaires, **kwargs)


def sections(results):
    """(result, chart) per question shown: a bar chart of the scale's
    distribution, None for free text."""
    return [
        (
            result,
            bar_chart(
                result.question.text,
                result.distribution,
                chart_id=f"frage-{result.question.pk}",
                value_heading=_("Antworten"),
            )
            if result.question.is_scale
            else None,
        )
        for result in results.questions
    ]


class ResultsView(ResultsPageMixin, TemplateView):
    template_name = "evaluation/admin/results.html"

    def get(self, request, pk):
        self.questionnaire = visible_questionnaire(request, pk)
        return super().get(request, pk)

    def get_page_title(self):
        return self.questionnaire.title

    def get_page_subtitle(self):
        return str(self.questionnaire.cohort)

    def get_context_data(self, **kwargs):
        results = questionnaire_results(self.questionnaire)
        return super().get_context_data(
            results=results,
            questionnaire=self.questionnaire,
            sections=sections(results),
            **kwargs,
        )


class ResultsExportView(View):
    """?format=csv or xlsx; only results that are shown are exported."""

    def get(self, request, pk):
        results = questionnaire_results(visible_questionnaire(request, pk))
        if not results.shown:
            raise Http404
        response = results_export(results, request.GET.get("format", "csv"))
        if response is None:
            raise Http404
        return response


class ComparisonView(ResultsPageMixin, TemplateView):
    """The same questionnaire (title and module) across cohorts."""

    template_name = "evaluation/admin/comparison.html"

    def get(self, request, pk):
        self.questionnaire = visible_questionnaire(request, pk)
        return super().get(request, pk)

    def get_page_title(self):
        return _("%(title)s im Vergleich der Durchgänge") % {
            "title": self.questionnaire.title
        }

    def get_context_data(self, **kwargs):
        columns, rows = comparison(
            self.questionnaire, questionnaires_for_staff(self.request.user)
        )
        return super().get_context_data(
            questionnaire=self.questionnaire, columns=columns, rows=rows, **kwargs
        )
