"""How long the texts of a practice project and of its grading may be.

A practice-project report runs to some 15–25 pages in five to eight
sections; one page of running text (A4, 11 pt) holds about 3,000
characters. A section may therefore have 20,000 characters, six to seven
pages: twice what a long section needs, a fraction of what slows the PDF.
The trainers' texts are shorter by nature. The server's check is the real
one; the text areas carry the same limit as `maxlength` and a hint.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.formats import number_format
from django.utils.functional import lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext as _

SECTION_MAX_LENGTH = 20_000
FEEDBACK_MAX_LENGTH = 10_000
SECTION_COMMENT_MAX_LENGTH = 5_000
CORRECTION_REASON_MAX_LENGTH = 2_000
MENTORING_NOTES_MAX_LENGTH = 10_000


def characters(count):
    """A count as German readers write it: 20.000."""
    return number_format(count, force_grouping=True)


def limit_hint(limit):
    return _("Höchstens %(limit)s Zeichen.") % {"limit": characters(limit)}


def too_long_message(label, *, limit, length):
    return _(
        "„%(label)s“ darf höchstens %(limit)s Zeichen lang sein; Ihr Text hat "
        "%(length)s Zeichen. Bitte kürzen Sie ihn um %(excess)s Zeichen."
    ) % {
        "label": label,
        "limit": characters(limit),
        "length": characters(length),
        "excess": characters(length - limit),
    }


class LimitedTextField(forms.CharField):
    """Free text with a length limit that the browser counts the same way.

    Browsers count a line break in a text area as one character but send it
    as two (CR LF); line breaks are stored as LF, so a text the browser let
    through is never refused for its line breaks. A text stored before the
    limit existed (`allow_up_to`, its length) may be saved again as long as
    it does not grow: nothing stored is lost, and handing in asks for the
    shortening (`selectors.missing_for_submission`).
    """

    def __init__(self, *, max_length, allow_up_to=0, **kwargs):
        self.limit = max_length
        self.allowed = max(max_length, allow_up_to)
        kwargs.setdefault("widget", forms.Textarea)
        super().__init__(**kwargs)
        if isinstance(self.widget, forms.Textarea):
            hint = lazy(limit_hint, str)(max_length)
            self.help_text = (
                format_lazy("{} {}", self.help_text, hint) if self.help_text else hint
            )

    def to_python(self, value):
        return super().to_python(value).replace("\r\n", "\n").replace("\r", "\n")

    def validate(self, value):
        super().validate(value)
        if len(value) > self.allowed:
            raise ValidationError(
                too_long_message(self.label, limit=self.limit, length=len(value)),
                code="max_length",
            )

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if not widget.is_hidden:
            attrs["maxlength"] = str(self.limit)
        return attrs
