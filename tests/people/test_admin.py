"""The office manages participants' accounts in the admin."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse

from lms.learning.roles import ensure_role_groups
from tests.factories import (
    PASSWORD,
    CohortFactory,
    EnrolmentFactory,
    UserFactory,
    enrolled_in_assignment,
    handed_in_version,
)

pytestmark = pytest.mark.django_db
User = get_user_model()


@pytest.fixture
def person(db):
    return UserFactory(
        username="joerg",
        first_name="Jörk",
        last_name="Müler",
        email="joerg@example.org",
        groups=["Teilnehmende"],
    )


@pytest.fixture
def office_client(client, lpr_office):
    client.force_login(lpr_office)
    return client


def test_office_finds_people_by_name_or_email_and_cohort(office_client, person):
    cohort = CohortFactory(name="Durchgang 2027")
    EnrolmentFactory(user=person, cohort=cohort)
    UserFactory(username="anna", first_name="Anna", last_name="Schmidt")
    index = reverse("people:index")
    html = office_client.get(index, {"q": "müler"}).content.decode()
    assert "Müler, Jörk" in html and "Schmidt" not in html
    html = office_client.get(index, {"q": "JOERG@example"}).content.decode()
    assert "Müler, Jörk" in html
    html = office_client.get(index, {"cohort": cohort.pk}).content.decode()
    assert "Müler, Jörk" in html and "Schmidt" not in html
    assert "Durchgang 2027" in html


def test_staff_and_superusers_are_not_listed_nor_editable(office_client, person):
    ensure_role_groups()
    trainer = UserFactory(
        username="trainerin", last_name="Trainerin", groups=["Trainer/innen"]
    )
    boss = User.objects.create_superuser("chef", "chef@example.org", PASSWORD)
    html = office_client.get(reverse("people:index")).content.decode()
    assert "Müler" in html
    assert "Trainerin" not in html and "chef@example.org" not in html
    for staff in (trainer, boss):
        assert (
            office_client.get(reverse("people:person", args=[staff.pk])).status_code
            == 404
        )
        response = office_client.post(reverse("people:deactivate", args=[staff.pk]))
        assert response.status_code == 404
        staff.refresh_from_db()
        assert staff.is_active


@pytest.mark.parametrize("group", ["Trainer/innen", "Redaktion"])
def test_trainers_and_editors_get_403(client, person, group):
    ensure_role_groups()
    client.force_login(UserFactory(username="staff", groups=[group]))
    assert client.get(reverse("people:index")).status_code == 403
    assert client.get(reverse("people:person", args=[person.pk])).status_code == 403
    response = client.post(
        reverse("people:edit", args=[person.pk]),
        {"first_name": "X", "last_name": "Y", "email": "x@example.org"},
    )
    assert response.status_code == 403
    person.refresh_from_db()
    assert person.first_name == "Jörk"
    assert "/admin/personen/" not in client.get("/admin/").content.decode()


def test_the_menu_shows_people_to_the_office(office_client):
    assert "/admin/personen/" in office_client.get("/admin/").content.decode()


def test_person_page_shows_enrolments_projects_and_certificates(office_client):
    page, enrolment = enrolled_in_assignment()
    handed_in_version(enrolment, page)
    html = office_client.get(
        reverse("people:person", args=[enrolment.user.pk])
    ).content.decode()
    assert reverse("enrolments:edit", args=[enrolment.pk]) in html
    assert reverse("lms_grading:project", args=[enrolment.pk, page.pk]) in html
    assert "Keine Zertifikate oder Bescheinigungen." in html


def test_office_corrects_a_misspelt_name(office_client, person):
    url = reverse("people:edit", args=[person.pk])
    response = office_client.post(
        url, {"first_name": "Jörg", "last_name": "Müller", "email": "joerg@example.org"}
    )
    assert response["Location"] == reverse("people:person", args=[person.pk])
    person.refresh_from_db()
    assert (person.first_name, person.last_name) == ("Jörg", "Müller")


def test_email_must_be_unique_among_active_accounts(office_client, person):
    UserFactory(username="anna", email="anna@example.org")
    UserFactory(username="alt", email="alt@example.org", is_active=False)
    url = reverse("people:edit", args=[person.pk])
    data = {"first_name": "Jörg", "last_name": "Müller"}
    response = office_client.post(url, {**data, "email": "ANNA@example.org"})
    assert response.status_code == 200
    assert "gehört bereits zu einem anderen Konto" in response.content.decode()
    assert "Müller" in response.content.decode()  # what was typed stays
    person.refresh_from_db()
    assert person.email == "joerg@example.org"
    office_client.post(url, {**data, "email": "alt@example.org"})
    person.refresh_from_db()
    assert person.email == "alt@example.org"


def test_an_address_that_is_another_accounts_user_name_is_refused(
    office_client, person
):
    """Login by that identifier would open the other account."""
    UserFactory(username="anna@example.org", email="anderswo@example.org")
    url = reverse("people:edit", args=[person.pk])
    response = office_client.post(
        url,
        {"first_name": "Jörg", "last_name": "Müller", "email": "anna@example.org"},
    )
    assert "gehört bereits zu einem anderen Konto" in response.content.decode()
    person.refresh_from_db()
    assert person.email == "joerg@example.org"


def test_deactivate_and_reactivate_delete_nothing(office_client, person):
    EnrolmentFactory(user=person)
    office_client.post(reverse("people:deactivate", args=[person.pk]))
    person.refresh_from_db()
    assert not person.is_active
    assert person.enrolments.count() == 1
    office_client.post(reverse("people:reactivate", args=[person.pk]))
    person.refresh_from_db()
    assert person.is_active


def test_a_deactivated_person_is_logged_out_and_cannot_log_in(
    client, lpr_office, person
):
    client.force_login(person)
    office = Client()
    office.force_login(lpr_office)
    office.post(reverse("people:deactivate", args=[person.pk]))
    assert client.get("/lernen/")["Location"].startswith("/konto/anmelden/")
    response = client.post(
        "/konto/anmelden/", {"username": "joerg@example.org", "password": PASSWORD}
    )
    assert response.status_code == 200
    assert "Die Anmeldung ist fehlgeschlagen" in response.content.decode()
    assert client.get("/lernen/")["Location"].startswith("/konto/anmelden/")


def test_reactivation_refused_when_the_address_is_taken(office_client, person):
    person.is_active = False
    person.save()
    UserFactory(username="neu", email="joerg@example.org")
    response = office_client.post(
        reverse("people:reactivate", args=[person.pk]), follow=True
    )
    assert "kann nicht wieder aktiviert werden" in response.content.decode()
    person.refresh_from_db()
    assert not person.is_active


def test_resend_invitation_with_a_new_link(
    office_client, person, django_capture_on_commit_callbacks
):
    client = Client()
    person.set_unusable_password()
    person.save()
    with django_capture_on_commit_callbacks(execute=True):
        response = office_client.post(
            reverse("people:invite", args=[person.pk]), follow=True
        )
    assert "Die Einladung an joerg@example.org wird" in response.content.decode()
    [message] = mail.outbox
    assert message.to == ["joerg@example.org"]
    link = re.search(r"(/konto/passwort-neu/\S+/)", message.body).group(1)
    form_url = client.get(link)["Location"]
    response = client.post(
        form_url,
        {
            "new_password1": "Kriminalpraevention2027!",
            "new_password2": "Kriminalpraevention2027!",
        },
    )
    assert response["Location"] == "/lernen/"
    assert client.session["_auth_user_id"] == str(person.pk)


def test_no_invitation_for_people_with_a_password(office_client, person):
    response = office_client.post(
        reverse("people:invite", args=[person.pk]), follow=True
    )
    assert "hat bereits ein Passwort festgelegt" in response.content.decode()
    assert mail.outbox == []


def test_a_deactivated_persons_invitation_link_is_void(
    office_client, person, django_capture_on_commit_callbacks
):
    client = Client()
    person.set_unusable_password()
    person.save()
    with django_capture_on_commit_callbacks(execute=True):
        office_client.post(reverse("people:invite", args=[person.pk]))
    link = re.search(r"(/konto/passwort-neu/\S+/)", mail.outbox[0].body).group(1)
    office_client.post(reverse("people:deactivate", args=[person.pk]))
    response = client.get(link, follow=True)
    assert "ungültig" in response.content.decode()
    assert "_auth_user_id" not in client.session
