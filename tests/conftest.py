import shutil
import socket

import pytest
from django.conf import settings
from django.core.cache import cache

from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Every test writes uploads into its own folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"
    yield
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
    """Any attempt to reach another host fails the test."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    return attempts


def pytest_report_header(config):
    db = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    broker = settings.CELERY_BROKER_URL or "none (tasks run in-process)"
    return f"database: {db}; broker: {broker}"
