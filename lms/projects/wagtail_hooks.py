from django.utils.translation import ngettext
from wagtail import hooks

from .grading_views.queue import waiting_for_grading
from .models import Submission
from .panels import WaitingHandInsPanel
from .viewsets import GradingViewSet


@hooks.register("register_admin_viewset")
def register_grading_viewset():
    return GradingViewSet()


@hooks.register("refuse_account_deletion")
def accounts_with_projects(users):
    """Handed-in projects and their reviews are evidence for the certificate
    and are never deleted with an account."""
    count = (
        Submission.objects.filter(enrolment__user__in=users, submitted_at__isnull=False)
        .values("enrolment__user")
        .distinct()
        .count()
    )
    if not count:
        return None
    return ngettext(
        "Ein Konto hat eingereichte Projektarbeiten und kann nicht gelöscht "
        "werden. Deaktivieren Sie es stattdessen.",
        "%(count)s Konten haben eingereichte Projektarbeiten und können nicht "
        "gelöscht werden. Deaktivieren Sie sie stattdessen.",
        count,
    ) % {"count": count}


@hooks.register("construct_homepage_panels")
def add_waiting_hand_ins_panel(request, panels):
    """For trainers and the LPR office: everyone who looks after cohorts."""
    if waiting_for_grading(request) is not None:
        panels.append(WaitingHandInsPanel(request))
