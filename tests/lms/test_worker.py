"""Round trips through a real Celery worker on the configured broker.

They need CELERY_BROKER_URL and a server database that the worker process can
reach (PostgreSQL via DATABASE_URL). Outside CI they skip without them; with
CI set, a missing service fails the run.
"""

import os
import re
import subprocess
import sys
import time
import uuid
from urllib.parse import quote

import pytest
from django.conf import settings
from django.db import connection
from django.urls import reverse

from lms.celery import app
from tests.factories import UserFactory, enrolled_in_assignment, handed_in_version

pytestmark = [
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _unavailable(reason):
    if os.environ.get("CI"):
        pytest.fail(f"CI needs this service: {reason}")
    pytest.skip(reason)


def _database_url():
    db = settings.DATABASES["default"]
    user = quote(db.get("USER") or "")
    password = f":{quote(db['PASSWORD'])}" if db.get("PASSWORD") else ""
    return (
        f"postgres://{user}{password}@{db.get('HOST') or '127.0.0.1'}:"
        f"{db.get('PORT') or 5432}/{db['NAME']}"
    )


@pytest.fixture(scope="module")
def worker(django_db_setup, tmp_path_factory):
    """Start `celery -A lms worker` on its own queue, mailing into a folder."""
    broker = os.environ.get("CELERY_BROKER_URL")
    if not broker:
        _unavailable("CELERY_BROKER_URL is not set: no broker for a real worker.")
    if connection.vendor != "postgresql":
        _unavailable(
            "The worker needs a shared database: set DATABASE_URL to PostgreSQL."
        )
    try:
        with app.connection_for_write(broker) as conn:
            conn.ensure_connection(max_retries=1, timeout=3)
    except Exception as error:
        _unavailable(f"The broker {broker} does not answer: {error}")

    queue = f"beccaria-test-{uuid.uuid4().hex[:8]}"
    mail_dir = tmp_path_factory.mktemp("worker-mail")
    log_path = mail_dir.parent / f"{queue}.log"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.production",
        "DEBUG": "false",
        "SECRET_KEY": "worker-test-" + uuid.uuid4().hex * 2,
        "ALLOWED_HOSTS": "testserver",
        "SITE_URL": "http://testserver",
        "DATABASE_URL": _database_url(),
        "CELERY_BROKER_URL": broker,
        # Tasks the worker queues itself stay on the test's queue.
        "CELERY_TASK_DEFAULT_QUEUE": queue,
        "EMAIL_URL": f"filemail:///{mail_dir}",
    }
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "lms",
                "worker",
                "--pool=solo",
                "--queues",
                queue,
                "--hostname",
                f"{queue}@%h",
                "--loglevel=INFO",
            ],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 60
        while not app.control.ping(
            destination=[f"{queue}@{os.uname().nodename}"], timeout=1
        ):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail("The worker did not start:\n" + log_path.read_text())
        yield {"queue": queue, "mail_dir": mail_dir, "log": log_path}
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture
def via_worker(worker):
    """Send tasks to the broker instead of running them in-process."""
    before = app.conf.task_always_eager, app.conf.task_default_queue
    app.conf.task_always_eager = False
    app.conf.task_default_queue = worker["queue"]
    yield worker
    app.conf.task_always_eager, app.conf.task_default_queue = before


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
