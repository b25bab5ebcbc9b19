"""What a participant does in a module: the common activity fields, lessons,
knowledge checks and seminar sessions. The practice project's brief is in
`assignment`."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import RICH_TEXT_FEATURES, ContentStreamBlock

from ..blocks import QuestionBlock


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
        # A participant's module and neighbours come from their own progress
        # (set while the page is guarded): only activities of their cohort,
        # no query.
        context["module"] = getattr(request, "activity_module", None)
        if context["module"] is None:
            context["module"] = self.get_parent()
        neighbours = getattr(request, "activity_neighbours", None)
        if neighbours is None:
            neighbours = (
                self.get_prev_siblings().live().first(),
                self.get_next_siblings().live().first(),
            )
        context["previous_activity"], context["next_activity"] = neighbours
        return context


class ReviewTiming(models.TextChoices):
    """When a participant sees one kind of information about an attempt."""

    IMMEDIATELY = "immediately", _("sofort nach jedem Versuch")
    PASSED_OR_NO_ATTEMPTS_LEFT = (
        "passed_or_no_attempts_left",
        _("nach Bestehen oder wenn keine Versuche mehr bleiben"),
    )
    PASSED = "passed", _("erst nach Bestehen")
    NO_ATTEMPTS_LEFT = "no_attempts_left", _("erst wenn keine Versuche mehr bleiben")
    NEVER = "never", _("nie")


def review_timing_field(verbose_name, default, help_text):
    return models.CharField(
        verbose_name,
        max_length=30,
        choices=ReviewTiming.choices,
        default=default,
        help_text=help_text,
    )


class QuizPage(ActivityPage):
    """A knowledge check, scored on the server; the best attempt counts.

    The review options say what the result page of an attempt shows and when
    (Moodle's review options, kept to three kinds of information): whether
    each question was answered right, the explanation, the correct options.
    """

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
    review_correctness = review_timing_field(
        _("Richtig oder falsch je Frage zeigen"),
        ReviewTiming.IMMEDIATELY,
        _("Ob jede Frage richtig beantwortet wurde."),
    )
    review_explanation = review_timing_field(
        _("Erläuterungen zeigen"),
        ReviewTiming.IMMEDIATELY,
        _("Die Erläuterung, die bei jeder Frage hinterlegt ist."),
    )
    review_solution = review_timing_field(
        _("Richtige Antworten zeigen"),
        ReviewTiming.PASSED_OR_NO_ATTEMPTS_LEFT,
        _(
            "Welche Antworten richtig sind. Sofort gezeigt, lassen sie sich im "
            "nächsten Versuch abschreiben. Bei beliebig vielen Versuchen bleiben "
            "nie Versuche übrig; wer nach dem letzten Versuch einen weiteren "
            "gewährt bekommt, hat die Lösungen womöglich schon gesehen."
        ),
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
            MultiFieldPanel(
                [
                    FieldPanel("review_correctness"),
                    FieldPanel("review_explanation"),
                    FieldPanel("review_solution"),
                ],
                heading=_("Rückmeldung nach einem Versuch"),
                help_text=_(
                    "Was Teilnehmende im Ergebnis eines Versuchs sehen, und ab "
                    "wann. Ihre eigene Wahl und das Ergebnis in Prozent sehen "
                    "sie immer."
                ),
            ),
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
