"""What communication adds to the participant's dashboard /lernen/."""

from django.conf import settings
from django.middleware.csrf import get_token
from django.urls import reverse
from wagtail.admin.ui.components import Component

from lms.learning.models import Enrolment

from . import services
from .selectors import announcements_for


class AnnouncementsPanel(Component):
    """„Mitteilungen“: the newest announcements to the participant's
    cohorts; renders nothing while there are none."""

    template_name = "communication/includes/announcements.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        return {"announcements": announcements_for(self.user)}


class CalendarPanel(Component):
    """„Termine im eigenen Kalender“: the secret calendar address, for
    participants with an enrolment."""

    template_name = "communication/includes/calendar.html"

    def __init__(self, user):
        self.user = user

    def render_html(self, parent_context=None):
        enrolled = (
            Enrolment.objects.for_user(self.user)
            .exclude(status=Enrolment.Status.CANCELLED)
            .exists()
        )
        return super().render_html(parent_context) if enrolled else ""

    def get_context_data(self, parent_context=None):
        feed = services.calendar_feed(self.user)
        path = reverse("calendar_feed", args=[feed.token])
        request = (parent_context or {}).get("request")
        if request is None:
            return {"feed_url": settings.SITE_URL + path, "feed_path": path}
        return {
            "feed_url": request.build_absolute_uri(path),
            "feed_path": path,
            # The renewal form posts; components render without the request.
            "csrf_token": get_token(request),
        }
