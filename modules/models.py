"""The course as a page tree: programme → module → activities.

No learner state lives here; `lms` adds it through hooks, template tags and
its own views.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import RICH_TEXT_FEATURES, ContentStreamBlock


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

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("certificate_title"), FieldPanel("provider")],
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
    subpage_types = ["modules.LessonPage"]

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
