from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse

from cms.core.mail import render_templated_mail

from .models import Certificate


def _holder_mail(certificate, template):
    """Mail `template` to the holder of `certificate`, if they have an
    address and an active account."""
    user = certificate.enrolment.user
    if not user.email or not user.is_active:
        return
    subject, body = render_templated_mail(
        template,
        {
            "certificate": certificate,
            "user": user,
            "dashboard_url": settings.SITE_URL + reverse("dashboard"),
        },
    )
    send_mail(subject, body, None, [user.email])


def send_revocation_notice(certificate_id):
    """Mail the holder of a revoked certificate, with the reason."""
    certificate = (
        Certificate.objects.select_related("enrolment__user")
        .filter(pk=certificate_id, status=Certificate.Status.REVOKED)
        .first()
    )
    if certificate is not None:
        _holder_mail(certificate, "certificates/mail/revoked")


def send_ready_notice(certificate_id):
    """Mail the holder of an issued certificate; nothing for one revoked or
    replaced since, or a holder without an address."""
    certificate = (
        Certificate.objects.select_related("enrolment__user")
        .filter(pk=certificate_id, status=Certificate.Status.ISSUED)
        .first()
    )
    if certificate is not None:
        _holder_mail(certificate, "certificates/mail/ready")
