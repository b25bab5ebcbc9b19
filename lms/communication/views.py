"""The participant's side: the calendar feed (no login, secret address),
renewing its address and a single seminar day as a file."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from cms.core.downloads import private, public

from . import services
from .calendar import personal_calendar, single_session
from .models import CalendarFeed
from .selectors import live_session, may_download_session

CALENDAR_TYPE = "text/calendar; charset=utf-8"


@require_safe
def calendar_feed(request, token):
    """The personal calendar behind its secret address; 404 for an address
    that is unknown, renewed or of a deactivated account."""
    feed = (
        CalendarFeed.objects.select_related("user")
        .filter(token=token, user__is_active=True)
        .first()
    )
    if feed is None:
        raise Http404
    response = HttpResponse(personal_calendar(feed.user), content_type=CALENDAR_TYPE)
    response["Content-Disposition"] = 'inline; filename="beccaria-termine.ics"'
    response["X-Robots-Tag"] = "noindex, nofollow"
    return private(response)


@login_required
@require_POST
def renew_calendar_feed(request):
    services.renew_calendar_feed(request.user)
    messages.success(
        request,
        _(
            "Ihr Kalender hat eine neue Adresse. Die alte Adresse funktioniert "
            "nicht mehr; tragen Sie die neue in Ihrem Kalender ein."
        ),
    )
    return redirect("dashboard")


@login_required
@require_safe
def session_download(request, session_id):
    """One of the participant's seminar days as a calendar file."""
    session = live_session(session_id)
    if session is None or not may_download_session(request.user, session):
        raise Http404
    response = HttpResponse(single_session(session), content_type=CALENDAR_TYPE)
    response["Content-Disposition"] = f'attachment; filename="termin-{session.pk}.ics"'
    return public(response)
