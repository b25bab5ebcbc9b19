"""Site pages, legal pages and the accessibility feedback mechanism."""

from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseGenericSetting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import RICH_TEXT_FEATURES, ContentStreamBlock
from .core.audit import staff_member_field


class HomePage(Page):
    """The start page: what the programme is and where to begin."""

    intro = RichTextField(_("Einleitung"), features=RICH_TEXT_FEATURES, blank=True)
    body = StreamField(ContentStreamBlock(), verbose_name=_("Inhalt"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("Startseite")
        verbose_name_plural = _("Startseiten")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["teasers"] = self.get_children().live().public().in_menu()
        return context


class ContentPage(Page):
    """A plain page of text: Impressum, Datenschutzerklärung, information pages."""

    body = StreamField(ContentStreamBlock(), verbose_name=_("Inhalt"))

    content_panels = Page.content_panels + [FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body")]
    parent_page_types = ["cms.HomePage", "cms.ContentPage"]
    subpage_types = ["cms.ContentPage"]

    class Meta:
        verbose_name = _("Inhaltsseite")
        verbose_name_plural = _("Inhaltsseiten")


class KnownBarrierBlock(blocks.StructBlock):
    """One known barrier of the accessibility statement, as the EU model asks."""

    content = blocks.CharBlock(label=_("Betroffener Inhalt"), max_length=300)
    reason = blocks.TextBlock(label=_("Warum er nicht barrierefrei ist"))
    alternative = blocks.TextBlock(label=_("Barrierefreie Alternative"), required=False)

    class Meta:
        icon = "warning"
        label = _("Bekannte Barriere")


class AccessibilityStatementPage(Page):
    """Erklärung zur Barrierefreiheit, structured after the EU model statement
    (Durchführungsbeschluss (EU) 2018/1523)."""

    class Compliance(models.TextChoices):
        FULL = "full", _("vollständig vereinbar")
        PARTIAL = "partial", _("teilweise vereinbar")
        NONE = "none", _("nicht vereinbar")

    class Method(models.TextChoices):
        SELF = "self", _("Selbstbewertung")
        EXTERNAL = "external", _("Bewertung durch Dritte")

    intro = RichTextField(
        _("Geltungsbereich"),
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "Für welche Website die Erklärung gilt und auf welcher Rechtsgrundlage."
        ),
    )
    compliance_status = models.CharField(
        _("Stand der Vereinbarkeit"),
        max_length=10,
        choices=Compliance.choices,
        default=Compliance.PARTIAL,
    )
    compliance_text = RichTextField(
        _("Erläuterung zur Vereinbarkeit"), features=RICH_TEXT_FEATURES, blank=True
    )
    known_barriers = StreamField(
        [("barrier", KnownBarrierBlock())],
        verbose_name=_("Nicht barrierefreie Inhalte"),
        blank=True,
    )
    assessment_method = models.CharField(
        _("Methode der Bewertung"),
        max_length=10,
        choices=Method.choices,
        default=Method.SELF,
    )
    assessment_text = RichTextField(
        _("Beschreibung der Bewertung"), features=RICH_TEXT_FEATURES, blank=True
    )
    prepared_on = models.DateField(_("Erstellt am"))
    last_reviewed_on = models.DateField(_("Zuletzt überprüft am"))
    feedback_text = RichTextField(
        _("Feedback und Kontakt"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Wer Meldungen bearbeitet und wie man die Stelle erreicht."),
    )
    enforcement_text = RichTextField(
        _("Durchsetzungsverfahren"), features=RICH_TEXT_FEATURES
    )
    enforcement_url = models.URLField(_("Link zum Durchsetzungsverfahren"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("compliance_status"), FieldPanel("compliance_text")],
            heading=_("Stand der Vereinbarkeit"),
        ),
        FieldPanel("known_barriers"),
        MultiFieldPanel(
            [
                FieldPanel("assessment_method"),
                FieldPanel("assessment_text"),
                FieldPanel("prepared_on"),
                FieldPanel("last_reviewed_on"),
            ],
            heading=_("Erstellung dieser Erklärung"),
        ),
        FieldPanel("feedback_text"),
        MultiFieldPanel(
            [FieldPanel("enforcement_text"), FieldPanel("enforcement_url")],
            heading=_("Durchsetzungsverfahren"),
        ),
    ]
    max_count = 1
    parent_page_types = ["cms.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Erklärung zur Barrierefreiheit")
        verbose_name_plural = _("Erklärungen zur Barrierefreiheit")


class LegalSettings(BaseGenericSetting):
    """The legal pages linked in the footer of every page."""

    imprint_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Impressum"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Datenschutzerklärung"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "cms.AccessibilityStatementPage",
        verbose_name=_("Erklärung zur Barrierefreiheit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        PageChooserPanel("imprint_page"),
        PageChooserPanel("privacy_page"),
        PageChooserPanel("accessibility_page"),
    ]

    class Meta:
        verbose_name = _("Rechtliche Seiten")


class AccessibilityFeedbackQuerySet(models.QuerySet):
    def open(self):
        return self.exclude(status=AccessibilityFeedback.Status.CLOSED)


class AccessibilityFeedback(models.Model):
    """A report of a barrier or a request for content in an accessible format.

    BITV 2.0 asks for an answer within one month; `due_on` holds that date.
    """

    class Kind(models.TextChoices):
        BARRIER = "barrier", _("Barriere melden")
        FORMAT = "format", _("Inhalt in barrierefreiem Format anfordern")

    class Status(models.TextChoices):
        OPEN = "open", _("offen")
        IN_PROGRESS = "in_progress", _("in Bearbeitung")
        CLOSED = "closed", _("erledigt")

    kind = models.CharField(
        _("Anliegen"), max_length=10, choices=Kind.choices, default=Kind.BARRIER
    )
    page_url = models.CharField(
        _("Betroffene Seite"),
        max_length=500,
        blank=True,
        help_text=_("Adresse oder Titel der Seite, um die es geht."),
    )
    description = models.TextField(_("Beschreibung"), max_length=5000)
    requested_format = models.CharField(
        _("Gewünschtes Format"),
        max_length=200,
        blank=True,
        help_text=_("Zum Beispiel Leichte Sprache, Großdruck oder barrierefreies PDF."),
    )
    name = models.CharField(_("Name"), max_length=200, blank=True)
    email = models.EmailField(
        _("E-Mail-Adresse"),
        blank=True,
        help_text=_("Nur nötig, wenn Sie eine Antwort wünschen."),
    )
    received_at = models.DateTimeField(_("Eingegangen am"), auto_now_add=True)
    due_on = models.DateField(_("Antwort fällig bis"))
    status = models.CharField(
        _("Status"), max_length=12, choices=Status.choices, default=Status.OPEN
    )
    answer = models.TextField(
        _("Antwort und Vermerk"),
        blank=True,
        help_text=_("Was geantwortet oder veranlasst wurde."),
    )
    handled_by = staff_member_field(_("Bearbeitet von"), blank=True)
    closed_at = models.DateTimeField(_("Erledigt am"), null=True, blank=True)

    objects = AccessibilityFeedbackQuerySet.as_manager()

    class Meta:
        verbose_name = _("Barriere-Meldung")
        verbose_name_plural = _("Barriere-Meldungen")
        ordering = ["due_on", "received_at"]

    def __str__(self):
        return _("%(kind)s vom %(date)s") % {
            "kind": self.get_kind_display(),
            "date": date_format(self.received_at, "SHORT_DATE_FORMAT"),
        }


class OutboxMessageQuerySet(models.QuerySet):
    def pending(self):
        """Not done and not given up."""
        return self.filter(done_at__isnull=True, gave_up_at__isnull=True)

    def waiting_for_broker(self):
        """Pending and not with the broker: its last hand-over failed."""
        return self.pending().filter(dispatched_at__isnull=True).exclude(last_error="")


class OutboxMessage(models.Model):
    """A task for the background service, written in the same transaction as
    the change that needs it, so that neither a broker that is away nor a
    worker that dies loses it. `cms.core.outbox` hands it to the broker after
    the commit, marks it done when the task succeeded and hands it over again
    when it went missing."""

    task_name = models.CharField(_("Aufgabe"), max_length=200)
    args = models.JSONField(_("Argumente"), default=list, blank=True)
    kwargs = models.JSONField(_("Benannte Argumente"), default=dict, blank=True)
    created_at = models.DateTimeField(_("Angelegt am"), auto_now_add=True)
    attempts = models.PositiveIntegerField(
        _("Übergaben"),
        default=0,
        help_text=_("Wie oft die Aufgabe dem Hintergrunddienst übergeben wurde."),
    )
    dispatched_at = models.DateTimeField(
        _("Zuletzt übergeben am"),
        null=True,
        blank=True,
        help_text=_("Leer, solange der Hintergrunddienst nicht erreichbar war."),
    )
    active_at = models.DateTimeField(
        _("Zuletzt aktiv am"),
        null=True,
        blank=True,
        help_text=_(
            "Wann ein Worker die Aufgabe zuletzt begonnen hat oder wann ihre "
            "nächste Wiederholung fällig ist."
        ),
    )
    done_at = models.DateTimeField(_("Erledigt am"), null=True, blank=True)
    gave_up_at = models.DateTimeField(_("Aufgegeben am"), null=True, blank=True)
    last_error = models.CharField(_("Letzter Fehler"), max_length=500, blank=True)

    objects = OutboxMessageQuerySet.as_manager()

    class Meta:
        verbose_name = _("Hintergrundauftrag")
        verbose_name_plural = _("Hintergrundaufträge")
        ordering = ["created_at"]
        indexes = [
            models.Index(
                fields=["created_at"],
                condition=models.Q(done_at__isnull=True),
                name="cms_outbox_pending_idx",
            ),
            models.Index(fields=["done_at"], name="cms_outbox_done_idx"),
        ]

    def __str__(self):
        return f"{self.task_name} #{self.pk}"
