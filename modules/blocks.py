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
        help_text=_("Erscheint nach dem Absenden, egal ob richtig oder falsch."),
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
