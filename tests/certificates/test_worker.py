"""Certificates issued, rendered and mailed by a real Celery worker.

Like tests/lms/test_worker.py these need CELERY_BROKER_URL and PostgreSQL
(DATABASE_URL); outside CI they skip without them, with CI set a missing
service fails the run.
"""

import hashlib
import time

import pytest

from certificates import services
from certificates.eligibility import cohort_candidates
from certificates.models import Certificate, IssueBatchItem
from tests.celery_worker import running_worker, sending_to
from tests.certificates.conftest import complete
from tests.factories import EnrolmentFactory, UserFactory

pytestmark = [
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture(scope="module")
def worker(django_db_setup, tmp_path_factory):
    """A worker that writes PDFs into a private folder of the test."""
    folder = tmp_path_factory.mktemp("certificate-worker")
    private_root = folder / "private-media"
    with running_worker(
        folder, PRIVATE_MEDIA_ROOT=str(private_root), MEDIA_ROOT=str(folder / "media")
    ) as worker:
        yield {**worker, "private_root": private_root}


@pytest.fixture
def via_worker(worker, settings):
    """Send tasks to the worker and read the files it writes."""
    settings.PRIVATE_MEDIA_ROOT = worker["private_root"]
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
