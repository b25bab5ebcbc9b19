"""No table: the reports read the other apps. The model only carries the
permission to open them (like Wagtail's own `wagtailadmin.access_admin`),
which `setup_roles` gives to the LPR office."""

from django.db import models
from django.utils.translation import gettext_lazy as _

VIEW_PERMISSION = "reports.view_reports"


class Report(models.Model):
    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("view_reports", _("Berichte ansehen und herunterladen"))]
        verbose_name = _("Bericht")
        verbose_name_plural = _("Berichte")

    def __str__(self):
        return str(self._meta.verbose_name)
