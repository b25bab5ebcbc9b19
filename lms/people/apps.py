from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeopleConfig(AppConfig):
    """Accounts: login, the participant's own e-mail and password, and the
    office's management of participants' accounts in the admin."""

    name = "lms.people"
    label = "people"
    verbose_name = _("Personen")
