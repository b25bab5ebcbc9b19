"""The learner record: cohorts, enrolments and what each participant did."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from polymorphic.managers import PolymorphicManager
from polymorphic.models import PolymorphicModel

from cms.core.audit import staff_member_field
from cms.core.people import display_name


class ParticipantProfile(models.Model):
    """What the LPR office knows about a participant beyond the user account."""

    class Field(models.TextChoices):
        POLICE = "police", _("Polizei")
        MUNICIPALITY = "municipality", _("Kommune")
        SOCIAL_WORK = "social_work", _("Soziale Arbeit")
        SCHOOL = "school", _("Schule")
        JUSTICE = "justice", _("Justiz")
        OTHER = "other", _("Sonstige")
        UNSPECIFIED = "unspecified", _("nicht angegeben")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Konto"),
        on_delete=models.CASCADE,
        related_name="participant_profile",
    )
    organisation = models.CharField(_("Organisation"), max_length=200, blank=True)
    professional_field = models.CharField(
        _("Berufsfeld"),
        max_length=20,
        choices=Field.choices,
        # Until the participant says otherwise in the profile: an imported
        # person counted as "Sonstige" would skew every statistic.
        default=Field.UNSPECIFIED,
    )
    date_of_birth = models.DateField(
        _("Geburtsdatum"),
        null=True,
        blank=True,
        help_text=_(
            "Nur nötig, wenn der Lehrgang das Geburtsdatum auf das Zertifikat druckt."
        ),
    )

    class Meta:
        verbose_name = _("Teilnehmendenprofil")
        verbose_name_plural = _("Teilnehmendenprofile")
        permissions = [
            (
                "manage_participant_accounts",
                _("Konten der Teilnehmenden verwalten"),
            )
        ]

    def __str__(self):
        return display_name(self.user)


class Cohort(models.Model):
    """A run of a programme (Durchgang), e.g. „Durchgang 2027“."""

    programme = models.ForeignKey(
        "modules.ProgrammePage",
        verbose_name=_("Lehrgang"),
        on_delete=models.PROTECT,
        related_name="cohorts",
    )
    name = models.CharField(_("Name"), max_length=100)
    start_date = models.DateField(_("Beginn"))
    end_date = models.DateField(_("Ende"))
    trainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Trainer/innen"),
        blank=True,
        related_name="trained_cohorts",
    )
    sessions = models.ManyToManyField(
        "modules.SessionPage",
        verbose_name=_("Seminartermine"),
        blank=True,
        related_name="cohorts",
        help_text=_("Die Präsenztermine dieses Durchgangs."),
    )
    project_due_at = models.DateTimeField(
        _("Abgabe der Projektarbeit"),
        null=True,
        blank=True,
        help_text=_(
            "Gilt für die Projektaufgaben dieses Durchgangs. Leer: der "
            "Abgabetermin der Projektaufgabe."
        ),
    )

    class Meta:
        verbose_name = _("Durchgang")
        verbose_name_plural = _("Durchgänge")
        ordering = ["-start_date", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "name"], name="unique_cohort_name_per_programme"
            ),
            models.CheckConstraint(
                condition=Q(end_date__gte=models.F("start_date")),
                name="cohort_ends_after_start",
            ),
        ]

    def __str__(self):
        return self.name


class EnrolmentQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user) if user.is_authenticated else self.none()

    def active(self):
        return self.filter(status=Enrolment.Status.ACTIVE)

    def with_course_access(self):
        """Active participants learn; those who completed keep reading."""
        return self.filter(
            status__in=[Enrolment.Status.ACTIVE, Enrolment.Status.COMPLETED]
        )

    def booking(self, module):
        """Enrolments that include `module`: the rule of
        `Enrolment.books_module`, as a filter (may repeat a row; add
        `distinct()` when it matters)."""
        return self.filter(Q(scope=Enrolment.Scope.PROGRAMME) | Q(modules=module))


class Enrolment(models.Model):
    """A participant in a cohort, for the whole programme or single modules."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("aktiv")
        PAUSED = "paused", _("pausiert")
        COMPLETED = "completed", _("abgeschlossen")
        CANCELLED = "cancelled", _("abgebrochen")

    class Scope(models.TextChoices):
        PROGRAMME = "programme", _("ganzer Lehrgang")
        MODULES = "modules", _("einzelne Module")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Teilnehmer/in"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    cohort = models.ForeignKey(
        Cohort,
        verbose_name=_("Durchgang"),
        on_delete=models.PROTECT,
        related_name="enrolments",
    )
    status = models.CharField(
        _("Status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    scope = models.CharField(
        _("Umfang"), max_length=10, choices=Scope.choices, default=Scope.PROGRAMME
    )
    modules = models.ManyToManyField(
        "modules.ModulePage",
        verbose_name=_("Gebuchte Module"),
        blank=True,
        related_name="+",
        help_text=_("Nur bei „einzelne Module“."),
    )
    enrolled_on = models.DateField(_("Eingeschrieben am"), auto_now_add=True)
    ended_on = models.DateField(_("Beendet am"), null=True, blank=True)

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("Einschreibung")
        verbose_name_plural = _("Einschreibungen")
        ordering = ["cohort", "user__last_name", "user__first_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "cohort"], name="unique_enrolment_per_cohort"
            ),
        ]

    def __str__(self):
        return f"{display_name(self.user)} – {self.cohort}"

    def books_module(self, page):
        """Whether this enrolment includes the module `page` (a ModulePage, or
        a page inside one, judged by its module): participants of the whole
        programme have every module, the others those they booked. Reads the
        booked modules through `self.modules.all()`, so a prefetch
        (`selectors.prefetch_booked_modules`) spares the query.
        `EnrolmentQuerySet.booking` is the same rule as a filter."""
        if self.scope == self.Scope.PROGRAMME:
            return True
        return any(page.path.startswith(module.path) for module in self.modules.all())


