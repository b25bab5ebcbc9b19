"""The Celery application of Beccaria LMS.

Start a worker with `celery -A lms worker` (production settings unless
DJANGO_SETTINGS_MODULE says otherwise; `make worker` uses the development
settings); without CELERY_BROKER_URL every task runs in-process.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.production")

app = Celery("lms", task_cls="cms.core.tasks:AfterCommitTask")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
