"""Forms of the LPR office's certificate admin."""

from django import forms
from django.utils.translation import gettext_lazy as _


class ReasonForm(forms.Form):
    """A required reason, as the log and the holder need it. Shorter than the
    500 characters of the log, which adds the new number to it."""

    required_message = _("Bitte geben Sie einen Grund an.")

    reason = forms.CharField(
        label=_("Grund"),
        max_length=400,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].error_messages["required"] = self.required_message


class RevokeForm(ReasonForm):
    """A revocation cannot be undone, so it asks for a reason and an explicit
    confirmation."""

    required_message = _("Bitte geben Sie einen Grund für den Widerruf an.")

    confirm = forms.BooleanField(
        label=_("Ja, dieses Dokument endgültig widerrufen"),
        help_text=_(
            "Ein Widerruf lässt sich nicht rückgängig machen. Die Inhaberin bzw. "
            "der Inhaber erhält eine E-Mail mit dem Grund."
        ),
        error_messages={"required": _("Bitte bestätigen Sie den Widerruf.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="revoke", **kwargs)
        self.fields["reason"].label = _("Grund des Widerrufs")
        self.fields["reason"].help_text = _(
            "Die Prüfseite zeigt das Zertifikat danach als „widerrufen“ an."
        )


class ReissueForm(ReasonForm):
    """Re-issue a valid certificate (it becomes „ersetzt“) or a revoked one
    (it stays „widerrufen“)."""

    required_message = _("Bitte geben Sie einen Grund für die Neuausstellung an.")

    def __init__(self, *args, revoked=False, **kwargs):
        super().__init__(*args, prefix="reissue", **kwargs)
        self.fields["reason"].label = _("Grund der Neuausstellung")
        if revoked:
            self.fields["reason"].help_text = _(
                "Der Widerruf bleibt bestehen; die neue Bescheinigung bekommt "
                "eine neue Nummer."
            )
        else:
            self.fields["reason"].help_text = _(
                "Zum Beispiel eine Namenskorrektur. Die neue Bescheinigung "
                "bescheinigt dasselbe, mit dem aktuellen Namen, unter einer neuen "
                "Nummer; diese wird als „ersetzt“ markiert."
            )


class CertificateSearchForm(forms.Form):
    q = forms.CharField(
        label=_("Nummer oder Name"),
        required=False,
        max_length=100,
    )
