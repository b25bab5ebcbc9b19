"""Settings shared by every environment.

Everything that differs between machines comes from the environment
(django-environ): DATABASE_URL, CELERY_BROKER_URL, SECRET_KEY, DEBUG,
ALLOWED_HOSTS, EMAIL_URL, MEDIA_ROOT, SITE_URL, TRUSTED_PROXIES; for files in an
S3 bucket AWS_STORAGE_BUCKET_NAME, AWS_S3_ENDPOINT_URL, AWS_ACCESS_KEY_ID,
AWS_SECRET_ACCESS_KEY, AWS_S3_REGION_NAME and optionally
AWS_PRIVATE_STORAGE_BUCKET_NAME, AWS_S3_KEY_PREFIX, AWS_S3_ADDRESSING_STYLE.

TRUSTED_PROXIES lists the reverse proxies in front of the application servers,
comma-separated addresses or networks (`10.0.0.5` or `10.0.0.0/24,::1`).
Only from these is the visitor's address taken out of X-Forwarded-For; login
lockout and rate limits key on it (`cms.core.client_ip`). Empty (the default):
no proxy is trusted and the address of the connection counts.
"""

import ipaddress
from pathlib import Path

import environ
from celery.schedules import crontab
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)

SECRET_KEY = env("SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set the environment variable SECRET_KEY to a "
            'long random string (for example the output of `python -c "import '
            'secrets; print(secrets.token_urlsafe(50))"`), or set DEBUG=true '
            "for a local development machine."
        )
    SECRET_KEY = "insecure-development-key-only-for-debug"

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
CSRF_TRUSTED_ORIGINS = [SITE_URL]
# The Ed25519 key (PEM, PKCS#8) that signs the digital credentials (Open
# Badges 3.0); kept outside the repository. When `..._DEMO` is true, a missing
# file is created with a fresh demo key (development and tests only).
CREDENTIAL_SIGNING_KEY_FILE = env("CREDENTIAL_SIGNING_KEY_FILE", default="")
CREDENTIAL_SIGNING_KEY_DEMO = False
# A stale token on the project draft keeps the text (lms/projects/error_views.py).
CSRF_FAILURE_VIEW = "lms.projects.error_views.csrf_failure"

INSTALLED_APPS = [
    "cms",
    "modules",
    "lms.learning",
    "lms.projects",
    "lms.communication",
    "lms.evaluation",
    "certificates",
    "lms.people",
    "lms.reports",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "polymorphic",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "cms.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "cms.middleware.RejectNullCharactersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.CookieLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "lms.urls"
WSGI_APPLICATION = "lms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "cms.context_processors.admin_link",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
}
# Persistent connections: a new PostgreSQL connection per request halves throughput.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The page-tree queries join many small tables; PostgreSQL's JIT compiler
    # spends far longer compiling them than running them.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}
# Caches every process of an installation shares (production requires one).
SHARED_CACHE_BACKENDS = {
    "django.core.cache.backends.redis.RedisCache",
    "django_redis.cache.RedisCache",
    "django.core.cache.backends.memcached.PyMemcacheCache",
    "django.core.cache.backends.db.DatabaseCache",
}

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # User name or e-mail address (lms/people/backends.py).
    "lms.people.backends.UsernameOrEmailBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/lernen/"
LOGOUT_REDIRECT_URL = "/"
WAGTAIL_FRONTEND_LOGIN_URL = "/konto/anmelden/"

# Brute-force protection (django-axes): five failed logins lock the
# username/address pair for 15 minutes.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True
# Failures count per account, whether typed as user name or e-mail address.
AXES_USERNAME_CALLABLE = "lms.people.accounts.lockout_key"

# The visitor's address behind the reverse proxy, for the lockout and every
# rate limit alike. A typo must not silently trust nobody (or everybody).
TRUSTED_PROXIES = env.list("TRUSTED_PROXIES", default=[])
for _proxy in TRUSTED_PROXIES:
    try:
        ipaddress.ip_network(_proxy, strict=False)
    except ValueError:
        raise ImproperlyConfigured(
            f"TRUSTED_PROXIES: {_proxy!r} is neither an IP address nor a network "
            "(examples: 10.0.0.5, 10.0.0.0/24, ::1)."
        ) from None
