"""Forms of the participant's own account and of the login."""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.template import loader
from django.utils.translation import gettext_lazy as _

from cms.core.tasks import send_mail_task

from .accounts import find_account

LOGIN_FAILED = _(
    "Die Anmeldung ist fehlgeschlagen. Bitte prüfen Sie E-Mail-Adresse bzw. "
    "Benutzername und Passwort."
)
ADDRESS_TAKEN = _(
    "Diese E-Mail-Adresse gehört bereits zu einem anderen Konto. Jede Adresse "
    "kann nur zu einem aktiven Konto gehören."
)


class LoginForm(AuthenticationForm):
    """Django's login form with the German wording of this product."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": LOGIN_FAILED,
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = _("E-Mail-Adresse oder Benutzername")
        self.fields["username"].max_length = 254


def address_taken(email, *, exclude=None):
    """Whether another active account already uses `email` (any case)."""
    others = get_user_model()._default_manager.filter(
        email__iexact=email, is_active=True
    )
    if exclude is not None:
        others = others.exclude(pk=exclude.pk)
    return others.exists()


class EmailChangeForm(forms.Form):
    """A participant asks to use a new address; it counts once confirmed."""

    email = forms.EmailField(label=_("Neue E-Mail-Adresse"), max_length=254)
    password = forms.CharField(
        label=_("Ihr aktuelles Passwort"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    def clean_email(self):
        email = get_user_model().objects.normalize_email(self.cleaned_data["email"])
        if email.lower() == (self.user.email or "").lower():
            raise forms.ValidationError(_("Das ist bereits Ihre E-Mail-Adresse."))
        if address_taken(email, exclude=self.user) or find_account(email) not in (
            None,
            self.user,
        ):
            raise forms.ValidationError(ADDRESS_TAKEN)
        return email

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("Das Passwort ist nicht richtig."))
        return password


class PersonForm(forms.ModelForm):
    """The office corrects a participant's name and e-mail address."""

    class Meta:
        model = get_user_model()
        fields = ["first_name", "last_name", "email"]
        labels = {
            "first_name": _("Vorname"),
            "last_name": _("Nachname"),
            "email": _("E-Mail-Adresse"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.fields:
            self.fields[name].required = True

    def clean_email(self):
        email = get_user_model().objects.normalize_email(self.cleaned_data["email"])
        if address_taken(email, exclude=self.instance) or find_account(email) not in (
            None,
            self.instance,
        ):
            raise forms.ValidationError(ADDRESS_TAKEN)
        return email


class QueuedPasswordResetForm(PasswordResetForm):
    """Password reset whose mail is sent by a Celery task, not in the request.

    Unlike Django's form it also serves invited participants who have not set
    a password yet, so an expired invitation link is never a dead end.
    """

    def get_users(self, email):
        User = get_user_model()
        return User._default_manager.filter(
            **{f"{User.get_email_field_name()}__iexact": email, "is_active": True}
        )

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        subject = "".join(
            loader.render_to_string(subject_template_name, context).splitlines()
        )
        body = loader.render_to_string(email_template_name, context)
        send_mail_task.delay_on_commit(
            subject=subject, body=body, recipients=[to_email]
        )
