from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    """The practice project: drafts, hand-ins, grading, reminders."""

    name = "lms.projects"
    label = "projects"
    verbose_name = _("Praxisprojekt")

    def ready(self):
        from lms.learning.progress import register_activity_kind

        from .progress import AssignmentKind

        register_activity_kind(AssignmentKind())