AXES_CLIENT_IP_CALLABLE = "cms.core.client_ip.client_ip"
RATELIMIT_IP_META_KEY = "cms.core.client_ip.client_ip"

LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("Deutsch")), ("en", _("Englisch"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(BASE_DIR / "media")))
# Participants' uploads: outside MEDIA_ROOT, never served by the web server.
PRIVATE_MEDIA_ROOT = Path(
    env("PRIVATE_MEDIA_ROOT", default=str(BASE_DIR / "private-media"))
)
# The office's electronic seal on certificate PDFs (certificates/seal.py): PEM
# files outside the repository. Without them (never in production), a
# self-signed demo seal is made on first use in DEMO_SEAL_DIR.
CERTIFICATE_SEAL_KEY_FILE = env("CERTIFICATE_SEAL_KEY_FILE", default="")
CERTIFICATE_SEAL_CERT_FILE = env("CERTIFICATE_SEAL_CERT_FILE", default="")
CERTIFICATE_SEAL_PASSPHRASE = env("CERTIFICATE_SEAL_PASSPHRASE", default="")
CERTIFICATE_SEAL_TRUSTED_FILE = env("CERTIFICATE_SEAL_TRUSTED_FILE", default="")
CERTIFICATE_SEAL_EARLIER_FILE = env("CERTIFICATE_SEAL_EARLIER_FILE", default="")
DEMO_SEAL_DIR = BASE_DIR / "demo-seal"
# "default" holds the editors' media, "private" the participants' uploads and
# the project and certificate PDFs (cms/core/storage.py).
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "cms.core.storage.PrivateFileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# Several machines share their files through an S3-compatible bucket
# (django-storages): media under `media/`, private files under `private/`,
# optionally in a bucket of their own. boto3 reads AWS_ACCESS_KEY_ID and
# AWS_SECRET_ACCESS_KEY from the environment itself.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    _key_prefix = env("AWS_S3_KEY_PREFIX", default="").strip("/")
    _s3_options = {
        "endpoint_url": env("AWS_S3_ENDPOINT_URL", default=None),
        "region_name": env("AWS_S3_REGION_NAME", default=None),
        "addressing_style": env("AWS_S3_ADDRESSING_STYLE", default=None),
        # A new upload never replaces another file of the same name.
        "file_overwrite": False,
        # Downloads larger than this are buffered on disk, not in memory.
        "max_memory_size": 2 * 1024 * 1024,
    }
    STORAGES["default"] = {
        "BACKEND": "cms.core.s3.MediaS3Storage",
        "OPTIONS": {
            **_s3_options,
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "location": "/".join(filter(None, [_key_prefix, "media"])),
        },
    }
    STORAGES["private"] = {
        "BACKEND": "cms.core.s3.PrivateS3Storage",
        "OPTIONS": {
            **_s3_options,
            "bucket_name": env(
                "AWS_PRIVATE_STORAGE_BUCKET_NAME", default=AWS_STORAGE_BUCKET_NAME
            ),
            "location": "/".join(filter(None, [_key_prefix, "private"])),
        },
    }

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env(
    "DEFAULT_FROM_EMAIL", default="Beccaria LMS <noreply@lpr.sachsen.invalid>"
)

