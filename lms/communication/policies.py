"""Who may write and send announcements: the LPR office to every cohort,
a trainer to their own cohorts, nobody else."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies.base import BasePermissionPolicy

from lms.learning.policies import cohorts_for

from .models import Announcement


def announcements_for_staff(user):
    """The announcements `user` may see in the admin: those to their cohorts."""
    return Announcement.objects.filter(cohort__in=cohorts_for(user)).select_related(
        "cohort", "created_by", "sent_by"
    )


class AnnouncementPolicy(BasePermissionPolicy):
    """Every action is open to staff who look after a cohort; the views
    narrow the announcements to those cohorts, and a sent announcement can
    be neither changed nor deleted (see `editable`)."""

    def user_has_permission(self, user, action):
        return cohorts_for(user).exists()

    def user_has_permission_for_instance(self, user, action, instance):
        if action in ("change", "delete") and instance.is_sent:
            return False
        return cohorts_for(user).filter(pk=instance.cohort_id).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        return announcements_for_staff(user)

    def users_with_any_permission(self, actions):
        return (
            get_user_model()
            .objects.filter(
                Q(trained_cohorts__isnull=False)
                | Q(groups__permissions__codename="view_cohort")
                | Q(user_permissions__codename="view_cohort")
                | Q(is_superuser=True),
                is_active=True,
            )
            .distinct()
        )


def editable(user):
    """The announcements `user` may still change or delete: unsent ones."""
    return announcements_for_staff(user).filter(sent_at__isnull=True)
