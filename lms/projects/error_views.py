"""Two refusals that must not cost typed text: a request body over the
size limit (400) and a failed CSRF check (403).

The 400 page cannot give the text back – Django refuses to read such a
body – so it explains and sends the participant back to the form, where
`static/js/draft-form.js` offers what this tab kept while typing. A CSRF
failure of the draft form (a stale token after logging in again in another
tab) keeps the posted draft server-side, like a save without a session.
"""

import logging

from django.core.exceptions import RequestDataTooBig
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import Resolver404, resolve
from django.views.decorators.csrf import requires_csrf_token

from . import recovery

logger = logging.getLogger(__name__)

_PLAIN_400 = (
    '<!DOCTYPE html><html lang="de"><meta charset="utf-8">'
    "<title>Ungültige Anfrage</title><h1>Ungültige Anfrage</h1>"
    "<p>Die Anfrage konnte nicht verarbeitet werden.</p></html>"
)


@requires_csrf_token
def bad_request(request, exception=None):
    """handler400: a German page; for a form sent back as too large, the way
    back to the form. Falls back to plain German text when the page itself
    cannot be drawn (e.g. for a request with a host name not served here)."""
    context = {
        "too_large": isinstance(exception, RequestDataTooBig),
        "form_path": request.path if request.method == "POST" else "",
    }
    try:
        return render(request, "400.html", context, status=400)
    except Exception:
        logger.warning("The 400 page could not be rendered.", exc_info=True)
        return HttpResponseBadRequest(_PLAIN_400)


def _draft_page_id(request):
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    if match.url_name != "assignment_workspace":
        return None
    return match.kwargs["page_id"]


@requires_csrf_token
def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW. A draft posted with a stale token is kept and the
    participant goes back to the workspace (through the login if needed);
    everything else gets the German 403 page."""
    page_id = _draft_page_id(request) if request.method == "POST" else None
    if page_id is not None and recovery.keep(request, page_id):
        return redirect("assignment_workspace", page_id=page_id)
    return render(request, "403_csrf.html", status=403)
