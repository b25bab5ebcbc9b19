"""Certificates issued, rendered and mailed by a real Celery worker.

Like tests/lms/test_worker.py these need CELERY_BROKER_URL and PostgreSQL
(DATABASE_URL); outside CI they skip without them, with CI set a missing
service fails the run.
"""

import hashlib
import signal
import time
import uuid

import pytest
from django.conf import settings

from certificates import services
from certificates.eligibility import cohort_candidates
from certificates.models import Certificate, IssueBatchItem
from certificates.tasks import issue_batch_item_task
from cms.models import OutboxMessage
from tests.celery_worker import running_worker, sending_to
from tests.certificates.conftest import complete
from tests.factories import EnrolmentFactory, UserFactory
from tests.storage import delete_keys, s3_client, s3_configured, with_key_prefix

pytestmark = [
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture(scope="module")
def worker(django_db_setup, tmp_path_factory):
    """A worker that writes PDFs into a private folder of the test, or with
    S3 configured below a key prefix of its own."""
    folder = tmp_path_factory.mktemp("certificate-worker")
    private_root = folder / "private-media"
    key_prefix = f"tests/worker-{uuid.uuid4().hex}"
    with running_worker(
        folder,
        PRIVATE_MEDIA_ROOT=str(private_root),
        MEDIA_ROOT=str(folder / "media"),
        AWS_S3_KEY_PREFIX=key_prefix,
    ) as worker:
        yield {**worker, "private_root": private_root, "key_prefix": key_prefix}
    if s3_configured():
        delete_keys(s3_client(settings.STORAGES), settings.STORAGES, key_prefix)


@pytest.fixture
def via_worker(worker, settings):
    """Send tasks to the worker and read the files it writes."""
    settings.PRIVATE_MEDIA_ROOT = worker["private_root"]
    if s3_configured():
        settings.STORAGES = with_key_prefix(settings.STORAGES, worker["key_prefix"])
    with sending_to(worker):
        yield worker


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


def test_a_bulk_issue_completes_after_its_worker_is_killed(
    programme, graduate, tmp_path, settings
):
    """kill -9 in the middle of a bulk issue, another worker takes over: every
    certificate is issued once, with the visibility timeout of the test (15 s)
    instead of kombu's hour."""
    for number in range(7):
        enrolment = EnrolmentFactory(
            cohort=programme["cohort"],
            user=UserFactory(username=f"absolvent{number}"),
        )
        complete(enrolment, programme)
    keys = [c.key for c in cohort_candidates(programme["cohort"]) if c.can_issue]
    assert len(keys) == 8
    private_root = tmp_path / "private-media"
    settings.PRIVATE_MEDIA_ROOT = private_root
    (tmp_path / "first").mkdir()
    (tmp_path / "second").mkdir()
    environment = {
        "PRIVATE_MEDIA_ROOT": str(private_root),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "CELERY_VISIBILITY_TIMEOUT": "15",
    }
    with running_worker(tmp_path / "first", **environment) as first:
        with sending_to(first):
            batch = services.start_batch(programme["cohort"], keys, by=None)
        done = batch.items.filter(status=IssueBatchItem.Status.DONE)
        _wait(first, lambda: done.count() >= 2, "The first two certificates")
        first["process"].send_signal(signal.SIGKILL)
        first["process"].wait(timeout=10)
    assert batch.items.filter(status=IssueBatchItem.Status.WAITING).exists()

    with running_worker(tmp_path / "second", queue=first["queue"], **environment):
        _wait(
            first,
            lambda: done.count() == len(keys),
            "The rest of the batch after the kill",
            timeout=120,
        )
    assert Certificate.objects.count() == len(keys)
    assert set(Certificate.objects.values_list("status", flat=True)) == {
        Certificate.Status.ISSUED
    }
    item_tasks = OutboxMessage.objects.filter(task_name=issue_batch_item_task.name)
    assert item_tasks.count() == len(keys)
    assert not item_tasks.filter(done_at__isnull=True).exists()
