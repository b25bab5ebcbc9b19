"""Text typed into the draft when the session was gone.

When the participant's session ended (logged out in another tab, expired)
or their CSRF token changed (logged in again elsewhere), a save of the
draft cannot be taken. What was posted is kept in the session instead – a
new, anonymous one if need be, which `login()` carries over – and the
workspace offers it again in the form, unsaved, after logging in.

The draft form carries a signed owner token (user and assignment), so only
the participant who typed the text is offered it: not another person who
logs in on the same computer, and not text forged by another site.
"""

from django.core import signing
from django.http import QueryDict

SESSION_KEY = "projects.unsaved_draft"
_SALT = "lms.projects.recovery"
# A form older than this is not taken back: the session it came from is long gone.
MAX_AGE = 30 * 24 * 60 * 60
_NOT_KEPT = ("csrfmiddlewaretoken", "owner", "remove")


def owner_token(user, page):
    """The token the draft form posts along (`owner`)."""
    return signing.dumps([user.pk, page.pk], salt=_SALT)


def _owner(token):
    try:
        user_id, page_id = signing.loads(token, salt=_SALT, max_age=MAX_AGE)
    except (signing.BadSignature, TypeError, ValueError):
        return None
    return user_id, page_id


def keep(request, page_id):
    """Keep the posted draft of assignment `page_id` in the session; False
    when the form carries no valid owner token for it."""
    owner = _owner(request.POST.get("owner", ""))
    if owner is None or owner[1] != page_id:
        return False
    request.session[SESSION_KEY] = {
        "user": owner[0],
        "page": page_id,
        "data": {
            name: request.POST.getlist(name)
            for name in request.POST
            if name not in _NOT_KEPT
        },
        "file_dropped": bool(request.FILES.get("file")),
    }
    return True


def kept(request, page):
    """What was kept for this participant and assignment: (form data as a
    QueryDict, whether a chosen file was dropped), or None."""
    stash = request.session.get(SESSION_KEY)
    if (
        not isinstance(stash, dict)
        or stash.get("page") != page.pk
        or stash.get("user") != request.user.pk
    ):
        return None
    data = QueryDict(mutable=True)
    for name, values in stash["data"].items():
        data.setlist(name, values)
    return data, stash.get("file_dropped", False)


def forget(request):
    request.session.pop(SESSION_KEY, None)
