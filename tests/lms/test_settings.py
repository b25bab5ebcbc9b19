import os
import subprocess
import sys

import pytest
from django.conf import settings

SETUP = "import django; django.setup(); print('ok')"


def _run(args, **env):
    clean = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "SECRET_KEY",
            "DEBUG",
            "DATABASE_URL",
            "ALLOWED_HOSTS",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
            "CELERY_BROKER_URL",
            "CERTIFICATE_SEAL_KEY_FILE",
            "CERTIFICATE_SEAL_CERT_FILE",
            "CACHE_URL",
        }
    }
    return subprocess.run(
        [sys.executable, *args],
        env={**clean, **env},
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_missing_secret_key_without_debug_stops_start_up_clearly():
    result = _run(["-c", SETUP], DJANGO_SETTINGS_MODULE="lms.settings.base")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_debug_start_up_works_without_secret_key():
    result = _run(["-c", SETUP], DJANGO_SETTINGS_MODULE="lms.settings.dev")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_production_names_every_missing_variable():
    result = _run(["-c", SETUP], DJANGO_SETTINGS_MODULE="lms.settings.production")
    assert result.returncode != 0
    for name in (
        "SECRET_KEY",
        "DATABASE_URL",
        "ALLOWED_HOSTS",
        "CELERY_BROKER_URL",
        "CERTIFICATE_SEAL_KEY_FILE",
        "CERTIFICATE_SEAL_CERT_FILE",
        "CACHE_URL",
    ):
        assert name in result.stderr


PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "lms.settings.production",
    "SECRET_KEY": "a-long-random-production-secret-" + "x7Qp2Lm9Zr4Tb8Kd" * 3,
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/beccaria",
    "ALLOWED_HOSTS": "lms.lpr.sachsen.de",
    "CELERY_BROKER_URL": "redis://127.0.0.1:6379/0",
    # Read when a certificate is sealed, not at start-up.
    "CERTIFICATE_SEAL_KEY_FILE": "/etc/beccaria/siegel-schluessel.pem",
    "CERTIFICATE_SEAL_CERT_FILE": "/etc/beccaria/siegel-zertifikat.pem",
    "CACHE_URL": "redis://127.0.0.1:6379/1",
}


def test_production_refuses_a_cache_of_one_process():
    """Progress is cached and invalidated across processes: a cache in one
    worker's memory would show another worker's stale figures."""
    result = _run(["-c", SETUP], **{**PRODUCTION, "CACHE_URL": "locmemcache://"})
    assert result.returncode != 0
    assert "CACHE_URL muss auf einen gemeinsamen Cache zeigen" in result.stderr


def test_check_deploy_is_clean_in_production():
    result = _run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"], **PRODUCTION
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_neither_installs_the_demo_app_nor_offers_seed_demo():
    result = _run(
        [
            "-c",
            "import sys; import django; django.setup(); "
            "from django.apps import apps; "
            "print(apps.is_installed('lms.demo'), 'lms.demo' in sys.modules)",
        ],
        **PRODUCTION,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]
    commands = _run(["manage.py", "help", "--commands"], **PRODUCTION)
    assert commands.returncode == 0, commands.stderr
    assert "seed_demo" not in commands.stdout.split()


def test_development_installs_the_demo_app():
    result = _run(
        [
            "-c",
            "import django; django.setup(); from django.apps import apps; "
            "print(apps.get_app_config('demo').name)",
        ],
        DJANGO_SETTINGS_MODULE="lms.settings.dev",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "lms.demo"


def test_settings_come_from_the_environment():
    result = _run(
        [
            "-c",
            "import django; django.setup(); from django.conf import settings as s; "
            "print(s.EMAIL_BACKEND, s.MEDIA_ROOT, s.ALLOWED_HOSTS, s.SITE_URL)",
        ],
        DJANGO_SETTINGS_MODULE="lms.settings.dev",
        EMAIL_URL="smtp://mail.example.org:25",
        MEDIA_ROOT="/srv/beccaria/media",
        ALLOWED_HOSTS="lms.example.org",
        SITE_URL="https://lms.example.org/",
    )
    assert result.stdout.split() == [
        "django.core.mail.backends.smtp.EmailBackend",
        "/srv/beccaria/media",
        "['lms.example.org']",
        "https://lms.example.org",
    ]


@pytest.mark.django_db
def test_postgresql_runs_without_jit():
    """JIT compilation costs more than the short page-tree queries it would
    speed up (hundreds of milliseconds per request on fresh statistics)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("Only PostgreSQL has a JIT compiler.")
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"
