from django import forms
from django.utils.translation import gettext_lazy as _

from .models import AccessibilityFeedback


class AccessibilityFeedbackForm(forms.ModelForm):
    """The public feedback form of the accessibility statement."""

    class Meta:
        model = AccessibilityFeedback
        fields = [
            "kind",
            "page_url",
            "description",
            "requested_format",
            "name",
            "email",
        ]
        widgets = {
            "kind": forms.RadioSelect,
            "description": forms.Textarea(attrs={"rows": 6}),
        }
        help_texts = {
            "description": _(
                "Beschreiben Sie die Barriere oder den Inhalt, den Sie in einem "
                "anderen Format benötigen."
            ),
        }
        error_messages = {
            "description": {
                "required": _("Bitte beschreiben Sie Ihr Anliegen."),
            },
            "email": {
                "invalid": _("Bitte geben Sie eine gültige E-Mail-Adresse an."),
            },
        }

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kind") == AccessibilityFeedback.Kind.FORMAT and not cleaned.get(
            "requested_format"
        ):
            self.add_error(
                "requested_format",
                _("Bitte nennen Sie das Format, in dem Sie den Inhalt benötigen."),
            )
        return cleaned
