"""What the evaluation adds to the participant's dashboard."""

from wagtail.admin.ui.components import Component

from .selectors import questionnaires_on_dashboard


class EvaluationPanel(Component):
    """„Ihre Meinung“ on /lernen/: open questionnaires of the participant's
    cohorts; renders nothing when there are none."""

    template_name = "evaluation/includes/dashboard.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        return {"entries": questionnaires_on_dashboard(self.user)}
