from wagtail import hooks

from .panels import AnnouncementsPanel, CalendarPanel
from .viewsets import AnnouncementViewSet


@hooks.register("register_admin_viewset")
def register_announcement_viewset():
    return AnnouncementViewSet()


@hooks.register("construct_learner_dashboard_panels")
def add_communication_panels(request, panels):
    panels.append(AnnouncementsPanel(request.user))
    panels.append(CalendarPanel(request.user))
