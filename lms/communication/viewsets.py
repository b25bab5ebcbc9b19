"""Announcements as one staff area of the Wagtail admin."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.viewsets.model import ModelViewSet

from . import admin_views
from .admin_views import StatusColumn
from .forms import AnnouncementForm
from .models import Announcement


class AnnouncementViewSet(ModelViewSet):
    """The office and trainers write to a cohort and send it once."""

    model = Announcement
    name = "announcements"
    url_prefix = "mitteilungen"
    icon = "mail"
    add_to_admin_menu = True
    menu_label = _("Mitteilungen")
    menu_order = 225
    copy_view_enabled = False
    index_view_class = admin_views.AnnouncementIndexView
    add_view_class = admin_views.AnnouncementCreateView
    edit_view_class = admin_views.AnnouncementEditView
    delete_view_class = admin_views.AnnouncementDeleteView
    history_view_class = admin_views.AnnouncementHistoryView
    usage_view_class = admin_views.AnnouncementUsageView
    list_display = ["title", "cohort", StatusColumn("status", label=_("Status"))]
    edit_handler = ObjectList(
        [FieldPanel("cohort"), FieldPanel("title"), FieldPanel("body")],
        base_form_class=AnnouncementForm,
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(
                "<int:pk>/",
                admin_views.AnnouncementDetailView.as_view(),
                name="detail",
            ),
        ]
