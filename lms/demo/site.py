"""Demo content of the site: home page and legal pages."""

import datetime

from wagtail.models import Site

from cms.models import (
    AccessibilityStatementPage,
    ContentPage,
    HomePage,
    LegalSettings,
)


def _raw(blocks):
    return [{"type": block_type, "value": value} for block_type, value in blocks]


def ensure_child_page(parent, model, slug, log=None, **fields):
    """The published `model` page with `slug` below `parent`, created from
    `fields` (and logged as created) only if it does not exist yet."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        if log:
            log(f"{model._meta.verbose_name} „{page.title}“ angelegt.")
    return page


def seed(*, log):
    """Fill the home page and create Impressum, privacy and accessibility pages.

    Returns the home page. Pages that already exist are left unchanged.
    """
    from .site_content import ACCESSIBILITY, HOME, IMPRINT, PRIVACY

    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    if not isinstance(home, HomePage):
        raise RuntimeError("The default site's root page is not the HomePage.")
    if not home.intro:
        home.title = HOME["title"]
        home.intro = HOME["intro"]
        home.body = _raw(HOME["body"])
        home.save_revision().publish()
        log("Startseite gefüllt.")

    imprint = ensure_child_page(
        home,
        ContentPage,
        IMPRINT["slug"],
        title=IMPRINT["title"],
        body=_raw(IMPRINT["body"]),
    )
    privacy = ensure_child_page(
        home,
        ContentPage,
        PRIVACY["slug"],
        title=PRIVACY["title"],
        body=_raw(PRIVACY["body"]),
    )
    statement_fields = {
        key: value for key, value in ACCESSIBILITY.items() if key != "slug"
    }
    statement_fields["known_barriers"] = [
        {"type": "barrier", "value": barrier}
        for barrier in ACCESSIBILITY["known_barriers"]
    ]
    today = datetime.date.today()
    statement = ensure_child_page(
        home,
        AccessibilityStatementPage,
        ACCESSIBILITY["slug"],
        prepared_on=today,
        last_reviewed_on=today,
        **statement_fields,
    )

    legal = LegalSettings.load()
    if legal.imprint_page_id is None:
        legal.imprint_page = imprint
        legal.privacy_page = privacy
        legal.accessibility_page = statement
        legal.save()
        log("Rechtliche Seiten angelegt und im Fuß verlinkt.")
    return home.specific
