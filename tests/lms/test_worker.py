"""Round trips through a real Celery worker on the configured broker.

They need CELERY_BROKER_URL and a server database that the worker process can
reach (PostgreSQL via DATABASE_URL). Outside CI they skip without them; with
CI set, a missing service fails the run.
"""

import re
import time

import pytest
from django.urls import reverse

from tests.celery_worker import running_worker, sending_to
from tests.factories import UserFactory, enrolled_in_assignment, handed_in_version

pytestmark = [
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture(scope="module")
def worker(django_db_setup, tmp_path_factory):
    with running_worker(tmp_path_factory.mktemp("worker")) as worker:
        yield worker


@pytest.fixture
def via_worker(worker):
    with sending_to(worker):
        yield worker


def _wait_for_mail(worker, containing, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for path in worker["mail_dir"].glob("*.log"):
            text = path.read_text()
            if containing in text:
                return text
        time.sleep(0.2)
    pytest.fail(f"No mail with {containing!r} arrived:\n" + worker["log"].read_text())


def test_password_reset_mail_is_sent_by_the_worker(client, via_worker):
    user = UserFactory(username="julia", email="julia@example.org")
    client.post("/konto/passwort-vergessen/", {"email": "julia@example.org"})
    text = _wait_for_mail(via_worker, "julia@example.org")
    link = re.search(r"http://testserver(/konto/passwort-neu/\S+/)", text).group(1)
    form_url = client.get(link)["Location"]
    client.post(
        form_url,
        {"new_password1": "Praevention-2027!", "new_password2": "Praevention-2027!"},
    )
    user.refresh_from_db()
    assert user.check_password("Praevention-2027!")


def test_barrier_report_is_mailed_by_the_worker(client, lpr_office, via_worker):
    client.post(
        "/barrierefreiheit/rueckmeldung/",
        {"kind": "barrier", "description": "Der Fokus ist im Menü unsichtbar."},
    )
    text = _wait_for_mail(via_worker, "Der Fokus ist im Menü unsichtbar.")
    assert lpr_office.email in text


def test_hand_in_notice_reaches_the_trainer_through_the_worker(via_worker):
    trainer = UserFactory(username="anna", email="anna.berger@example.org")
    page, enrolment = enrolled_in_assignment(trainer=trainer)
    version = handed_in_version(enrolment, page)
    text = _wait_for_mail(via_worker, "anna.berger@example.org")
    assert enrolment.user.get_full_name() in text
    review_url = reverse("lms_grading:review", args=[version.pk])
    assert f"http://testserver{review_url}" in text
