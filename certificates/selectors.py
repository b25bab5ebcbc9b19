"""Reusable reads of the certificates app."""

from .models import Certificate


def holder_certificates(user):
    """The user's certificates, newest first, in one query; replaced ones are
    left out (their successor is listed)."""
    if not user.is_authenticated:
        return []
    return list(
        Certificate.objects.filter(enrolment__user=user)
        .exclude(status=Certificate.Status.REPLACED)
        .order_by("-created_at", "-pk")
    )


def successor(certificate):
    """The certificate that replaces `certificate`, if any."""
    return Certificate.objects.filter(replaces=certificate).first()
