"""A real `celery -A lms worker` for the tests that need one.

The worker runs on a queue of its own against the test database (it must be
PostgreSQL, which a second process can reach) and mails into a folder.
Outside CI a missing broker or database skips the test; with CI set, it
fails the run.
"""

import contextlib
import os
import subprocess
import sys
import time
import uuid
from urllib.parse import quote

import pytest
from django.conf import settings
from django.db import connection

from lms.celery import app
from tests.seal_env import seal_environment


def unavailable(reason):
    if os.environ.get("CI"):
        pytest.fail(f"CI needs this service: {reason}")
    pytest.skip(reason)


def database_url():
    """The test database as a URL for the worker's environment."""
    db = settings.DATABASES["default"]
    user = quote(db.get("USER") or "")
    password = f":{quote(db['PASSWORD'])}" if db.get("PASSWORD") else ""
    return (
        f"postgres://{user}{password}@{db.get('HOST') or '127.0.0.1'}:"
        f"{db.get('PORT') or 5432}/{db['NAME']}"
    )


def shared_cache_url(broker):
    """The cache that production processes share (production requires one):
    CACHE_URL, else the broker's Redis server."""
    if os.environ.get("CACHE_URL"):
        return os.environ["CACHE_URL"]
    if broker.startswith("redis"):
        return broker
    return "redis://127.0.0.1:6379/1"


@contextlib.contextmanager
def running_worker(folder, queue=None, **environment):
    """Start a worker writing into `folder` (mails in `folder/mail`), with
    extra `environment`, on `queue` (by default a new one); yields {"queue",
    "mail_dir", "log", "process"}."""
    broker = os.environ.get("CELERY_BROKER_URL")
    if not broker:
        unavailable("CELERY_BROKER_URL is not set: no broker for a real worker.")
    if connection.vendor != "postgresql":
        unavailable(
            "The worker needs a shared database: set DATABASE_URL to PostgreSQL."
        )
    try:
        with app.connection_for_write(broker) as conn:
            conn.ensure_connection(max_retries=1, timeout=3)
    except Exception as error:
        unavailable(f"The broker {broker} does not answer: {error}")

    queue = queue or f"beccaria-test-{uuid.uuid4().hex[:8]}"
    mail_dir = folder / "mail"
    name = f"{queue}-{uuid.uuid4().hex[:4]}"
    log_path = folder / f"{name}.log"
    env = {
        **os.environ,
        **seal_environment(),
        "DJANGO_SETTINGS_MODULE": "lms.settings.production",
        "DEBUG": "false",
        "SECRET_KEY": "worker-test-" + uuid.uuid4().hex * 2,
        "ALLOWED_HOSTS": "testserver",
        "SITE_URL": "http://testserver",
        "DATABASE_URL": database_url(),
        "CELERY_BROKER_URL": broker,
        "CACHE_URL": shared_cache_url(broker),
        # Tasks the worker queues itself stay on the test's queue.
        "CELERY_TASK_DEFAULT_QUEUE": queue,
        "EMAIL_URL": f"filemail:///{mail_dir}",
        **environment,
    }
    command = [sys.executable, "-m", "celery", "-A", "lms", "worker", "--pool=solo"]
    command += ["--queues", queue, "--hostname", f"{name}@%h", "--loglevel=INFO"]
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            command, env=env, stdout=log, stderr=subprocess.STDOUT
        )
    try:
        deadline = time.monotonic() + 60
        while not app.control.ping(
            destination=[f"{name}@{os.uname().nodename}"], timeout=1
        ):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail("The worker did not start:\n" + log_path.read_text())
        yield {
            "queue": queue,
            "mail_dir": mail_dir,
            "log": log_path,
            "process": process,
        }
    finally:
        process.terminate()
        process.wait(timeout=30)


@contextlib.contextmanager
def sending_to(worker):
    """Send tasks to `worker` instead of running them in-process."""
    before = app.conf.task_always_eager, app.conf.task_default_queue
    app.conf.task_always_eager = False
    app.conf.task_default_queue = worker["queue"]
    try:
        yield worker
    finally:
        app.conf.task_always_eager, app.conf.task_default_queue = before
