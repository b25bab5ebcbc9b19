"""Template context for every page of the public site."""

ADMIN_LINK_KEY = "shows_admin_link"


def admin_link(request):
    """Whether the header shows the link to the admin. Worked out once per
    login session and kept there: a participant's page then costs no
    permission queries. The admin itself checks permissions on every
    request, so a stale value only shows or hides a link."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {ADMIN_LINK_KEY: False}
    shown = request.session.get(ADMIN_LINK_KEY)
    if shown is None:
        shown = user.is_staff or user.has_perm("wagtailadmin.access_admin")
        request.session[ADMIN_LINK_KEY] = shown
    return {ADMIN_LINK_KEY: shown}
