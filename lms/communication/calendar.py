"""iCalendar files (RFC 5545, built with the `icalendar` library): the
participant's personal feed and single seminar days."""

import datetime

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from .selectors import participant_due_dates, participant_sessions

PRODID = "-//Landespraeventionsrat Sachsen//Beccaria LMS//DE"


def _host():
    return settings.SITE_URL.split("://", 1)[-1].split("/", 1)[0]


def _utc(moment):
    return moment.astimezone(datetime.UTC)


def _calendar(name):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    return calendar


def session_event(session, stamp):
    """A seminar day as a VEVENT: time, place and its page."""
    event = Event()
    event.add("uid", f"seminar-{session.pk}@{_host()}")
    event.add("dtstamp", _utc(stamp))
    event.add("dtstart", _utc(session.starts_at))
    event.add("dtend", _utc(session.ends_at))
    event.add("summary", session.title)
    event.add("location", session.location)
    event.add("url", settings.SITE_URL + session.url)
    return event


def due_event(page, due_at, stamp):
    """A practice project's due date as a VEVENT at that moment."""
    event = Event()
    event.add("uid", f"abgabe-{page.pk}@{_host()}")
    event.add("dtstamp", _utc(stamp))
    event.add("dtstart", _utc(due_at))
    event.add("dtend", _utc(due_at))
    event.add("summary", _("Abgabe: %(title)s") % {"title": page.title})
    event.add("url", settings.SITE_URL + page.url)
    return event


def personal_calendar(user):
    """The participant's seminar days and due dates, as bytes."""
    stamp = timezone.now()
    calendar = _calendar(_("Beccaria – meine Termine"))
    for session in participant_sessions(user):
        calendar.add_component(session_event(session, stamp))
    for page, due_at in participant_due_dates(user):
        calendar.add_component(due_event(page, due_at, stamp))
    return calendar.to_ical()


def single_session(session):
    """One seminar day as a calendar file, as bytes."""
    calendar = _calendar(session.title)
    calendar.add_component(session_event(session, timezone.now()))
    return calendar.to_ical()
