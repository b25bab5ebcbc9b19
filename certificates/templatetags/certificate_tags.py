from django import template

from certificates.pdf import iso_date, verification_url

register = template.Library()

# A snapshot's ISO date string as a date, for the `date` filter.
register.filter("iso_date", iso_date)


@register.simple_tag
def certificate_url(certificate):
    """The public verification address printed on the document."""
    return verification_url(certificate)
