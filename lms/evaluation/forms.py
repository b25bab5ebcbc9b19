"""The participant's answer form and the office's questionnaire form."""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm

from .models import SCALE, Questionnaire
from .policies import status_change_allowed

TEXT_LIMIT = 3000


def field_name(question):
    return f"frage-{question.pk}"


class AnswerForm(forms.Form):
    """One field per question: a radio group for a scale question (required),
    a text area for free text (optional). Errors name the question."""

    def __init__(self, *args, questions, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        for question in self.questions:
            self.fields[field_name(question)] = self._field(question)

    def _field(self, question):
        if question.is_scale:
            return forms.TypedChoiceField(
                label=question.text,
                choices=[(str(value), label) for value, label in SCALE],
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Bitte wählen Sie eine Stufe der Skala."),
                    "invalid_choice": _("Bitte wählen Sie eine Stufe der Skala."),
                },
            )
        return forms.CharField(
            label=question.text,
            required=False,
            max_length=TEXT_LIMIT,
            widget=forms.Textarea(attrs={"rows": 5}),
            help_text=_(
                "Freiwillig. Bitte nennen Sie keine Namen, auch nicht Ihren eigenen."
            ),
            error_messages={
                "max_length": _(
                    "Bitte kürzen Sie Ihre Antwort auf höchstens %(limit_value)d "
                    "Zeichen (jetzt %(show_value)d)."
                )
            },
        )

    def ratings(self):
        return {
            q.pk: self.cleaned_data[field_name(q)] for q in self.questions if q.is_scale
        }

    def texts(self):
        return {
            q.pk: self.cleaned_data[field_name(q)]
            for q in self.questions
            if not q.is_scale
        }


class QuestionnaireForm(WagtailAdminModelForm):
    """Refuses a status change that would let results be compared before and
    after an answer. (At least one question: the InlinePanel's `min_num`.)"""

    def clean_status(self):
        new = self.cleaned_data["status"]
        old = (
            Questionnaire.objects.filter(pk=self.instance.pk)
            .values_list("status", flat=True)
            .first()
        )
        if old and not status_change_allowed(self.instance, old, new):
            raise forms.ValidationError(STATUS_REFUSED)
        return new


STATUS_REFUSED = gettext_lazy(
    "Dieser Statuswechsel ist nicht möglich: Eine Befragung mit Antworten wird "
    "nur noch geschlossen, und eine geschlossene Befragung mit Antworten bleibt "
    "geschlossen, damit niemand die Ergebnisse vor und nach einer einzelnen "
    "Antwort vergleichen kann."
)
