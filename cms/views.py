from django.contrib import messages
from django.core.cache import cache
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView

from .core.client_ip import client_ip
from .forms import AccessibilityFeedbackForm
from .models import LegalSettings
from .services import submit_accessibility_feedback

REPORTS_PER_HOUR = 5


class AccessibilityFeedbackView(FormView):
    """Public form to report a barrier, reachable from every page."""

    form_class = AccessibilityFeedbackForm
    template_name = "cms/accessibility_feedback_form.html"

    def get_initial(self):
        page = self.request.GET.get("seite", "")
        if url_has_allowed_host_and_scheme(
            page, allowed_hosts={self.request.get_host()}
        ):
            return {"page_url": page}
        return {}

    def get_context_data(self, **kwargs):
        legal = LegalSettings.load(request_or_site=self.request)
        privacy = legal.privacy_page
        return super().get_context_data(
            privacy_page=privacy if privacy and privacy.live else None, **kwargs
        )

    def form_valid(self, form):
        # A public form that mails the whole office: a few reports per hour
        # and address are plenty for people, too few for a flood.
        key = f"accessibility-feedback:{client_ip(self.request)}"
        sent = cache.get(key, 0)
        if sent >= REPORTS_PER_HOUR:
            form.add_error(
                None,
                _(
                    "Von Ihrem Anschluss sind in der letzten Stunde schon mehrere "
                    "Meldungen eingegangen. Bitte versuchen Sie es später noch "
                    "einmal oder schreiben Sie uns eine E-Mail."
                ),
            )
            return self.form_invalid(form)
        cache.set(key, sent + 1, timeout=3600)
        submit_accessibility_feedback(data=form.cleaned_data)
        messages.success(
            self.request,
            _(
                "Vielen Dank. Ihre Meldung ist eingegangen; wir antworten innerhalb "
                "eines Monats."
            ),
        )
        return redirect("accessibility_feedback_thanks")


class AccessibilityFeedbackThanksView(TemplateView):
    template_name = "cms/accessibility_feedback_thanks.html"
