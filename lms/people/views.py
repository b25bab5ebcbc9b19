"""The account pages on the public site under /konto/."""

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import redirect
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView

from . import email_change
from .accounts import landing_url
from .forms import EmailChangeForm, LoginForm, address_taken

EXPIRED = gettext_lazy(
    "Dieser Bestätigungslink ist abgelaufen. Bitte geben Sie die neue "
    "E-Mail-Adresse noch einmal ein; Sie erhalten dann einen neuen Link."
)
INVALID = gettext_lazy(
    "Dieser Bestätigungslink ist ungültig oder wurde bereits benutzt. Ihre "
    "E-Mail-Adresse ist unverändert."
)


class LoginView(auth_views.LoginView):
    """Login by user name or e-mail; staff land in the admin, participants
    on /lernen/, and a safe `next` wins over both."""

    form_class = LoginForm
    redirect_authenticated_user = True

    def get_default_redirect_url(self):
        return landing_url(self.request.user)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """Setting a password from the invitation or a reset logs the person in."""

    post_reset_login = True
    post_reset_login_backend = "lms.people.backends.UsernameOrEmailBackend"

    def get_user(self, uidb64):
        """A deactivated account's old link is void: no login through it."""
        user = super().get_user(uidb64)
        return user if user is not None and user.is_active else None

    def form_valid(self, form):
        messages.success(
            self.request, _("Ihr Passwort ist gespeichert. Sie sind angemeldet.")
        )
        return super().form_valid(form)

    def get_success_url(self):
        return landing_url(self.user)


class PasswordChangeView(auth_views.PasswordChangeView):
    success_url = reverse_lazy("password_change_done")


class EmailChangeView(LoginRequiredMixin, FormView):
    """The participant enters a new address; a link is mailed to it."""

    form_class = EmailChangeForm
    template_name = "people/email_change.html"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        email_change.request_change(self.request.user, form.cleaned_data["email"])
        return redirect("email_change_sent")


class EmailChangeSentView(LoginRequiredMixin, TemplateView):
    template_name = "people/email_change_sent.html"


class EmailChangeConfirmView(LoginRequiredMixin, TemplateView):
    """Shows the new address with a button: a mail scanner opening the link
    changes nothing. The change happens on POST."""

    template_name = "people/email_change_confirm.html"

    def get(self, request, token):
        try:
            new_email = email_change.read_token(token, user=request.user)
        except email_change.InvalidEmailChange as error:
            return self.refuse(error)
        return self.render_to_response(self.get_context_data(new_email=new_email))

    def post(self, request, token):
        try:
            new_email = email_change.read_token(token, user=request.user)
        except email_change.InvalidEmailChange as error:
            return self.refuse(error)
        if address_taken(new_email, exclude=request.user):
            messages.error(
                request,
                _("Diese E-Mail-Adresse gehört inzwischen zu einem anderen Konto."),
            )
            return redirect("email_change")
        email_change.confirm_change(request.user, new_email)
        messages.success(request, _("Ihre neue E-Mail-Adresse ist gespeichert."))
        return redirect("profile")

    def refuse(self, error):
        return self.render_to_response(
            {"refusal": EXPIRED if error.expired else INVALID}, status=400
        )
