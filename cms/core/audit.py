"""The base of every audit trail: who did what, when, and why."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def staff_member_field(verbose_name, **kwargs):
    """The staff member who did something to a record. The record outlives
    the account: a deleted account leaves the field empty."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=verbose_name,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        **kwargs,
    )


class AuditEvent(models.Model):
    """One entry of an audit trail; concrete trails add what the entry is
    about and their `action` choices. Entries outlive the staff accounts
    that made them (the actor becomes empty)."""

    actor = staff_member_field(_("Von"))
    detail = models.CharField(_("Einzelheiten"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("Zeitpunkt"), auto_now_add=True)

    class Meta:
        abstract = True
        verbose_name = _("Protokolleintrag")
        verbose_name_plural = _("Protokoll")
        ordering = ["created_at", "pk"]
