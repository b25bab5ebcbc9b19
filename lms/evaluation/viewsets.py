"""The evaluation area of the Wagtail admin: questionnaires (LPR office) and
their results (office and the trainers of the cohort)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, HelpPanel, InlinePanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import EditView
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from .admin_views import (
    ComparisonView,
    ResultsExportView,
    ResultsIndexView,
    ResultsView,
)
from .forms import QuestionnaireForm
from .models import Questionnaire
from .policies import questionnaires_for_staff, questions_frozen

FROZEN = _(
    "<p><strong>Die Fragen sind eingefroren.</strong> Es liegen bereits "
    "Antworten vor. Würden Fragen jetzt geändert, hinzugefügt oder gelöscht, "
    "passten die bisherigen Antworten nicht mehr zu ihnen und die Auswertung "
    "wäre falsch. Sie können die Befragung nur noch schließen und die "
    "Mindestzahl der Antworten ändern. Für neue Fragen legen Sie eine neue "
    "Befragung an.</p>"
)

QUESTION_PANELS = [FieldPanel("text"), FieldPanel("kind")]

editable_panel = ObjectList(
    [
        FieldPanel("title"),
        FieldPanel("cohort"),
        FieldPanel("module"),
        FieldPanel("intro"),
        InlinePanel("questions", panels=QUESTION_PANELS, label=_("Frage"), min_num=1),
        FieldPanel("min_answers"),
        FieldPanel("status"),
    ],
    base_form_class=QuestionnaireForm,
)

frozen_panel = ObjectList(
    [
        HelpPanel(content=FROZEN, template="evaluation/admin/frozen_questions.html"),
        FieldPanel("min_answers"),
        FieldPanel("status"),
    ],
    base_form_class=QuestionnaireForm,
).bind_to_model(Questionnaire)


class QuestionnaireEditView(EditView):
    """Once someone has answered, the questions cannot be edited."""

    def get_panel(self):
        questionnaire = Questionnaire.objects.filter(pk=self.kwargs["pk"]).first()
        if questionnaire and questions_frozen(questionnaire):
            return frozen_panel
        return super().get_panel()

    def get_form_class(self):
        return self.panel.get_form_class()


class ResponsesColumn(Column):
    def get_value(self, instance):
        return instance.participations.count()


class QuestionnaireViewSet(ModelViewSet):
    model = Questionnaire
    icon = "form"
    menu_label = _("Befragungen")
    edit_handler = editable_panel
    edit_view_class = QuestionnaireEditView
    copy_view_enabled = False
    list_display = [
        "title",
        "cohort",
        "module",
        "status",
        ResponsesColumn("responses", label=_("Antworten")),
    ]
    list_filter = ["cohort", "status"]
    search_fields = ["title"]


class ResultsMenuItem(MenuItem):
    def is_shown(self, request):
        return questionnaires_for_staff(request.user).exists()


class ResultsViewSet(ViewSet):
    name = "evaluation_results"
    url_prefix = "evaluation/ergebnisse"
    icon = "list-ul"
    menu_label = _("Ergebnisse")
    menu_item_class = ResultsMenuItem

    def get_urlpatterns(self):
        return [
            path("", ResultsIndexView.as_view(), name="index"),
            path("<int:pk>/", ResultsView.as_view(), name="results"),
            path("<int:pk>/export/", ResultsExportView.as_view(), name="export"),
            path("<int:pk>/vergleich/", ComparisonView.as_view(), name="comparison"),
        ]


class EvaluationViewSetGroup(ViewSetGroup):
    menu_label = _("Evaluation")
    menu_icon = "list-ul"
    menu_order = 240
    items = [QuestionnaireViewSet("questionnaires"), ResultsViewSet()]
