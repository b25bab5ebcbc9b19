import pytest
from django.urls import reverse

from lms.models import AttendanceRecord
from lms.roles import ensure_role_groups
from tests.factories import (
    CohortFactory,
    EnrolmentFactory,
    SessionPageFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup():
    ensure_role_groups()
    trainer = UserFactory(username="trainerin", groups=["Trainer/innen"])
    cohort = CohortFactory(name="Durchgang 2027")
    cohort.trainers.add(trainer)
    session = SessionPageFactory(title="Auftaktwochenende")
    cohort.sessions.add(session)
    enrolments = [EnrolmentFactory(cohort=cohort) for _ in range(3)]
    other_cohort = CohortFactory(name="Durchgang 2028")
    return {
        "trainer": trainer,
        "cohort": cohort,
        "session": session,
        "enrolments": enrolments,
        "other": other_cohort,
    }


def test_trainer_sees_only_own_cohorts(client, setup):
    client.force_login(setup["trainer"])
    html = client.get(reverse("lms_attendance:index")).content.decode()
    assert "Durchgang 2027" in html and "Auftaktwochenende" in html
    assert "Durchgang 2028" not in html


def test_trainer_records_attendance(client, setup):
    client.force_login(setup["trainer"])
    url = reverse(
        "lms_attendance:session", args=[setup["cohort"].pk, setup["session"].pk]
    )
    first, second, third = setup["enrolments"]
    response = client.post(
        url,
        {f"status-{first.pk}": "present", f"status-{second.pk}": "excused"},
    )
    assert response.status_code == 302
    records = dict(AttendanceRecord.objects.values_list("enrolment_id", "status"))
    assert records == {first.pk: "present", second.pk: "excused"}
    html = client.get(url).content.decode()
    assert html.count("checked") == 2
    client.post(url, {f"status-{second.pk}": "present"})
    assert AttendanceRecord.objects.get(enrolment=second).status == "present"
    assert AttendanceRecord.objects.count() == 2


def test_trainer_cannot_touch_another_cohort(client, setup):
    setup["other"].sessions.add(setup["session"])
    enrolment = EnrolmentFactory(cohort=setup["other"])
    client.force_login(setup["trainer"])
    url = reverse(
        "lms_attendance:session", args=[setup["other"].pk, setup["session"].pk]
    )
    assert client.get(url).status_code == 404
    assert client.post(url, {f"status-{enrolment.pk}": "present"}).status_code == 404
    assert not AttendanceRecord.objects.exists()


def test_invalid_status_is_refused(client, setup):
    client.force_login(setup["trainer"])
    url = reverse(
        "lms_attendance:session", args=[setup["cohort"].pk, setup["session"].pk]
    )
    first, second, _third = setup["enrolments"]
    response = client.post(
        url,
        {f"status-{first.pk}": "present", f"status-{second.pk}": "erfunden"},
        follow=True,
    )
    assert "es wurde nichts gespeichert" in response.content.decode()
    assert not AttendanceRecord.objects.exists()


def test_participants_cannot_open_attendance(client, setup):
    client.force_login(setup["enrolments"][0].user)
    response = client.get(reverse("lms_attendance:index"))
    assert response.status_code == 302


def test_lpr_office_manages_cohorts_and_enrolments(client, setup, lpr_office):
    client.force_login(lpr_office)
    html = client.get(reverse("cohorts:index")).content.decode()
    assert "Durchgang 2027" in html and "Durchgang 2028" in html
    assert client.get(reverse("enrolments:index")).status_code == 200
    assert (
        "Durchgang 2028" in client.get(reverse("lms_attendance:index")).content.decode()
    )


def test_trainer_cannot_edit_cohorts(client, setup):
    client.force_login(setup["trainer"])
    response = client.get(reverse("cohorts:index"))
    assert response.status_code == 302
