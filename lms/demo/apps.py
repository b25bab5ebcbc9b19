from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """Demo builders and `seed_demo`; no models. Installed by the dev and test
    settings only, so a production start neither loads nor offers it."""

    name = "lms.demo"
    label = "demo"
    verbose_name = _("Demo-Inhalte")
