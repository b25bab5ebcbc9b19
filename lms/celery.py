"""The Celery application of Beccaria LMS.

Start a worker with `celery -A lms worker`; without CELERY_BROKER_URL every
task runs in-process (see settings.base).
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")

app = Celery("lms")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
