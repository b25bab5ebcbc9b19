"""The personal calendar feed and single seminar days as .ics files."""

import datetime

import pytest
from django.urls import reverse
from icalendar import Calendar

from lms.communication import services
from tests.factories import AssignmentPageFactory

from .conftest import local

pytestmark = pytest.mark.django_db


def _events(response):
    calendar = Calendar.from_ical(response.content)
    return {str(event["summary"]): event for event in calendar.walk("VEVENT")}


@pytest.fixture
def assignment(world):
    return AssignmentPageFactory(
        parent=world["module"], title="Praxisprojekt", due_at=local(2027, 9, 30, 23)
    )


def test_the_feed_is_valid_icalendar_with_only_this_persons_dates(
    world, assignment, client
):
    feed = services.calendar_feed(world["anna"].user)
    response = client.get(reverse("calendar_feed", args=[feed.token]))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Cache-Control"] == "private, no-store"
    events = _events(response)
    assert set(events) == {"Seminarwochenende A", "Abgabe: Praxisprojekt"}
    seminar = events["Seminarwochenende A"]
    assert seminar.decoded("dtstart") == local(2027, 3, 12)
    assert seminar.decoded("dtend") == local(2027, 3, 12, 17)
    assert str(seminar["location"]) == "Dresden, Raum A"
    assert events["Abgabe: Praxisprojekt"].decoded("dtstart") == local(2027, 9, 30, 23)


def test_the_feed_follows_the_cohorts_due_date_and_drops_a_handed_in_project(
    world, assignment, client
):
    cohort = world["cohorts"][0]
    cohort.project_due_at = local(2027, 10, 15, 12)
    cohort.save()
    feed = services.calendar_feed(world["anna"].user)
    events = _events(client.get(reverse("calendar_feed", args=[feed.token])))
    assert events["Abgabe: Praxisprojekt"].decoded("dtstart") == local(2027, 10, 15, 12)


def test_renewal_kills_the_old_address_and_unknown_ones_are_404(world, client):
    user = world["anna"].user
    old = services.calendar_feed(user).token
    client.force_login(user)
    response = client.post(reverse("renew_calendar_feed"))
    assert response.url == reverse("dashboard")
    client.logout()

    new = services.calendar_feed(user).token
    assert new != old
    assert client.get(reverse("calendar_feed", args=[old])).status_code == 404
    assert client.get(reverse("calendar_feed", args=[new])).status_code == 200
    assert client.get(reverse("calendar_feed", args=["erfunden"])).status_code == 404


def test_a_deactivated_account_has_no_feed(world, client):
    user = world["anna"].user
    token = services.calendar_feed(user).token
    user.is_active = False
    user.save()
    assert client.get(reverse("calendar_feed", args=[token])).status_code == 404


def test_the_dashboard_shows_the_feed_address(world, client):
    client.force_login(world["anna"].user)
    page = client.get(reverse("dashboard")).content.decode()
    token = services.calendar_feed(world["anna"].user).token
    assert "Termine im eigenen Kalender" in page
    assert f"http://testserver/lernen/kalender/{token}.ics" in page
    renewal = page.split('id="kalender"')[1].split("Neue Adresse erzeugen")[0]
    assert 'name="csrfmiddlewaretoken"' in renewal


def test_a_single_seminar_day_downloads_for_its_participants_only(world, client):
    own, other = world["sessions"]
    client.force_login(world["anna"].user)
    response = client.get(reverse("session_ics", args=[own.pk]))
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    events = _events(response)
    assert list(events) == ["Seminarwochenende A"]
    assert client.get(reverse("session_ics", args=[other.pk])).status_code == 404
    page = client.get(own.url).content.decode()
    assert reverse("session_ics", args=[own.pk]) in page


def test_a_seminar_day_is_in_utc_with_a_stable_uid(world, client):
    feed = services.calendar_feed(world["anna"].user)
    first = _events(client.get(reverse("calendar_feed", args=[feed.token])))
    second = _events(client.get(reverse("calendar_feed", args=[feed.token])))
    seminar = first["Seminarwochenende A"]
    assert seminar.decoded("dtstart").utcoffset() == datetime.timedelta(0)
    assert seminar["uid"] == second["Seminarwochenende A"]["uid"]
