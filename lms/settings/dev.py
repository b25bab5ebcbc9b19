"""Local development: DEBUG on unless the environment says otherwise."""

import os

os.environ.setdefault("DEBUG", "true")

from .base import *  # noqa: E402, F403

# Demo content and `seed_demo`: development and tests only, never production.
INSTALLED_APPS = [*INSTALLED_APPS, "lms.demo"]  # noqa: F405

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
