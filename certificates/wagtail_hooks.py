from django.contrib.auth.models import Permission
from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views
from .models import Certificate
from .panels import CertificatesPanel


@hooks.register("register_admin_urls")
def register_certificate_admin_urls():
    urlpatterns = [
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
    return [
        path(
            "zertifikate/",
            include(
                (urlpatterns, "certificates_admin"), namespace="certificates_admin"
            ),
        )
    ]


class CertificateMenuItem(MenuItem):
    """For the LPR office: who may issue certificates."""

    def is_shown(self, request):
        return admin_views.may_issue(request.user)


@hooks.register("register_admin_menu_item")
def register_certificate_menu_item():
    return CertificateMenuItem(
        _("Zertifikate"),
        reverse_lazy("certificates_admin:index"),
        name="zertifikate",
        icon_name="doc-full",
        order=240,
    )


@hooks.register("register_permissions")
def register_certificate_permissions():
    """Issuing and revoking can be granted to groups in the admin."""
    return Permission.objects.filter(
        content_type__app_label="certificates",
        codename__in=["issue_certificate", "revoke_certificate"],
    )


@hooks.register("refuse_account_deletion")
def certificate_holders(users):
    """Certificates stay verifiable: their holders' accounts are never
    deleted (their enrolments are protected in the database as well)."""
    count = (
        Certificate.objects.filter(enrolment__user__in=users)
        .values("enrolment__user")
        .distinct()
        .count()
    )
    if not count:
        return None
    return ngettext(
        "Ein Konto gehört zu ausgestellten Zertifikaten und kann nicht gelöscht "
        "werden: das Zertifikatsregister muss prüfbar bleiben. Deaktivieren "
        "Sie es stattdessen.",
        "%(count)s Konten gehören zu ausgestellten Zertifikaten und können "
        "nicht gelöscht werden: das Zertifikatsregister muss prüfbar bleiben. "
        "Deaktivieren Sie sie stattdessen.",
        count,
    ) % {"count": count}


@hooks.register("construct_learner_dashboard_panels")
def add_certificates_panel(request, panels):
    panels.append(CertificatesPanel(request.user))
