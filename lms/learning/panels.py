"""What the learning app adds to the staff's admin dashboard."""

from wagtail.admin.ui.components import Component

from .policies import cohorts_for
from .selectors import sessions_without_attendance


class MissingAttendancePanel(Component):
    """Seminar days that are over in the cohorts the user looks after (all
    of them for the LPR office) and have no recorded attendance yet."""

    name = "missing_attendance"
    order = 20
    template_name = "lms/admin/panels/missing_attendance.html"
    SHOWN = 10

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        missing = sessions_without_attendance(cohorts_for(self.user))
        rows = list(missing[: self.SHOWN + 1])
        return {
            "count": missing.count() if len(rows) > self.SHOWN else len(rows),
            "rows": rows[: self.SHOWN],
        }
