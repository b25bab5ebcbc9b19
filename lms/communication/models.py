"""Announcements to a cohort and their delivery log, the log of seminar
reminders, and the participants' calendar links."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.core.audit import staff_member_field
from cms.core.people import display_name


class Announcement(models.Model):
    """A message from the office or a trainer to one cohort: shown on
    /lernen/ and mailed once, when someone sends it."""

    cohort = models.ForeignKey(
        "lms.Cohort",
        verbose_name=_("Durchgang"),
        on_delete=models.CASCADE,
        related_name="announcements",
    )
    title = models.CharField(_("Betreff"), max_length=200)
    body = models.TextField(
        _("Text"),
        max_length=10_000,
        help_text=_("Reiner Text; Leerzeilen trennen Absätze."),
    )
    created_by = staff_member_field(_("Verfasst von"))
    created_at = models.DateTimeField(_("Verfasst am"), auto_now_add=True)
    sent_at = models.DateTimeField(_("Gesendet am"), null=True, blank=True)
    sent_by = staff_member_field(_("Gesendet von"))

    class Meta:
        verbose_name = _("Mitteilung")
        verbose_name_plural = _("Mitteilungen")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.title

    @property
    def is_sent(self):
        return self.sent_at is not None


class AnnouncementDelivery(models.Model):
    """One recipient of a sent announcement: the log the admin shows."""

    announcement = models.ForeignKey(
        Announcement,
        verbose_name=_("Mitteilung"),
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Empfänger/in"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    email = models.EmailField(_("E-Mail-Adresse"))
    mailed_at = models.DateTimeField(_("Zugestellt am"), null=True, blank=True)
    error = models.CharField(_("Fehler"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("Versand einer Mitteilung")
        verbose_name_plural = _("Versand von Mitteilungen")
        ordering = ["announcement", "user__last_name", "user__first_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["announcement", "user"], name="one_delivery_per_recipient"
            ),
        ]

    def __str__(self):
        return f"{self.announcement} – {self.email}"


class SeminarReminder(models.Model):
    """A reminder mailed for one seminar day to one participant; the row
    makes sure it goes out once (a moved day is reminded again)."""

    enrolment = models.ForeignKey(
        "lms.Enrolment",
        verbose_name=_("Einschreibung"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    session = models.ForeignKey(
        "modules.SessionPage",
        verbose_name=_("Seminartermin"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    starts_at = models.DateTimeField(_("Beginn des Termins"))
    sent_at = models.DateTimeField(_("Gesendet am"), auto_now_add=True)

    class Meta:
        verbose_name = _("Erinnerung an einen Seminartermin")
        verbose_name_plural = _("Erinnerungen an Seminartermine")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "session", "starts_at"],
                name="one_seminar_reminder_per_day",
            ),
        ]

    def __str__(self):
        return f"{self.enrolment} – {self.session}"


def new_feed_token():
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """The secret address of a participant's personal calendar."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Konto"),
        on_delete=models.CASCADE,
        related_name="calendar_feed",
    )
    token = models.CharField(
        _("Geheimer Schlüssel"), max_length=64, unique=True, default=new_feed_token
    )
    renewed_at = models.DateTimeField(_("Erneuert am"), auto_now=True)

    class Meta:
        verbose_name = _("Kalender-Abonnement")
        verbose_name_plural = _("Kalender-Abonnements")

    def __str__(self):
        return display_name(self.user)

    def renew(self):
        """A new address; the old one stops working at once."""
        self.token = new_feed_token()
        self.save(update_fields=["token", "renewed_at"])
