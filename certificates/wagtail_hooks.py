from django.contrib.auth.models import Permission
from django.utils.translation import ngettext
from wagtail import hooks

from .models import Certificate
from .panels import CertificatesPanel, CohortsToCertifyPanel, StuckCertificatesPanel
from .policies import may_issue
from .viewsets import CertificatesViewSet


@hooks.register("register_admin_viewset")
def register_certificates_viewset():
    return CertificatesViewSet()


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


@hooks.register("construct_homepage_panels")
def add_office_certificate_panels(request, panels):
    if may_issue(request.user):
        panels.append(StuckCertificatesPanel())
        panels.append(CohortsToCertifyPanel())
