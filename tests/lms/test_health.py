import pytest
from django.core.files.storage import default_storage
from django.db import OperationalError, connection
from django.utils.functional import empty

from cms.core.storage import private_storage
from lms import health

pytestmark = pytest.mark.django_db

ALL_WELL = {
    "status": "ok",
    "database": "ok",
    "storage": "ok",
    "private_storage": "ok",
}


def resolved(storage):
    """The storage object behind Django's lazy proxy: patched there, the
    patch is undone on the very object it was made on, even when a setting
    change has since given the proxy a new one."""
    if storage._wrapped is empty:
        storage._setup()
    return storage._wrapped


@pytest.fixture
def no_broker(settings):
    settings.CELERY_BROKER_URL = ""


@pytest.fixture
def broker_answers(settings, monkeypatch):
    settings.CELERY_BROKER_URL = "redis://broker.invalid:6379/0"
    monkeypatch.setattr(health, "_broker_ok", lambda: True)


def test_healthz_answers_ok(client, no_broker, settings, tmp_path):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {**ALL_WELL, "worker": "in-process"}
    # The probe files are gone again.
    assert not list(settings.MEDIA_ROOT.rglob("*.txt"))
    assert not list(settings.PRIVATE_MEDIA_ROOT.rglob("*.txt"))


def test_healthz_reports_a_database_failure(client, no_broker, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise OperationalError("database is gone")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "error"


@pytest.mark.parametrize(
    "storage, key", [(default_storage, "storage"), (private_storage, "private_storage")]
)
def test_healthz_fails_when_a_storage_cannot_be_written(
    client, no_broker, monkeypatch, storage, key
):
    def read_only(*args, **kwargs):
        raise PermissionError("read-only file system")

    monkeypatch.setattr(resolved(storage), "save", read_only)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {
        **ALL_WELL,
        "status": "error",
        key: "error",
        "worker": "in-process",
    }


def test_healthz_fails_when_a_storage_returns_something_else(
    client, no_broker, monkeypatch
):
    class Garbled:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def read(self):
            return b"something else"

    monkeypatch.setattr(
        resolved(private_storage), "open", lambda *args, **kwargs: Garbled()
    )
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["private_storage"] == "error"


def test_healthz_reports_a_worker_that_answers(client, broker_answers, monkeypatch):
    pings = []
    monkeypatch.setattr(
        health.celery_app.control,
        "ping",
        lambda **kwargs: pings.append(kwargs) or [{"w1@host": {"ok": "pong"}}],
    )
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {**ALL_WELL, "broker": "ok", "worker": "ok"}
    assert pings[0]["timeout"] <= 1


def test_a_missing_worker_is_reported_without_failing_the_check(
    client, broker_answers, monkeypatch
):
    monkeypatch.setattr(health.celery_app.control, "ping", lambda **kwargs: [])
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        **ALL_WELL,
        "status": "degraded",
        "broker": "ok",
        "worker": "unavailable",
    }


def test_an_unreachable_broker_is_reported_without_failing_the_check(client, settings):
    # The outbox keeps the tasks until the broker is back; the web still works.
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        **ALL_WELL,
        "status": "degraded",
        "broker": "error",
        "worker": "unavailable",
    }
