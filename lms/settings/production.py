"""Production: PostgreSQL, Redis, HTTPS behind a reverse proxy.

Start-up fails with a clear message when a required variable is missing.
"""

import os

from django.core.exceptions import ImproperlyConfigured

_missing = [
    name
    for name in (
        "SECRET_KEY",
        "DATABASE_URL",
        "ALLOWED_HOSTS",
        "CELERY_BROKER_URL",
        "CERTIFICATE_SEAL_KEY_FILE",
        "CERTIFICATE_SEAL_CERT_FILE",
        "CACHE_URL",
    )
    if not os.environ.get(name)
]
if _missing:
    raise ImproperlyConfigured(
        "Missing environment variables for production: " + ", ".join(_missing)
    )

from .base import *  # noqa: E402, F403

# Every gunicorn worker and Celery process must see the same cache: the
# participants' progress is kept there and invalidated by stamps that a
# write in any process renews (lms/learning/progress/cache.py).
if CACHES["default"]["BACKEND"] not in SHARED_CACHE_BACKENDS:  # noqa: F405
    raise ImproperlyConfigured(
        "CACHE_URL muss auf einen gemeinsamen Cache zeigen (Redis, z. B. "
        "redis://127.0.0.1:6379/1), nicht auf einen Cache im Speicher eines "
        "Prozesses. / CACHE_URL must name a cache shared by all processes "
        f"(Redis), not {CACHES['default']['BACKEND']}."  # noqa: F405
    )
# Sessions are read from that cache and written through to the database.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)  # noqa: F405
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)  # noqa: F405
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Wagtail's live preview shows the page in a same-origin frame, so frames stay
# allowed from our own origin (X_FRAME_OPTIONS = "SAMEORIGIN" in base).
SILENCED_SYSTEM_CHECKS = ["security.W019"]
