"""The practice project's brief: sections, rubric, due date and upload rules,
with the admin form that offers the file types as check boxes."""

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

from cms.blocks import RICH_TEXT_FEATURES

from ..assignment_defaults import default_sections
from ..blocks import RubricCriterionBlock, SectionBlock
from ..file_types import DEFAULT_FILE_TYPES, FILE_TYPES
from .activities import ActivityPage


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
