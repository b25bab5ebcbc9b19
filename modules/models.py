"""The course as a page tree: programme → module → activities.

No learner state lives here; `lms` adds it through hooks, template tags and
its own views.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import RICH_TEXT_FEATURES, ContentStreamBlock

from .assignment_defaults import default_sections
from .blocks import QuestionBlock, RubricCriterionBlock, SectionBlock
from .file_types import DEFAULT_FILE_TYPES, FILE_TYPES


class ProgrammePage(Page):
    """A qualification programme, e.g. „Fachkraft für Kriminalprävention“."""

    certificate_title = models.CharField(
        _("Abschlussbezeichnung"),
        max_length=200,
        help_text=_("So steht der Abschluss auf dem Zertifikat."),
    )
    provider = models.CharField(
        _("Träger"),
        max_length=200,
        help_text=_("Zum Beispiel „Landespräventionsrat Sachsen“."),
    )
    intro = RichTextField(_("Einleitung"), features=RICH_TEXT_FEATURES)
    body = StreamField(ContentStreamBlock(), verbose_name=_("Inhalt"), blank=True)
    attendance_quota = models.PositiveSmallIntegerField(
        _("Anwesenheitsquote (%)"),
        default=80,
        validators=[MaxValueValidator(100)],
        help_text=_(
            "Anteil der Unterrichtseinheiten der Seminartermine, die Teilnehmende "
            "anwesend sein müssen. Entschuldigte Fehlzeiten zählen als Fehlzeiten."
        ),
    )
    sequential_release = models.BooleanField(
        _("Module nacheinander freischalten"),
        default=False,
        help_text=_("Ein Modul öffnet sich erst, wenn das vorige abgeschlossen ist."),
    )
    certificate_shows_birth_date = models.BooleanField(
        _("Geburtsdatum auf dem Zertifikat"),
        default=False,
        help_text=_(
            "Nur wenn es zur Identifizierung nötig ist: Teilnehmende werden dann "
            "in ihrem Profil nach dem Geburtsdatum gefragt."
        ),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("certificate_title"),
                FieldPanel("provider"),
                FieldPanel("attendance_quota"),
                FieldPanel("sequential_release"),
                FieldPanel("certificate_shows_birth_date"),
            ],
            heading=_("Abschluss"),
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["modules.ModulePage"]

    class Meta:
        verbose_name = _("Lehrgang")
        verbose_name_plural = _("Lehrgänge")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["modules"] = ModulePage.objects.child_of(self).live().order_by("number")
        return context


class ModulePage(Page):
    """One of the programme's modules, taught on two weekends plus online."""

    number = models.PositiveSmallIntegerField(
        _("Modulnummer"), validators=[MinValueValidator(1), MaxValueValidator(99)]
    )
    summary = models.TextField(
        _("Kurzbeschreibung"),
        max_length=600,
        help_text=_("Zwei, drei Sätze, die auf der Lehrgangsseite stehen."),
    )
    learning_goals = RichTextField(
        _("Lernziele"),
        features=["ul", "bold", "italic"],
        help_text=_("Was die Teilnehmenden nach dem Modul können, als Liste."),
    )
    teaching_units = models.PositiveSmallIntegerField(
        _("Unterrichtseinheiten (UE)"),
        default=0,
        help_text=_(
            "Geplanter Umfang des Moduls in Unterrichtseinheiten zu 45 Minuten."
        ),
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("Inhalt"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("number"),
        FieldPanel("summary"),
        FieldPanel("learning_goals"),
        FieldPanel("teaching_units"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("learning_goals"),
    ]
    parent_page_types = ["modules.ProgrammePage"]
    subpage_types = [
        "modules.LessonPage",
        "modules.QuizPage",
        "modules.SessionPage",
        "modules.AssignmentPage",
    ]

    class Meta:
        verbose_name = _("Modul")
        verbose_name_plural = _("Module")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["activities"] = self.get_children().live().specific()
        return context


class ActivityPage(Page):
    """Common fields of everything a participant does in a module."""

    required = models.BooleanField(
        _("Pflicht"),
        default=True,
        help_text=_("Pflichtaktivitäten zählen für den Abschluss des Moduls."),
    )
    teaching_units = models.DecimalField(
        _("Unterrichtseinheiten (UE)"),
        max_digits=4,
        decimal_places=1,
        default=0,
        validators=[MinValueValidator(0)],
        help_text=_(
            "Wie viele Unterrichtseinheiten zu 45 Minuten die Aktivität umfasst."
        ),
    )

    activity_panels = [
        MultiFieldPanel(
            [FieldPanel("required"), FieldPanel("teaching_units")],
            heading=_("Anrechnung"),
        )
    ]
    parent_page_types = ["modules.ModulePage"]
    subpage_types = []

    class Meta:
        abstract = True


class LessonPage(ActivityPage):
    """A lesson to read: text, images, downloads, key statements, questions."""

    summary = models.TextField(
        _("Kurzbeschreibung"),
        max_length=400,
        blank=True,
        help_text=_("Erscheint in der Übersicht des Moduls."),
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("Geschätzte Lesezeit (Minuten)"), default=15
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("Inhalt"))

    content_panels = (
        Page.content_panels
        + [FieldPanel("summary"), FieldPanel("estimated_minutes"), FieldPanel("body")]
        + ActivityPage.activity_panels
    )
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("Lerneinheit")
        verbose_name_plural = _("Lerneinheiten")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["module"] = self.get_parent()
        context["previous_activity"] = self.get_prev_siblings().live().first()
        context["next_activity"] = self.get_next_siblings().live().first()
        return context


class QuizPage(ActivityPage):
    """A knowledge check, scored on the server; the best attempt counts."""

    intro = RichTextField(_("Einleitung"), features=RICH_TEXT_FEATURES, blank=True)
    pass_mark = models.PositiveSmallIntegerField(
        _("Bestehensgrenze (%)"),
        default=70,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("Höchstzahl der Versuche"),
        default=3,
        help_text=_("0 bedeutet: beliebig viele Versuche."),
    )
    questions = StreamField(
        [("question", QuestionBlock())],
        verbose_name=_("Fragen"),
        min_num=1,
    )

    content_panels = (
        Page.content_panels
        + [
            FieldPanel("intro"),
            MultiFieldPanel(
                [FieldPanel("pass_mark"), FieldPanel("max_attempts")],
                heading=_("Bewertung"),
            ),
            FieldPanel("questions"),
        ]
        + ActivityPage.activity_panels
    )

    class Meta:
        verbose_name = _("Wissens-Check")
        verbose_name_plural = _("Wissens-Checks")

    @property
    def summary(self):
        return strip_tags(self.intro)[:300]

    def score(self, answers):
        """Score `answers` ({question id: [answer ids]}) in percent.

        A question counts as right only when exactly its correct answers are
        chosen. Returns (percent, {question id: right?}).
        """
        results = {}
        for question in self.questions:
            correct = {
                answer.id
                for answer in question.value["answers"].bound_blocks
                if answer.value["correct"]
            }
            chosen = set(answers.get(question.id, []))
            results[question.id] = bool(correct) and chosen == correct
        total = len(results)
        percent = round(100 * sum(results.values()) / total) if total else 0
        return percent, results


class SessionPage(ActivityPage):
    """A seminar day or weekend (Präsenzphase) with date, place and units."""

    starts_at = models.DateTimeField(_("Beginn"))
    ends_at = models.DateTimeField(_("Ende"))
    location = models.CharField(_("Ort"), max_length=300)
    description = RichTextField(_("Programm"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = (
        Page.content_panels
        + [
            MultiFieldPanel(
                [
                    FieldPanel("starts_at"),
                    FieldPanel("ends_at"),
                    FieldPanel("location"),
                ],
                heading=_("Termin"),
            ),
            FieldPanel("description"),
        ]
        + ActivityPage.activity_panels
    )

    class Meta:
        verbose_name = _("Seminartermin")
        verbose_name_plural = _("Seminartermine")

    @property
    def summary(self):
        return self.location

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError(
                {"ends_at": _("Das Ende muss nach dem Beginn liegen.")}
            )


def default_file_types():
    return list(DEFAULT_FILE_TYPES)


FILE_TYPE_CHOICES = [(key, file_type.label) for key, file_type in FILE_TYPES.items()]


class AssignmentPageForm(WagtailAdminPageForm):
    """The allowed file types as check boxes, stored as a list of short names."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file_types"] = forms.MultipleChoiceField(
            label=_("Erlaubte Dateitypen"),
            choices=FILE_TYPE_CHOICES,
            widget=forms.CheckboxSelectMultiple,
            help_text=_("Welche Dateien Teilnehmende anhängen dürfen."),
        )


class AssignmentPage(ActivityPage):
    """The brief of the practice project: sections to write, the rubric it is
    graded by and the due date."""

    brief = RichTextField(_("Aufgabenstellung"), features=RICH_TEXT_FEATURES)
    sections = StreamField(
        [("section", SectionBlock())],
        verbose_name=_("Abschnitte"),
        default=default_sections,
        min_num=1,
        help_text=_("Vorgegeben sind die sieben Schritte der Beccaria-Standards."),
    )
    rubric = StreamField(
        [("criterion", RubricCriterionBlock())],
        verbose_name=_("Bewertungsraster"),
        min_num=1,
    )
    pass_points = models.PositiveSmallIntegerField(
        _("Bestehensgrenze (Punkte)"),
        help_text=_("Mindestsumme der Punkte über alle Kriterien."),
    )
    due_at = models.DateTimeField(_("Abgabe bis"), null=True, blank=True)
    file_types = models.JSONField(
        _("Erlaubte Dateitypen"),
        default=default_file_types,
        help_text=_("Welche Dateien Teilnehmende anhängen dürfen."),
    )
    max_file_size_mb = models.PositiveSmallIntegerField(
        _("Höchstgröße je Datei (MB)"),
        default=20,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    max_resubmissions = models.PositiveSmallIntegerField(
        _("Erlaubte Überarbeitungen"),
        default=2,
        validators=[MaxValueValidator(10)],
        help_text=_(
            "Wie oft Teilnehmende nach „Überarbeitung erbeten“ erneut einreichen "
            "dürfen."
        ),
    )

    content_panels = (
        Page.content_panels
        + [
            FieldPanel("brief"),
            FieldPanel("sections"),
            MultiFieldPanel(
                [FieldPanel("rubric"), FieldPanel("pass_points")],
                heading=_("Bewertung"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("due_at"),
                    FieldPanel("max_resubmissions"),
                    FieldPanel("file_types"),
                    FieldPanel("max_file_size_mb"),
                ],
                heading=_("Abgabe"),
            ),
        ]
        + ActivityPage.activity_panels
    )
    base_form_class = AssignmentPageForm

    class Meta:
        verbose_name = _("Projektaufgabe")
        verbose_name_plural = _("Projektaufgaben")

    @property
    def summary(self):
        return strip_tags(self.brief)[:300]

    @property
    def allowed_file_types(self):
        return [key for key in FILE_TYPES if key in (self.file_types or [])]

    @property
    def max_file_bytes(self):
        return self.max_file_size_mb * 1024 * 1024

    @property
    def max_points(self):
        return sum(
            max((level["points"] for level in criterion.value["levels"]), default=0)
            for criterion in self.rubric
        )

    def clean(self):
        super().clean()
        if self.pass_points is not None and self.pass_points > self.max_points:
            raise ValidationError(
                {
                    "pass_points": _(
                        "Die Bestehensgrenze liegt über der erreichbaren Punktzahl "
                        "(%(max)s)."
                    )
                    % {"max": self.max_points}
                }
            )
