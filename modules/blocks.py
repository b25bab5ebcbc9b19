"""Blocks of the knowledge checks."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError


class AnswerBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Antwort"), max_length=500)
    correct = blocks.BooleanBlock(label=_("richtig"), required=False)

    class Meta:
        icon = "tick"
        label = _("Antwort")


class QuestionBlock(blocks.StructBlock):
    """A single- or multiple-choice question with feedback after submitting."""

    text = blocks.TextBlock(label=_("Frage"))
    multiple = blocks.BooleanBlock(
        label=_("Mehrfachauswahl"),
        required=False,
        help_text=_("Angekreuzt: mehrere Antworten können richtig sein."),
    )
    answers = blocks.ListBlock(AnswerBlock(), label=_("Antworten"), min_num=2)
    feedback = blocks.TextBlock(
        label=_("Erläuterung"),
        required=False,
        help_text=_(
            "Erscheint im Ergebnis eines Versuchs, ob richtig oder falsch "
            "beantwortet, wie unter „Rückmeldung nach einem Versuch“ eingestellt."
        ),
    )

    class Meta:
        icon = "help"
        label = _("Frage")

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for answer in value["answers"] if answer["correct"])
        if correct == 0:
            message = _("Mindestens eine Antwort muss als richtig markiert sein.")
        elif correct > 1 and not value["multiple"]:
            message = _(
                "Bei einer Einfachauswahl darf nur eine Antwort richtig sein. "
                "Kreuzen Sie sonst „Mehrfachauswahl“ an."
            )
        else:
            return value
        raise StructBlockValidationError(
            block_errors={"answers": ValidationError(message)}
        )


class SectionBlock(blocks.StructBlock):
    """One section the participant writes, e.g. a step of the Beccaria standards."""

    title = blocks.CharBlock(label=_("Titel"), max_length=200)
    guidance = blocks.RichTextBlock(
        label=_("Hinweise"), features=["bold", "italic", "ol", "ul", "link"]
    )
    guiding_questions = blocks.ListBlock(
        blocks.CharBlock(label=_("Leitfrage"), max_length=500),
        label=_("Leitfragen"),
        min_num=0,
    )

    class Meta:
        icon = "list-ol"
        label = _("Abschnitt")


class RubricLevelBlock(blocks.StructBlock):
    points = blocks.IntegerBlock(label=_("Punkte"), min_value=0, max_value=100)
    label = blocks.CharBlock(label=_("Stufe"), max_length=100)
    descriptor = blocks.TextBlock(label=_("Beschreibung"))

    class Meta:
        icon = "pick"
        label = _("Stufe")


class RubricCriterionBlock(blocks.StructBlock):
    """A grading criterion with its levels, from lowest to highest."""

    name = blocks.CharBlock(label=_("Kriterium"), max_length=200)
    levels = blocks.ListBlock(RubricLevelBlock(), label=_("Stufen"), min_num=2)

    class Meta:
        icon = "tasks"
        label = _("Kriterium")
