"""The frame of the course: the programme and its modules."""

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

    def route(self, request, path_components):
        """Find a module in one query: modules are this page's only
        children, so Wagtail's second query for the child's type is not
        needed. Anything else falls back to Wagtail's routing."""
        if not path_components:
            return super().route(request, path_components)
        try:
            module = ModulePage.objects.child_of(self).get(slug=path_components[0])
        except ModulePage.DoesNotExist:
            return super().route(request, path_components)
        module._cached_parent_obj = self
        return module.route(request, path_components[1:])


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
