from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EvaluationConfig(AppConfig):
    """Course evaluation: anonymous questionnaires for a cohort's module."""

    name = "lms.evaluation"
    label = "evaluation"
    verbose_name = _("Evaluation")
