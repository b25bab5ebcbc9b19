"""The report's URLs below /admin/berichte/ and its entry in Wagtail's
„Berichte“ menu, shown only to who may open it."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from .models import VIEW_PERMISSION
from .views import DownloadView, ReportView


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_PERMISSION)


class ReportViewSet(ViewSet):
    name = "reports"
    url_prefix = "berichte"
    icon = "table"

    def get_urlpatterns(self):
        return [
            path("", ReportView.as_view(), name="index"),
            path(
                "tabelle/<slug:section>/<str:kind>/",
                DownloadView.as_view(),
                name="section",
            ),
            path("<str:kind>/", DownloadView.as_view(), name="download"),
        ]


def menu_item():
    return ReportMenuItem(
        _("Lehrgangsbericht"),
        reverse("reports:index"),
        name="lehrgangsbericht",
        icon_name="table",
        order=100,
    )
