from django import template
from wagtail.models import Page, Site

from cms.core.people import display_name
from cms.models import LegalSettings

register = template.Library()


@register.inclusion_tag("includes/footer_legal_links.html", takes_context=True)
def footer_legal_links(context):
    """The Impressum, privacy and accessibility links of the footer."""
    request = context["request"]
    legal = LegalSettings.load(request_or_site=request)
    ids = [legal.imprint_page_id, legal.privacy_page_id, legal.accessibility_page_id]
    found = Page.objects.live().in_bulk([pk for pk in ids if pk])
    return {"request": request, "pages": [found[pk] for pk in ids if pk in found]}


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The pages below the home page that editors put into the menu."""
    request = context["request"]
    site = Site.find_for_request(request)
    current = context.get("page")
    current_path = current.path if current else ""
    pages = site.root_page.get_children().live().in_menu() if site else []
    return {
        "items": [
            {
                "page": item,
                "current": item.path == current_path,
                "active": current_path.startswith(item.path),
            }
            for item in pages
        ],
        "request": request,
    }


@register.filter(name="display_name")
def display_name_filter(user):
    """`{{ user|display_name }}`: the full name or the user name; empty for
    no user (e.g. a deleted staff account)."""
    return display_name(user) if user else ""
