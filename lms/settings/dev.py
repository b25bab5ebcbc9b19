"""Local development: DEBUG on unless the environment says otherwise."""

import os
from pathlib import Path

os.environ.setdefault("DEBUG", "true")

from .base import *  # noqa: E402, F403

# Demo content and `seed_demo`: development and tests only, never production.
INSTALLED_APPS = [*INSTALLED_APPS, "lms.demo"]  # noqa: F405

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}

# A demo signing key for the digital credentials, outside the work tree, made
# on first use (`seed_demo`); the environment may name another file.
CREDENTIAL_SIGNING_KEY_FILE = env(  # noqa: F405
    "CREDENTIAL_SIGNING_KEY_FILE",
    default=str(
        Path(env("XDG_DATA_HOME", default=str(Path.home() / ".local" / "share")))  # noqa: F405
        / "beccaria-lms"
        / "demo-credential-signing-key.pem"
    ),
)
CREDENTIAL_SIGNING_KEY_DEMO = True
