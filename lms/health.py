"""`/healthz` for load balancers and monitoring.

503 when this web process cannot serve: the database or a storage fails.
The broker and the workers are reported but do not fail the check: while
they are away, requests still work and their background tasks wait in the
outbox (`cms.core.outbox`); taking every web process out of the load
balancer would turn a delay into an outage.
"""

import logging
import uuid

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from cms.core.storage import private_storage

from .celery import app as celery_app

logger = logging.getLogger(__name__)

PROBE_FOLDER = "healthz"
WORKER_TIMEOUT = 1.0


def _database_ok():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        logger.exception("Health check: database does not answer.")
        return False
    return True


def _storage_ok(storage, label):
    """Write, read back and delete a small probe file."""
    content = uuid.uuid4().hex.encode()
    name = None
    try:
        name = storage.save(
            f"{PROBE_FOLDER}/{uuid.uuid4().hex}.txt", ContentFile(content)
        )
        with storage.open(name, "rb") as probe:
            if probe.read() != content:
                raise OSError(f"{name} reads back differently.")
    except Exception:
        logger.exception("Health check: the %s storage fails.", label)
        return False
    finally:
        if name is not None:
            try:
                storage.delete(name)
            except Exception:
                logger.exception("Health check: cannot delete %s.", name)
    return True


def _broker_ok():
    try:
        with celery_app.connection_for_write(settings.CELERY_BROKER_URL) as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
    except Exception:
        logger.exception("Health check: broker does not answer.")
        return False
    return True


def _worker_answers():
    """Whether at least one worker answers a ping within WORKER_TIMEOUT."""
    try:
        return bool(celery_app.control.ping(timeout=WORKER_TIMEOUT, limit=1))
    except Exception:
        logger.exception("Health check: cannot ping the workers.")
        return False


@never_cache
def healthz(request):
    """200 while the database and both storages work ("status": "ok", or
    "degraded" when only the broker or the workers are away), else 503."""
    vital = {
        "database": _database_ok(),
        "storage": _storage_ok(default_storage, "default"),
        "private_storage": _storage_ok(private_storage, "private"),
    }
    checks = {name: "ok" if ok else "error" for name, ok in vital.items()}
    degraded = False
    if settings.CELERY_BROKER_URL:
        broker = _broker_ok()
        worker = broker and _worker_answers()
        checks["broker"] = "ok" if broker else "error"
        checks["worker"] = "ok" if worker else "unavailable"
        degraded = not worker
    else:
        checks["worker"] = "in-process"
    if not all(vital.values()):
        status, code = "error", 503
    else:
        status, code = ("degraded" if degraded else "ok"), 200
    return JsonResponse({"status": status, **checks}, status=code)
