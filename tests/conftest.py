import shutil
import socket
import uuid
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.cache import cache

from tests.factories import UserFactory
from tests.storage import delete_keys, s3_client, s3_configured, with_key_prefix


@pytest.fixture(scope="session")
def _s3():
    """A client for the bucket, when the tests run against S3."""
    if not s3_configured():
        return None
    return s3_client(settings.STORAGES)


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path, _s3):
    """Every test writes uploads into its own folder, or with S3 configured
    under its own key prefix in the bucket, removed afterwards."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"
    if _s3 is not None:
        prefix = f"tests/{uuid.uuid4().hex}"
        settings.STORAGES = with_key_prefix(settings.STORAGES, prefix)
    yield
    if _s3 is not None:
        delete_keys(_s3, settings.STORAGES, prefix)
    shutil.rmtree(tmp_path / "media", ignore_errors=True)
    shutil.rmtree(tmp_path / "private-media", ignore_errors=True)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rate limits and settings caches start fresh in every test."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def participant(db):
    return UserFactory(username="teilnehmer", groups=["Teilnehmende"])


@pytest.fixture
def lpr_office(db):
    from lms.learning.roles import ensure_role_groups

    ensure_role_groups()
    return UserFactory(username="geschaeftsstelle", groups=["LPR-Geschäftsstelle"])


@pytest.fixture
def editor(db):
    from lms.learning.roles import ensure_role_groups

    ensure_role_groups()
    return UserFactory(username="redakteurin", groups=["Redaktion"])


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to reach another host fails the test; only the S3 server
    that holds the files, when configured, may be reached."""
    attempts = []
    allowed = set()
    if s3_configured():
        endpoint = settings.STORAGES["default"]["OPTIONS"]["endpoint_url"]
        allowed.add(urlsplit(endpoint).hostname)

    def guard(original, address_of):
        def connect(*args, **kwargs):
            if address_of(args) in allowed:
                return original(*args, **kwargs)
            attempts.append(args)
            raise AssertionError(f"network access attempted: {args!r}")

        return connect

    monkeypatch.setattr(
        socket, "getaddrinfo", guard(socket.getaddrinfo, lambda a: a[0])
    )
    monkeypatch.setattr(
        socket, "create_connection", guard(socket.create_connection, lambda a: a[0][0])
    )
    monkeypatch.setattr(
        socket.socket, "connect", guard(socket.socket.connect, lambda a: a[1][0])
    )
    return attempts


def pytest_report_header(config):
    db = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    broker = settings.CELERY_BROKER_URL or "none (tasks run in-process)"
    files = settings.STORAGES["private"]["BACKEND"].rsplit(".", 1)[-1]
    return f"database: {db}; broker: {broker}; files: {files}"