class ActivityRecord(PolymorphicModel):
    """What a participant did with one activity page; one typed child per kind.

    Kinds that allow only one record per participant and activity set
    `single = True`; the database enforces it.
    """

    enrolment = models.ForeignKey(
        Enrolment,
        verbose_name=_("Einschreibung"),
        on_delete=models.CASCADE,
        related_name="records",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Aktivität"),
        # Records are evidence for the certificate: a page that has them
        # cannot be deleted (unpublish it instead).
        on_delete=models.PROTECT,
        related_name="+",
    )
    single = models.BooleanField(default=True, editable=False)
    created_at = models.DateTimeField(_("Angelegt am"), auto_now_add=True)

    objects = PolymorphicManager()

    class Meta:
        verbose_name = _("Lernnachweis")
        verbose_name_plural = _("Lernnachweise")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "page"],
                condition=Q(single=True),
                name="one_record_per_activity",
            ),
        ]
        indexes = [models.Index(fields=["enrolment", "page"])]


class LessonCompletion(ActivityRecord):
    """The participant marked a lesson as done."""

    class Meta:
        verbose_name = _("Erledigte Lerneinheit")
        verbose_name_plural = _("Erledigte Lerneinheiten")


class QuizAttempt(ActivityRecord):
    """One submitted attempt at a knowledge check; every attempt is kept."""

    token = models.UUIDField(
        _("Formular-Kennung"),
        null=True,
        blank=True,
        unique=True,
        editable=False,
        help_text=_("Macht ein doppelt abgeschicktes Formular zu einem Versuch."),
    )
    answers = models.JSONField(_("Antworten"), default=dict)
    results = models.JSONField(_("Ergebnis je Frage"), default=dict)
    score = models.PositiveSmallIntegerField(_("Ergebnis (%)"))
    passed = models.BooleanField(_("bestanden"))

    class Meta:
        verbose_name = _("Versuch im Wissens-Check")
        verbose_name_plural = _("Versuche in Wissens-Checks")


class AttendanceRecord(ActivityRecord):
    """Attendance of a participant at a seminar day, recorded by a trainer."""

    class Status(models.TextChoices):
        PRESENT = "present", _("anwesend")
        EXCUSED = "excused", _("entschuldigt")
        ABSENT = "absent", _("abwesend")

    status = models.CharField(_("Anwesenheit"), max_length=10, choices=Status.choices)
    recorded_by = staff_member_field(_("Erfasst von"))
    recorded_at = models.DateTimeField(_("Erfasst am"), auto_now=True)

    class Meta:
        verbose_name = _("Anwesenheit")
        verbose_name_plural = _("Anwesenheiten")


class QuizAttemptGrant(models.Model):
    """One more attempt at a knowledge check, granted by a trainer."""

    enrolment = models.ForeignKey(
        Enrolment,
        verbose_name=_("Einschreibung"),
        on_delete=models.CASCADE,
        related_name="attempt_grants",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Wissens-Check"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    granted_by = staff_member_field(_("Gewährt von"))
    reason = models.CharField(_("Begründung"), max_length=500)
    created_at = models.DateTimeField(_("Gewährt am"), auto_now_add=True)

    class Meta:
        verbose_name = _("Zusätzlicher Versuch")
        verbose_name_plural = _("Zusätzliche Versuche")

    def __str__(self):
        return f"{self.enrolment} – {self.page}"
