from django.contrib.auth.models import Permission
from wagtail import hooks

from .panels import EvaluationPanel
from .viewsets import EvaluationViewSetGroup


@hooks.register("register_admin_viewset")
def register_evaluation_viewsets():
    return EvaluationViewSetGroup()


@hooks.register("register_permissions")
def register_evaluation_permissions():
    """Seeing the results of every cohort can be granted to groups."""
    return Permission.objects.filter(
        content_type__app_label="evaluation", codename="view_results"
    )


@hooks.register("construct_learner_dashboard_panels")
def add_evaluation_panel(request, panels):
    panels.append(EvaluationPanel(request.user))
