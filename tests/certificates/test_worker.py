"""Certificates issued, rendered and mailed by a real Celery worker.

Like tests/lms/test_worker.py these need CELERY_BROKER_URL and PostgreSQL
(DATABASE_URL); outside CI they skip without them, with CI set a missing
service fails the run.
"""

import hashlib
import os
import subprocess
import sys
import time
import uuid

import pytest
from django.db import connection

from certificates import services
from certificates.eligibility import cohort_candidates
from certificates.models import Certificate, IssueBatchItem
from lms.celery import app
from tests.certificates.conftest import complete
from tests.factories import EnrolmentFactory, UserFactory
from tests.lms.test_worker import _database_url, _unavailable

pytestmark = [
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture(scope="module")
def worker(django_db_setup, tmp_path_factory):
    """`celery -A lms worker` on its own queue, writing PDFs and mails into
    folders of the test."""
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
    folder = tmp_path_factory.mktemp("certificate-worker")
    mail_dir = folder / "mail"
    private_root = folder / "private-media"
    log_path = folder / f"{queue}.log"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.production",
        "DEBUG": "false",
        "SECRET_KEY": "worker-test-" + uuid.uuid4().hex * 2,
        "ALLOWED_HOSTS": "testserver",
        "SITE_URL": "http://testserver",
        "DATABASE_URL": _database_url(),
        "CELERY_BROKER_URL": broker,
        "CELERY_TASK_DEFAULT_QUEUE": queue,
        "EMAIL_URL": f"filemail:///{mail_dir}",
        "PRIVATE_MEDIA_ROOT": str(private_root),
        "MEDIA_ROOT": str(folder / "media"),
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
        yield {
            "queue": queue,
            "mail_dir": mail_dir,
            "private_root": private_root,
            "log": log_path,
        }
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture
def via_worker(worker, settings):
    """Send tasks to the worker and read the files it writes."""
    settings.PRIVATE_MEDIA_ROOT = worker["private_root"]
    before = app.conf.task_always_eager, app.conf.task_default_queue
    app.conf.task_always_eager = False
    app.conf.task_default_queue = worker["queue"]
    yield worker
    app.conf.task_always_eager, app.conf.task_default_queue = before


def _wait(worker, done, what, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = done()
        if result:
            return result
        time.sleep(0.2)
    pytest.fail(f"{what} did not happen:\n" + worker["log"].read_text())


def _mail_to(worker, address):
    for path in worker["mail_dir"].glob("*.log"):
        text = path.read_text()
        if f"To: {address}" in text:
            return text
    return None


def test_batch_is_issued_rendered_and_mailed_by_the_worker(
    programme, graduate, via_worker
):
    second = EnrolmentFactory(
        cohort=programme["cohort"],
        user=UserFactory(username="zweite", first_name="Käthe", last_name="Öztürk"),
    )
    complete(second, programme, project_title="Nachbarschaft stärken")
    keys = [c.key for c in cohort_candidates(programme["cohort"]) if c.can_issue]
    assert len(keys) == 2

    batch = services.start_batch(programme["cohort"], keys, by=None)

    _wait(
        via_worker,
        lambda: not batch.items.filter(status=IssueBatchItem.Status.WAITING).exists(),
        "The batch",
    )
    assert set(batch.items.values_list("status", flat=True)) == {
        IssueBatchItem.Status.DONE
    }
    certificates = Certificate.objects.filter(enrolment__in=[graduate, second])
    assert certificates.count() == 2
    for certificate in certificates:
        assert certificate.status == Certificate.Status.ISSUED
        data = certificate.pdf.read()
        certificate.pdf.close()
        assert data.startswith(b"%PDF")
        assert hashlib.sha256(data).hexdigest() == certificate.sha256
        user = certificate.enrolment.user
        text = _wait(
            via_worker,
            lambda user=user: _mail_to(via_worker, user.email),
            f"The mail to {user.email}",
        )
        assert certificate.number in text
        assert "http://testserver/lernen/" in text
