"""What is certified: certificates, their numbers, their log and bulk issues.

A certificate keeps a snapshot of what it certifies; later edits to pages or
names never change it. At most one valid (pending or issued) certificate
exists per enrolment and kind (and module for a Teilnahmebescheinigung); the
database enforces it.
"""

import secrets

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField

from cms.core.audit import AuditEvent, staff_member_field
from cms.core.storage import private_storage

from .blocks import SignatoryBlock

CODE_BYTES = 20  # 160 bits; the issue asks for at least 128


def new_verification_code():
    return secrets.token_urlsafe(CODE_BYTES)


# The short check code people type: no look-alikes (no 0/O, 1/I/L), 12
# characters in groups of four, 32**12 = 2**60 possibilities, and only with
# the document's number and under the check page's rate limit.
CHECK_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CHECK_CODE_LENGTH = 12


def new_check_code():
    return "".join(
        secrets.choice(CHECK_CODE_ALPHABET) for _ in range(CHECK_CODE_LENGTH)
    )


def format_check_code(code):
    """„K7QM4XPA9RTE“ as printed: „K7QM-4XPA-9RTE“."""
    return "-".join(code[index : index + 4] for index in range(0, len(code), 4))


class Certificate(models.Model):
    class Kind(models.TextChoices):
        CERTIFICATE = "certificate", _("Zertifikat")
        ATTENDANCE = "attendance", _("Teilnahmebescheinigung")

    class Status(models.TextChoices):
        PENDING = "pending", _("wird erstellt")
        ISSUED = "issued", _("ausgestellt")
        REVOKED = "revoked", _("widerrufen")
        REPLACED = "replaced", _("ersetzt")

    VALID = (Status.PENDING, Status.ISSUED)

    enrolment = models.ForeignKey(
        "lms.Enrolment",
        verbose_name=_("Einschreibung"),
        # The certificate register outlives learning data: an enrolment
        # with certificates cannot be deleted.
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    kind = models.CharField(_("Art"), max_length=12, choices=Kind.choices)
    module = models.ForeignKey(
        "modules.ModulePage",
        verbose_name=_("Modul"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Nur bei Teilnahmebescheinigungen."),
    )
    year = models.PositiveSmallIntegerField(_("Jahr"))
    serial = models.PositiveIntegerField(_("Laufende Nummer"))
    number = models.CharField(_("Nummer"), max_length=20, unique=True)
    code = models.CharField(
        _("Prüfadresse"), max_length=40, unique=True, default=new_verification_code
    )
    check_code = models.CharField(
        _("Prüfcode"), max_length=CHECK_CODE_LENGTH, unique=True, default=new_check_code
    )
    status = models.CharField(
        _("Status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    snapshot = models.JSONField(_("Inhalt"))
    pdf = models.FileField(
        _("PDF"), storage=private_storage, upload_to="zertifikate/", blank=True
    )
    sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True, db_index=True)
    created_at = models.DateTimeField(_("Angelegt am"), auto_now_add=True)
    created_by = staff_member_field(_("Angelegt von"))
    issued_at = models.DateTimeField(_("Ausgestellt am"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("Widerrufen am"), null=True, blank=True)
    revocation_reason = models.CharField(
        _("Grund des Widerrufs"), max_length=500, blank=True
    )
    credential = models.TextField(
        _("Digitaler Nachweis"),
        blank=True,
        help_text=_("Open Badge 3.0 als VC-JWT (kompakte JWS)."),
    )
    status_index = models.PositiveIntegerField(
        _("Position in der Statusliste"), null=True, blank=True, unique=True
    )
    replaces = models.OneToOneField(
        "self",
        verbose_name=_("Ersetzt"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="replaced_by",
    )

    class Meta:
        verbose_name = _("Zertifikat")
        verbose_name_plural = _("Zertifikate")
        ordering = ["-year", "-serial"]
        permissions = [
            ("issue_certificate", _("Zertifikate ausstellen")),
            ("revoke_certificate", _("Zertifikate widerrufen")),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["year", "serial"], name="unique_certificate_serial_per_year"
            ),
            models.UniqueConstraint(
                fields=["enrolment"],
                condition=Q(kind="certificate", status__in=["pending", "issued"]),
                name="one_valid_certificate_per_enrolment",
            ),
            models.UniqueConstraint(
                fields=["enrolment", "module"],
                condition=Q(kind="attendance", status__in=["pending", "issued"]),
                name="one_valid_attendance_per_enrolment_module",
            ),
            models.CheckConstraint(
                condition=Q(kind="certificate", module__isnull=True)
                | Q(kind="attendance", module__isnull=False),
                name="attendance_certificates_name_a_module",
            ),
        ]

    def __str__(self):
        return f"{self.number} – {self.snapshot.get('holder', {}).get('name', '')}"

    @property
    def printed_check_code(self):
        return format_check_code(self.check_code)

    @property
    def is_valid(self):
        return self.status in self.VALID

    @property
    def holder_name(self):
        return self.snapshot["holder"]["name"]


class SigningKey(models.Model):
    """A public key that signs (or signed) digital credentials. The private
    key lives in the configured file only; the public key stays here after
    rotation, so every credential it signed can still be verified."""

    kid = models.CharField(_("Schlüssel-ID"), max_length=64, unique=True)
    public_jwk = models.JSONField(_("Öffentlicher Schlüssel (JWK)"))
    activated_at = models.DateTimeField(_("In Gebrauch seit"), auto_now_add=True)
    retired_at = models.DateTimeField(_("Stillgelegt am"), null=True, blank=True)

    class Meta:
        verbose_name = _("Signierschlüssel")
        verbose_name_plural = _("Signierschlüssel")
        ordering = ["activated_at", "pk"]

    def __str__(self):
        return self.kid


class YearCounter(models.Model):
    """The last certificate number handed out in a year. Incremented inside
    the transaction that creates the certificate: a rollback takes the number
    back, so numbers run without gaps."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    last_serial = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("Nummernkreis")
        verbose_name_plural = _("Nummernkreise")

    def __str__(self):
        return f"{self.year}: {self.last_serial}"


class CertificateEvent(AuditEvent):
    """The log: every issue, revocation and re-issue, with who and why."""

    class Action(models.TextChoices):
        ISSUED = "issued", _("ausgestellt")
        REVOKED = "revoked", _("widerrufen")
        REISSUED = "reissued", _("neu ausgestellt")

    certificate = models.ForeignKey(
        Certificate,
        verbose_name=_("Zertifikat"),
        on_delete=models.PROTECT,
        related_name="events",
    )
    action = models.CharField(_("Aktion"), max_length=10, choices=Action.choices)

    class Meta(AuditEvent.Meta):
        pass

    def __str__(self):
        return f"{self.get_action_display()} – {self.certificate.number}"


class IssueBatch(models.Model):
    """Certificates the LPR office asked for in one go; the tasks fill in
    each item's outcome, so the progress survives leaving the page."""

    cohort = models.ForeignKey(
        "lms.Cohort",
        verbose_name=_("Durchgang"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    created_by = staff_member_field(_("Von"))
    created_at = models.DateTimeField(_("Zeitpunkt"), auto_now_add=True)

    class Meta:
        verbose_name = _("Sammelausstellung")
        verbose_name_plural = _("Sammelausstellungen")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.cohort} – {self.created_at:%d.%m.%Y %H:%M}"


class IssueBatchItem(models.Model):
    class Status(models.TextChoices):
        WAITING = "waiting", _("wartet")
        DONE = "done", _("fertig")
        FAILED = "failed", _("fehlgeschlagen")

    batch = models.ForeignKey(
        IssueBatch, on_delete=models.CASCADE, related_name="items"
    )
    enrolment = models.ForeignKey(
        "lms.Enrolment", on_delete=models.CASCADE, related_name="+"
    )
    module = models.ForeignKey(
        "modules.ModulePage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.WAITING
    )
    error = models.CharField(max_length=500, blank=True)
    certificate = models.ForeignKey(
        Certificate, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return f"{self.enrolment} – {self.get_status_display()}"


@register_setting(icon="doc-full")
class CertificateSettings(BaseGenericSetting):
    """Texts, logo and signatories of the certificates, edited by the office."""

    issuer = models.CharField(
        _("Aussteller"),
        max_length=200,
        default="Landespräventionsrat Sachsen",
    )
    place = models.CharField(
        _("Ort der Ausstellung"), max_length=100, default="Dresden"
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("PNG oder JPG. Ohne eigenes Logo steht das Logo der Website."),
    )
    certificate_heading = models.CharField(
        _("Überschrift des Zertifikats"), max_length=100, default="Zertifikat"
    )
    certificate_text = models.TextField(
        _("Text des Zertifikats"),
        default=(
            "hat am Qualifizierungsprogramm nach den Beccaria-Standards "
            "erfolgreich teilgenommen, alle Module abgeschlossen, das "
            "Praxisprojekt mit Erfolg bearbeitet und ist damit berechtigt, "
            "die Bezeichnung zu führen:"
        ),
    )
    attendance_heading = models.CharField(
        _("Überschrift der Teilnahmebescheinigung"),
        max_length=100,
        default="Teilnahmebescheinigung",
    )
    attendance_text = models.TextField(
        _("Text der Teilnahmebescheinigung"),
        default="hat an folgendem Modul des Qualifizierungsprogramms teilgenommen:",
    )
    footer_text = models.TextField(
        _("Fußzeile"),
        blank=True,
        default=(
            "Die Echtheit dieses Dokuments lässt sich mit dem QR-Code oder unter "
            "der angegebenen Adresse prüfen."
        ),
    )
    signatories = StreamField(
        [("signatory", SignatoryBlock())],
        verbose_name=_("Unterzeichnende"),
        blank=True,
        max_num=3,
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("issuer"), FieldPanel("place"), FieldPanel("logo")],
            heading=_("Aussteller"),
        ),
        MultiFieldPanel(
            [FieldPanel("certificate_heading"), FieldPanel("certificate_text")],
            heading=_("Zertifikat"),
        ),
        MultiFieldPanel(
            [FieldPanel("attendance_heading"), FieldPanel("attendance_text")],
            heading=_("Teilnahmebescheinigung"),
        ),
        FieldPanel("footer_text"),
        FieldPanel("signatories"),
    ]

    class Meta:
        verbose_name = _("Zertifikatsvorlage")