# Celery: without a broker every task runs in-process, right away.
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
# Several installations can share one broker, each with its own queue.
CELERY_TASK_DEFAULT_QUEUE = env("CELERY_TASK_DEFAULT_QUEUE", default="celery")
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_TASK_SOFT_TIME_LIMIT = 120
CELERY_TASK_TIME_LIMIT = 180
# Tasks acknowledge their message only after they ran (acks_late), so that a
# worker that dies does not take its work along. Redis gives an unacknowledged
# message to another worker after the visibility timeout: it must be above the
# hard time limit, or a task that is still running would be handed out twice
# (retry countdowns, at most 2**5 s here, stay below it too). Without it kombu
# waits an hour. Redis looks for such messages every 10 s (kombu: every 100 s).
visibility_timeout = env.int(
    "CELERY_VISIBILITY_TIMEOUT", default=CELERY_TASK_TIME_LIMIT + 60
)
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": visibility_timeout,
    "unacked_restore_interval": 10,
    "unacked_restore_throttle": 1,
}
# One message per worker process at a time: a message waiting in a busy worker
# counts against the visibility timeout as well.
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TIMEZONE = TIME_ZONE
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BEAT_SCHEDULE = {
    "purge-personal-data": {
        "task": "cms.tasks.purge_personal_data_task",
        "schedule": 24 * 60 * 60,
    },
    "due-date-reminders": {
        "task": "lms.tasks.schedule_due_date_reminders_task",
        "schedule": 60 * 60,
    },
    # Expires: while the queue is so long that this job waits longer than a
    # minute, messages in the queue would look lost to it; it is skipped then.
    "redispatch-outbox": {
        "task": "cms.core.tasks.redispatch_outbox_task",
        "schedule": 60,
        "options": {"expires": 50},
    },
    "seminar-reminders": {
        "task": "lms.communication.tasks.schedule_seminar_reminders_task",
        "schedule": crontab(hour=7, minute=0),
    },
    "audit-certificates": {
        "task": "certificates.tasks.audit_certificates_task",
        "schedule": crontab(hour=4, minute=15, day_of_week="sunday"),
    },
}

# The outbox (cms.core.outbox): a task handed to the broker that has neither
# started nor finished after OUTBOX_REDISPATCH_AFTER seconds is handed over
# again – later than Redis gives back a dead worker's messages, so that this
# is the second line of defence –, at most OUTBOX_MAX_ATTEMPTS times. The
# office's dashboard lists what is not done after OUTBOX_STUCK_AFTER seconds.
OUTBOX_REDISPATCH_AFTER = env.int(
    "OUTBOX_REDISPATCH_AFTER", default=visibility_timeout + 120
)
OUTBOX_MAX_ATTEMPTS = env.int("OUTBOX_MAX_ATTEMPTS", default=5)
OUTBOX_STUCK_AFTER = env.int("OUTBOX_STUCK_AFTER", default=5 * 60)
OUTBOX_KEEP_DONE_DAYS = 7

# Participants are reminded by mail this many days before each seminar day.
SEMINAR_REMINDER_DAYS = env.int("SEMINAR_REMINDER_DAYS", default=3)

# Retention periods (days) – to be confirmed by the data protection officer.
LOGIN_LOG_RETENTION_DAYS = env.int("LOGIN_LOG_RETENTION_DAYS", default=30)
FEEDBACK_RETENTION_DAYS = env.int("FEEDBACK_RETENTION_DAYS", default=365)

WAGTAIL_SITE_NAME = "Beccaria LMS"
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAIL_I18N_ENABLED = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "pptx", "odp"]
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
# Documents always stream through /dokumente/, which checks collection
# privacy; with a bucket Wagtail would otherwise redirect to the bucket.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_PASSWORD_RESET_ENABLED = True
# Nothing may be loaded from other hosts: no Gravatar avatars, no update check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "SAMEORIGIN"

# Content-Security-Policy (django-csp): scripts only from files of our own
# origin, never inline, and nothing from other hosts. Downloads set their own
# stricter header (cms.core.downloads), which the middleware leaves alone.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
# The Wagtail admin still renders inline scripts and styles (date and page
# choosers, the page editor) and previews images from data: and blob: URLs;
# these additions apply under /admin/ only (cms.middleware).
CONTENT_SECURITY_POLICY_ADMIN_UPDATE = {
    "script-src": [UNSAFE_INLINE],
    "style-src": [UNSAFE_INLINE],
    "img-src": ["data:", "blob:"],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        "django_tasks": {"level": "WARNING"},
    },
}
