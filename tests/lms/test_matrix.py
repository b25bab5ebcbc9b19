"""The Lernstand matrix of a large cohort: paginated, searchable, and its
CSV export streamed in batches."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lms.learning import admin_views, services
from lms.learning.models import ParticipantProfile
from lms.learning.roles import ensure_role_groups
from tests.factories import (
    CohortFactory,
    EnrolmentFactory,
    LessonPageFactory,
    ModulePageFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer():
    ensure_role_groups()
    return UserFactory(username="trainerin", groups=["Trainer/innen"])


@pytest.fixture
def cohort(trainer):
    cohort = CohortFactory(name="Durchgang 2027")
    cohort.trainers.add(trainer)
    LessonPageFactory(parent=ModulePageFactory(parent=cohort.programme, number=1))
    return cohort


def enrol(cohort, count, start=0):
    enrolments = []
    for number in range(start, start + count):
        user = UserFactory(
            username=f"tn-{number:03d}",
            first_name="Eva",
            last_name=f"Beispiel {number:03d}",
            groups=["Teilnehmende"],
        )
        ParticipantProfile.objects.create(user=user, organisation=f"Kommune {number}")
        enrolments.append(EnrolmentFactory(cohort=cohort, user=user))
    return enrolments


def test_a_large_cohort_is_shown_a_page_at_a_time(client, trainer, cohort):
    enrol(cohort, admin_views.MATRIX_PAGE_SIZE + 5)
    client.force_login(trainer)
    url = reverse("lms_matrix:cohort", args=[cohort.pk])

    first = client.get(url).content.decode()
    assert "30 Teilnehmende · angezeigt: 1 bis 25" in first
    assert "Eva Beispiel 000" in first and "Eva Beispiel 024" in first
    assert "Eva Beispiel 025" not in first
    assert 'aria-current="page"' in first and "?p=2" in first

    second = client.get(url, {"p": 2}).content.decode()
    assert "angezeigt: 26 bis 30" in second
    assert "Eva Beispiel 025" in second and "Eva Beispiel 024" not in second
    # A page number out of range shows the last page, never an error.
    assert "Eva Beispiel 029" in client.get(url, {"p": 99}).content.decode()


def test_the_pages_keep_the_search(client, trainer, cohort):
    enrol(cohort, admin_views.MATRIX_PAGE_SIZE + 5)
    client.force_login(trainer)
    url = reverse("lms_matrix:cohort", args=[cohort.pk])
    html = client.get(url, {"q": "Beispiel", "status": "active"}).content.decode()
    assert "?q=Beispiel&amp;status=active&amp;p=2" in html
    assert "format=csv" in html and "p=2&amp;format=csv" not in html


@pytest.mark.parametrize(
    "search, found",
    [
        ("Beispiel 007", ["007"]),
        ("tn-012@example", ["012"]),
        ("Kommune 3", ["003"]),
        ("eva kommune 7", ["007"]),
        ("Niemand", []),
    ],
)
def test_search_by_name_email_or_organisation(client, trainer, cohort, search, found):
    enrol(cohort, 4)
    enrol(cohort, 1, start=7)
    enrol(cohort, 1, start=12)
    client.force_login(trainer)
    url = reverse("lms_matrix:cohort", args=[cohort.pk])
    html = client.get(url, {"q": search}).content.decode()
    shown = [
        number
        for number in ("000", "001", "002", "003", "007", "012")
        if f"Eva Beispiel {number}" in html
    ]
    assert shown == found


def test_a_page_of_a_large_cohort_costs_the_queries_of_a_small_one(
    client, trainer, cohort
):
    client.force_login(trainer)
    url = reverse("lms_matrix:cohort", args=[cohort.pk])
    enrol(cohort, admin_views.MATRIX_PAGE_SIZE)
    client.get(url)
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    enrol(cohort, 3 * admin_views.MATRIX_PAGE_SIZE, start=100)
    with CaptureQueriesContext(connection) as large:
        html = client.get(url).content.decode()
    assert "100 Teilnehmende" in html
    assert len(large) == len(small)


def test_progress_is_computed_only_for_the_page_shown(
    client, trainer, cohort, monkeypatch
):
    enrol(cohort, admin_views.MATRIX_PAGE_SIZE + 5)
    asked = []
    real = admin_views.programme_progress
    monkeypatch.setattr(
        admin_views,
        "programme_progress",
        lambda enrolments: asked.append(len(enrolments)) or real(enrolments),
    )
    client.force_login(trainer)
    client.get(reverse("lms_matrix:cohort", args=[cohort.pk]), {"p": 2})
    assert asked == [5]


def test_csv_streams_every_participant_in_batches(client, trainer, cohort, monkeypatch):
    lesson = cohort.programme.get_descendants().type(LessonPageFactory._meta.model)
    enrolments = enrol(cohort, 7)
    services.record_lesson_completion(
        enrolment=enrolments[5], lesson=lesson.specific().get()
    )
    monkeypatch.setattr(admin_views, "CSV_BATCH", 3)
    asked = []
    real = admin_views.programme_progress
    monkeypatch.setattr(
        admin_views,
        "programme_progress",
        lambda enrolments: asked.append(len(enrolments)) or real(enrolments),
    )
    client.force_login(trainer)
    response = client.get(
        reverse("lms_matrix:cohort", args=[cohort.pk]), {"format": "csv"}
    )
    assert response.streaming
    assert asked == []  # nothing is computed before the download begins
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert asked == [3, 3, 1]
    assert [line.split(";")[0] for line in lines[1:]] == [
        f"Beispiel {number:03d}" for number in range(7)
    ]
    assert lines[6].split(";")[5] == "100"
