"""The practice project's records: versions, attachments, reviews,
extensions, mentoring notes, the audit trail and reminders.

The tables keep the names they had when these models lived in the `lms`
app (`db_table`), so moving them moved no data.
"""

import uuid

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cms.core.audit import AuditEvent, staff_member_field
from cms.core.storage import private_storage
from lms.learning.models import ActivityRecord, Enrolment


class Submission(ActivityRecord):
    """A participant's practice project for one assignment, with its versions.

    `status` follows the latest version and its released review; the
    versions and reviews themselves are never changed after hand-in.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", _("Entwurf")
        SUBMITTED = "submitted", _("eingereicht")
        IN_REVIEW = "in_review", _("in Bewertung")
        REVISION = "revision", _("Überarbeitung erbeten")
        PASSED = "passed", _("bestanden")
        FAILED = "failed", _("nicht bestanden")

    status = models.CharField(
        _("Status"),
        max_length=10,
        choices=Status.choices,
        default=Status.DRAFT,
        db_index=True,
    )
    submitted_at = models.DateTimeField(
        _("Zuletzt eingereicht am"), null=True, blank=True, db_index=True
    )

    class Meta:
        db_table = "lms_submission"
        verbose_name = _("Projektarbeit")
        verbose_name_plural = _("Projektarbeiten")


def _attachment_name(instance, filename):
    """Stored under a random name: nothing of the upload's name reaches the disk."""
    return f"abgaben/{uuid.uuid4().hex}"


class SubmissionVersion(models.Model):
    """One hand-in (or the draft of the next one).

    `sections` is a list of {"id", "title", "text"}: the titles are copied
    from the brief, so later edits of the brief do not change a version.
    `goals`, `measures` and `planning` are lists of dicts (see
    `services`). A version with `submitted_at` set is final; its PDF is
    rendered once and kept (`pdf`, see `services.store_version_pdf`).
    """

    submission = models.ForeignKey(
        Submission,
        verbose_name=_("Projektarbeit"),
        on_delete=models.PROTECT,
        related_name="versions",
    )
    number = models.PositiveSmallIntegerField(_("Fassung"))
    title = models.CharField(_("Titel des Projekts"), max_length=200, blank=True)
    sections = models.JSONField(_("Abschnitte"), default=list)
    goals = models.JSONField(_("Ziele"), default=list)
    measures = models.JSONField(_("Maßnahmen"), default=list)
    planning = models.JSONField(_("Planungsübersicht"), default=list)
    revision = models.PositiveIntegerField(
        default=0,
        editable=False,
        help_text=_(
            "Zählt gespeicherte Entwürfe; erkennt Speichern aus zwei Fenstern."
        ),
    )
    review_revision = models.PositiveIntegerField(
        default=0,
        editable=False,
        help_text=_("Zählt gespeicherte Bewertungen; erkennt gleichzeitiges Bewerten."),
    )
    created_at = models.DateTimeField(_("Angelegt am"), auto_now_add=True)
    updated_at = models.DateTimeField(_("Gespeichert am"), auto_now=True)
    submitted_at = models.DateTimeField(_("Eingereicht am"), null=True, blank=True)
    pdf = models.FileField(
        _("PDF der Fassung"),
        storage=private_storage,
        max_length=200,
        blank=True,
        editable=False,
        help_text=_(
            "Einmal erstellt, sobald die Fassung eingereicht ist; ein Entwurf "
            "hat keines."
        ),
    )

    class Meta:
        db_table = "lms_submissionversion"
        verbose_name = _("Fassung")
        verbose_name_plural = _("Fassungen")
        ordering = ["submission", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["submission", "number"], name="unique_version_number"
            ),
            models.UniqueConstraint(
                fields=["submission"],
                condition=Q(submitted_at__isnull=True),
                name="one_draft_per_submission",
            ),
        ]

    def __str__(self):
        return f"{self.submission} – {_('Fassung')} {self.number}"

    @property
    def is_draft(self):
        return self.submitted_at is None


