"""Issuing certificates as one staff area of the Wagtail admin."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from . import admin_views
from .policies import may_issue


class CertificateMenuItem(MenuItem):
    """For the LPR office: who may issue certificates."""

    def is_shown(self, request):
        return may_issue(request.user)


class CertificatesViewSet(ViewSet):
    """Cohorts ready for certificates, batches, the register of all issued
    certificates, and revoking or re-issuing one."""

    name = "certificates_admin"
    url_prefix = "zertifikate"
    icon = "doc-full"
    add_to_admin_menu = True
    menu_label = _("Zertifikate")
    menu_name = "zertifikate"
    menu_order = 240
    menu_item_class = CertificateMenuItem

    def get_urlpatterns(self):
        return [
            path("", admin_views.IndexView.as_view(), name="index"),
            path("alle/", admin_views.CertificateListView.as_view(), name="list"),
            path(
                "durchgang/<int:cohort_id>/",
                admin_views.CohortView.as_view(),
                name="cohort",
            ),
            path(
                "sammelausstellung/<int:batch_id>/",
                admin_views.BatchView.as_view(),
                name="batch",
            ),
            path(
                "<int:pk>/",
                admin_views.CertificateView.as_view(),
                name="certificate",
            ),
            path(
                "<int:pk>/pdf/",
                admin_views.CertificatePdfView.as_view(),
                name="pdf",
            ),
        ]
