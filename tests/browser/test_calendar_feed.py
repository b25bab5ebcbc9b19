"""A participant finds the calendar address on /lernen/, copies it and a
calendar program gets a valid calendar from it, without logging in."""

import pytest
from icalendar import Calendar

from lms.communication.models import CalendarFeed
from tests.browser.conftest import log_in, run_axe

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_participant_copies_the_calendar_address_and_subscribes(
    page, browser, demo_site, artifacts
):
    page.context.grant_permissions(
        ["clipboard-read", "clipboard-write"], origin=demo_site
    )
    log_in(page, demo_site, "teilnehmerin")
    page.get_by_role("heading", name="Termine im eigenen Kalender").wait_for()
    assert run_axe(page) == []

    field = page.get_by_label("Ihre persönliche Kalender-Adresse")
    address = field.input_value()
    token = CalendarFeed.objects.get(user__username="teilnehmerin").token
    assert address == f"{demo_site}/lernen/kalender/{token}.ics"
    page.get_by_role("button", name="Adresse kopieren").click()
    page.get_by_text("Adresse kopiert.").wait_for(state="attached")
    assert page.evaluate("navigator.clipboard.readText()") == address
    page.get_by_text("So tragen Sie die Adresse ein").click()
    page.get_by_text("Thunderbird:").wait_for()
    page.screenshot(path=str(artifacts / "calendar-feed.png"), full_page=True)

    # A calendar program knows no session: a fresh context fetches the address.
    calendar_app = browser.new_context()
    response = calendar_app.request.get(address)
    assert response.status == 200
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.body())
    events = calendar.walk("VEVENT")
    assert events, "the demo participant has seminar days"
    assert all(event.get("dtstart") and event.get("summary") for event in events)
    calendar_app.close()

    page.get_by_role("button", name="Neue Adresse erzeugen").click()
    page.get_by_text("Ihr Kalender hat eine neue Adresse.").wait_for()
    assert (
        page.get_by_label("Ihre persönliche Kalender-Adresse").input_value() != address
    )
    assert run_axe(page) == []
    stale = browser.new_context()
    assert stale.request.get(address).status == 404
    stale.close()