class Attachment(models.Model):
    """A file attached to a version, stored privately under a random name.

    A new version copies the rows of the previous one and shares their
    files; a file is removed from disk only with its last row.
    """

    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    version = models.ForeignKey(
        SubmissionVersion,
        verbose_name=_("Fassung"),
        on_delete=models.PROTECT,
        related_name="attachments",
    )
    file = models.FileField(
        _("Datei"), storage=private_storage, upload_to=_attachment_name, max_length=200
    )
    name = models.CharField(_("Dateiname"), max_length=200)
    file_type = models.CharField(_("Dateityp"), max_length=10)
    size = models.PositiveBigIntegerField(_("Größe (Byte)"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    uploaded_at = models.DateTimeField(_("Hochgeladen am"), auto_now_add=True)

    class Meta:
        db_table = "lms_attachment"
        verbose_name = _("Anhang")
        verbose_name_plural = _("Anhänge")
        ordering = ["uploaded_at", "pk"]

    def __str__(self):
        return self.name


class Review(models.Model):
    """A trainer's assessment of one version: rubric points, comments per
    section, overall feedback and the decision.

    A draft is visible to trainers only. Once released it is final; a
    correction is a new review that names the one it corrects. A revision
    request may carry the due date of the revision (`revision_due_at`);
    `selectors.due_dates` reads it.
    """

    class Decision(models.TextChoices):
        PASSED = "passed", _("bestanden")
        REVISION = "revision", _("Überarbeitung erbeten")
        FAILED = "failed", _("nicht bestanden")

    version = models.ForeignKey(
        SubmissionVersion,
        verbose_name=_("Fassung"),
        on_delete=models.PROTECT,
        related_name="reviews",
    )
    reviewer = staff_member_field(_("Bewertet von"))
    scores = models.JSONField(
        _("Punkte je Kriterium"),
        default=list,
        help_text=_("Liste von {id, name, points, max_points, level}."),
    )
    section_comments = models.JSONField(_("Anmerkungen je Abschnitt"), default=dict)
    feedback = models.TextField(_("Gesamtrückmeldung"), blank=True)
    decision = models.CharField(
        _("Entscheidung"), max_length=10, choices=Decision.choices, blank=True
    )
    revision_due_at = models.DateTimeField(
        _("Frist der Überarbeitung"),
        null=True,
        blank=True,
        help_text=_(
            "Nur bei „Überarbeitung erbeten“: bis wann die überarbeitete Fassung "
            "einzureichen ist; leer heißt ohne Abgabefrist."
        ),
    )
    pass_points = models.PositiveSmallIntegerField(_("Bestehensgrenze"), default=0)
    corrects = models.ForeignKey(
        "self",
        verbose_name=_("Korrigiert"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="corrections",
    )
    correction_reason = models.TextField(_("Grund der Korrektur"), blank=True)
    created_at = models.DateTimeField(_("Angelegt am"), auto_now_add=True)
    updated_at = models.DateTimeField(_("Gespeichert am"), auto_now=True)
    released_at = models.DateTimeField(_("Freigegeben am"), null=True, blank=True)

    class Meta:
        db_table = "lms_review"
        verbose_name = _("Bewertung")
        verbose_name_plural = _("Bewertungen")
        ordering = ["version", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["version"],
                condition=Q(released_at__isnull=True),
                name="one_draft_review_per_version",
            ),
        ]

    def __str__(self):
        return f"{self.version} – {self.get_decision_display() or _('Entwurf')}"

    @property
    def total_points(self):
        return sum(score.get("points") or 0 for score in self.scores)

    @property
    def max_points(self):
        return sum(score.get("max_points") or 0 for score in self.scores)

    @property
    def is_released(self):
        return self.released_at is not None


class ProjectRecord(models.Model):
    """Something about one participant's practice project: its enrolment and
    the assignment page."""

    enrolment = models.ForeignKey(
        Enrolment,
        verbose_name=_("Einschreibung"),
        on_delete=models.CASCADE,
        related_name="%(class)s_set",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Projektaufgabe"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        abstract = True


class DueDateExtension(ProjectRecord):
    """An individual new due date for one participant; the latest counts."""

    due_at = models.DateTimeField(_("Neue Abgabefrist"))
    reason = models.CharField(_("Begründung"), max_length=500)
    granted_by = staff_member_field(_("Gewährt von"))
    created_at = models.DateTimeField(_("Gewährt am"), auto_now_add=True)

    class Meta:
        db_table = "lms_duedateextension"
        verbose_name = _("Fristverlängerung")
        verbose_name_plural = _("Fristverlängerungen")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.enrolment} – {self.due_at:%d.%m.%Y}"


class MentoringNote(ProjectRecord):
    """A mentoring talk (Begleitgespräch) about the practice project."""

    held_on = models.DateField(_("Datum"))
    duration_minutes = models.PositiveSmallIntegerField(
        _("Dauer (Minuten)"), validators=[MinValueValidator(1), MaxValueValidator(600)]
    )
    notes = models.TextField(_("Notizen"))
    visible_to_participant = models.BooleanField(
        _("für die Teilnehmerin / den Teilnehmer sichtbar"), default=False
    )
    author = staff_member_field(_("Geführt von"))
    created_at = models.DateTimeField(_("Erfasst am"), auto_now_add=True)

    class Meta:
        db_table = "lms_mentoringnote"
        verbose_name = _("Begleitgespräch")
        verbose_name_plural = _("Begleitgespräche")
        ordering = ["-held_on", "-pk"]

    def __str__(self):
        return f"{self.enrolment} – {self.held_on:%d.%m.%Y}"


class GradingEvent(ProjectRecord, AuditEvent):
    """The audit trail of a practice project: who did what, when."""

    class Action(models.TextChoices):
        SUBMITTED = "submitted", _("eingereicht")
        REVIEW_SAVED = "review_saved", _("Bewertungsentwurf gespeichert")
        REVIEW_RELEASED = "review_released", _("Bewertung freigegeben")
        REVIEW_CORRECTED = "review_corrected", _("Bewertung korrigiert")
        EXTENSION = "extension", _("Frist verlängert")
        MENTORING = "mentoring", _("Begleitgespräch erfasst")
        REVISION_STARTED = "revision_started", _("Überarbeitung begonnen")

    action = models.CharField(_("Aktion"), max_length=20, choices=Action.choices)

    class Meta(AuditEvent.Meta):
        db_table = "lms_gradingevent"

    def __str__(self):
        return f"{self.get_action_display()} – {self.enrolment}"


class DueDateReminder(models.Model):
    """A reminder mail sent once per participant, assignment, due date and kind."""

    class Kind(models.TextChoices):
        WEEK = "week", _("7 Tage vorher")
        DAY = "day", _("1 Tag vorher")

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="+")
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(max_length=4, choices=Kind.choices)
    due_at = models.DateTimeField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "lms_duedatereminder"
        verbose_name = _("Erinnerung")
        verbose_name_plural = _("Erinnerungen")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "page", "kind", "due_at"],
                name="one_reminder_per_due_date",
            ),
        ]

    def __str__(self):
        return f"{self.enrolment} – {self.get_kind_display()}"
