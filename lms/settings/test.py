"""Test settings: fast hashing, tasks in-process, mail kept in memory.

DATABASE_URL and CELERY_BROKER_URL still come from the environment, so CI
runs the same suite against PostgreSQL and Redis.
"""

import os
import tempfile
from pathlib import Path

os.environ.setdefault("DEBUG", "false")
os.environ.setdefault("SECRET_KEY", "test-secret-key-not-for-production")

from .base import *  # noqa: E402, F403

# Demo content and `seed_demo`: development and tests only, never production.
INSTALLED_APPS = [*INSTALLED_APPS, "lms.demo"]  # noqa: F405

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_EAGER_PROPAGATES = True
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
PRIVATE_MEDIA_ROOT = BASE_DIR / ".test-media" / "private"  # noqa: F405
ALLOWED_HOSTS = ["*"]
WAGTAILADMIN_BASE_URL = "http://testserver"
# One demo signing key per test run, made on first use.
CREDENTIAL_SIGNING_KEY_FILE = str(
    Path(tempfile.gettempdir()) / f"beccaria-test-signing-key-{os.getpid()}.pem"
)
CREDENTIAL_SIGNING_KEY_DEMO = True

if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    # A file, not memory: the live server of the browser tests runs in another
    # thread, and serialized rollbacks must restore the migrated site there too.
    # One file per test run, so that parallel runs do not share it.
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": Path(tempfile.gettempdir()) / f"beccaria-test-{os.getpid()}.sqlite3"
    }
