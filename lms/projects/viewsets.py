"""The grading queue as one staff area of the Wagtail admin."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.sidebar import LinkMenuItem
from wagtail.admin.viewsets.base import ViewSet

from . import grading_views


class GradingMenuItem(MenuItem):
    """The grading queue, with the number of hand-ins waiting in the label.

    Menu items are shared between requests: the count goes into the
    rendered component, never into `self`.
    """

    def is_shown(self, request):
        return grading_views.waiting_for_grading(request) is not None

    def render_component(self, request):
        waiting = grading_views.waiting_for_grading(request)
        label = f"{self.label} ({waiting})" if waiting else self.label
        return LinkMenuItem(
            self.name,
            label,
            self.url,
            icon_name=self.icon_name,
            classname=self.classname,
            attrs=self.attrs,
        )


class GradingViewSet(ViewSet):
    """Trainers review handed-in projects and keep each participant's file."""

    name = "lms_grading"
    url_prefix = "bewertung"
    icon = "tasks"
    add_to_admin_menu = True
    menu_label = _("Projektbewertung")
    menu_name = "projektbewertung"
    menu_order = 215
    menu_item_class = GradingMenuItem

    def get_urlpatterns(self):
        return [
            path("", grading_views.GradingIndexView.as_view(), name="index"),
            path(
                "fassung/<int:version_id>/",
                grading_views.ReviewView.as_view(),
                name="review",
            ),
            path(
                "projektakte/<int:enrolment_id>/<int:page_id>/",
                grading_views.ProjectView.as_view(),
                name="project",
            ),
        ]
