"""What the projects app adds to the staff's admin dashboard."""

from wagtail.admin.ui.components import Component

from .grading_views.queue import waiting_for_grading, waiting_hand_ins


class WaitingHandInsPanel(Component):
    """Hand-ins waiting for grading in the cohorts the user looks after
    (all of them for the LPR office), the oldest first, with links to
    review them."""

    name = "waiting_hand_ins"
    order = 10
    template_name = "lms/admin/panels/waiting_hand_ins.html"
    SHOWN = 10

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        count = waiting_for_grading(self.request)
        return {
            "count": count,
            "submissions": waiting_hand_ins(self.request.user)[: self.SHOWN]
            if count
            else [],
        }
