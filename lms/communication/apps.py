from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunicationConfig(AppConfig):
    """Announcements to a cohort, seminar reminders, the personal calendar."""

    name = "lms.communication"
    label = "communication"
    verbose_name = _("Kommunikation")

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from .models import Announcement
        from .policies import AnnouncementPolicy

        register_permission_policy(Announcement, AnnouncementPolicy(Announcement))
