from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearningConfig(AppConfig):
    """The learner record; its label stays `lms`, the name its tables and
    migrations have always had."""

    name = "lms.learning"
    label = "lms"
    verbose_name = _("Qualifizierung")

    def ready(self):
        from .activity_kinds import LessonKind, QuizKind, SessionKind
        from .progress import register_activity_kind

        for kind in (LessonKind, QuizKind, SessionKind):
            register_activity_kind(kind())
