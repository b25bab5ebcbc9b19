from django import template

from certificates.models import Certificate
from certificates.pdf import iso_date, verification_url

register = template.Library()

# A snapshot's ISO date string as a date, for the `date` filter.
register.filter("iso_date", iso_date)


@register.simple_tag
def certificate_url(certificate):
    """The public verification address printed on the document."""
    return verification_url(certificate)


@register.inclusion_tag("certificates/includes/dashboard.html")
def user_certificates(user):
    """The user's certificates for /lernen/, in one query; replaced ones are
    left out, their successor is listed."""
    certificates = []
    if user.is_authenticated:
        certificates = list(
            Certificate.objects.filter(enrolment__user=user)
            .exclude(status=Certificate.Status.REPLACED)
            .order_by("-created_at", "-pk")
        )
    return {"certificates": certificates}
