"""Course evaluation: a questionnaire for one module of one cohort, answered
once and anonymously by its participants.

Anonymity is built into the tables: an `Answer` row knows its question and
nothing else (no person, no time, a random primary key), and the record that
a person has answered (`Participation`) knows nothing of what they answered.
"""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

SCALE = [
    (1, _("trifft überhaupt nicht zu")),
    (2, _("trifft eher nicht zu")),
    (3, _("teils, teils")),
    (4, _("trifft eher zu")),
    (5, _("trifft voll und ganz zu")),
]


class Questionnaire(ClusterableModel):
    """A questionnaire (Befragung) on one module of one cohort."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Entwurf")
        OPEN = "open", _("geöffnet")
        CLOSED = "closed", _("geschlossen")

    title = models.CharField(
        _("Titel"),
        max_length=200,
        help_text=_(
            "Derselbe Titel zum selben Modul in späteren Durchgängen erlaubt den "
            "Vergleich über die Jahre."
        ),
    )
    cohort = models.ForeignKey(
        "lms.Cohort",
        verbose_name=_("Durchgang"),
        on_delete=models.PROTECT,
        related_name="questionnaires",
    )
    module = models.ForeignKey(
        "modules.ModulePage",
        verbose_name=_("Modul"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Das Modul (mit seinem Seminarwochenende), das bewertet wird."),
    )
    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        help_text=_("Wird den Teilnehmenden über den Fragen angezeigt."),
    )
    status = models.CharField(
        _("Status"),
        max_length=10,
        choices=Status.choices,
        default=Status.DRAFT,
        help_text=_(
            "Geöffnet: Teilnehmende des Durchgangs können antworten. "
            "Ergebnisse erscheinen, sobald die Befragung geschlossen ist."
        ),
    )
    min_answers = models.PositiveSmallIntegerField(
        _("Mindestzahl der Antworten"),
        default=5,
        validators=[MinValueValidator(3), MaxValueValidator(1000)],
        help_text=_(
            "Erst ab so vielen Antworten zeigt die Auswertung Zahlen, damit "
            "niemand an seinen Antworten erkannt wird."
        ),
    )

    class Meta:
        verbose_name = _("Befragung")
        verbose_name_plural = _("Befragungen")
        ordering = ["-cohort__start_date", "title"]
        permissions = [
            ("view_results", _("Darf Ergebnisse aller Befragungen sehen")),
        ]

    def __str__(self):
        return f"{self.title} – {self.cohort}"

    @property
    def is_open(self):
        return self.status == self.Status.OPEN


class Question(Orderable):
    """One question: a rating on the five-step scale, or free text."""

    class Kind(models.TextChoices):
        SCALE = "scale", _("Skala 1–5 (trifft überhaupt nicht zu … voll und ganz zu)")
        TEXT = "text", _("Freitext")

    questionnaire = ParentalKey(
        Questionnaire, on_delete=models.CASCADE, related_name="questions"
    )
    text = models.CharField(_("Frage bzw. Aussage"), max_length=300)
    kind = models.CharField(
        _("Antwortart"), max_length=10, choices=Kind.choices, default=Kind.SCALE
    )

    class Meta(Orderable.Meta):
        verbose_name = _("Frage")
        verbose_name_plural = _("Fragen")

    def __str__(self):
        return self.text

    @property
    def is_scale(self):
        return self.kind == self.Kind.SCALE


class Answer(models.Model):
    """One anonymous answer to one question. Deliberately without a person,
    a time or an ordered key: nothing the application reads or exports pairs
    it with a `Participation`. The database itself still can: both rows are
    written in one transaction (PostgreSQL's `xmin`) and in the same
    physical order, which a plain dump keeps. Whoever holds the database or
    its backups could pair them; decoupling the two writes is the next step."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    question = models.ForeignKey(
        Question,
        verbose_name=_("Frage"),
        on_delete=models.PROTECT,
        related_name="answers",
    )
    rating = models.PositiveSmallIntegerField(
        _("Bewertung"), null=True, blank=True, choices=SCALE
    )
    text = models.TextField(_("Antwort"), blank=True)

    class Meta:
        verbose_name = _("Antwort")
        verbose_name_plural = _("Antworten")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(rating__isnull=True)
                | models.Q(rating__gte=1, rating__lte=5),
                name="answer_rating_on_the_scale",
            ),
        ]

    def __str__(self):
        return str(self.rating) if self.rating else self.text[:50]


class Participation(models.Model):
    """That a person has answered a questionnaire, and nothing more."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    questionnaire = models.ForeignKey(
        Questionnaire,
        verbose_name=_("Befragung"),
        on_delete=models.PROTECT,
        related_name="participations",
    )
    # A deleted account leaves its participation behind (without the
    # person), so that the number of answers stays what it was.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Teilnehmer/in"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("Teilnahme an einer Befragung")
        verbose_name_plural = _("Teilnahmen an Befragungen")
        constraints = [
            models.UniqueConstraint(
                fields=["questionnaire", "user"], name="one_participation_per_person"
            ),
        ]

    def __str__(self):
        return str(self.questionnaire)
