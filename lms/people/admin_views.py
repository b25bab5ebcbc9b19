"""The office's people area in the Wagtail admin: find, open, correct,
deactivate and invite participants' accounts."""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView, View
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from certificates.models import Certificate
from cms.core.people import display_name
from lms.learning.models import Cohort, Enrolment, ParticipantProfile
from lms.learning.tasks import send_invitation_task
from lms.projects.models import Submission

from .forms import PersonForm, address_taken
from .selectors import may_manage_people, participant_accounts, search_people

PAGE_SIZE = 50


class PeopleMixin(WagtailAdminTemplateMixin):
    """Only for whom may manage participants' accounts (the office)."""

    header_icon = "user"

    def dispatch(self, request, *args, **kwargs):
        if not may_manage_people(request.user):
            # A plain 403 rather than Wagtail's redirect to the dashboard:
            # the page says why, and the address stays in the browser.
            return TemplateResponse(request, "people/admin/forbidden.html", status=403)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        items = [*super().get_breadcrumbs_items()]
        items.append({"url": reverse("people:index"), "label": _("Personen")})
        return items


class PersonMixin(PeopleMixin):
    def dispatch(self, request, pk, **kwargs):
        if may_manage_people(request.user):
            self.person = get_object_or_404(participant_accounts(), pk=pk)
        return super().dispatch(request, pk, **kwargs)

    def get_page_title(self):
        return display_name(self.person)

    def get_context_data(self, **kwargs):
        return super().get_context_data(person=self.person, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": "", "label": self.get_page_title()},
        ]


class PeopleFilterForm(forms.Form):
    q = forms.CharField(
        label=gettext_lazy("Suche nach Name oder E-Mail-Adresse"), required=False
    )
    cohort = forms.ModelChoiceField(
        label=gettext_lazy("Durchgang"),
        queryset=Cohort.objects.order_by("-start_date", "name"),
        required=False,
        empty_label=gettext_lazy("alle"),
    )


class PeopleIndexView(PeopleMixin, TemplateView):
    page_title = gettext_lazy("Personen")
    template_name = "people/admin/index.html"

    def get_context_data(self, **kwargs):
        form = PeopleFilterForm(self.request.GET or None)
        data = form.cleaned_data if form.is_valid() else {}
        people = search_people(query=data.get("q", ""), cohort=data.get("cohort"))
        page_obj = WagtailPaginator(people, PAGE_SIZE).get_page(
            self.request.GET.get("p")
        )
        query = self.request.GET.copy()
        query.pop("p", None)
        return super().get_context_data(
            form=form, page_obj=page_obj, query=query.urlencode(), **kwargs
        )


class PersonView(PersonMixin, TemplateView):
    """One person: account, enrolments, practice projects and certificates."""

    template_name = "people/admin/person.html"

    def get_context_data(self, **kwargs):
        enrolments = Enrolment.objects.filter(user=self.person)
        return super().get_context_data(
            profile=ParticipantProfile.objects.filter(user=self.person).first(),
            enrolments=enrolments.select_related("cohort__programme").order_by("pk"),
            submissions=Submission.objects.filter(enrolment__in=enrolments)
            .select_related("page", "enrolment__cohort")
            .order_by("enrolment_id", "page__title"),
            certificates=Certificate.objects.filter(enrolment__in=enrolments)
            .select_related("module", "enrolment__cohort")
            .order_by("-created_at"),
            **kwargs,
        )


class PersonEditView(PersonMixin, FormView):
    """Correct first and last name and the e-mail address."""

    form_class = PersonForm
    template_name = "people/admin/edit.html"

    def get_page_title(self):
        return _("Name und E-Mail-Adresse von %(name)s") % {
            "name": display_name(self.person)
        }

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.person}

    def form_valid(self, form):
        form.save()
        messages.success(
            self.request,
            _("Die Angaben von %(name)s sind gespeichert.")
            % {"name": display_name(self.person)},
        )
        return redirect("people:person", self.person.pk)


class Refused(Exception):
    """An action that cannot be done; the argument says why, in German."""


class PersonActionView(PersonMixin, View):
    """A button on the person page (POST); answers with a message there."""

    http_method_names = ["post"]

    def post(self, request, pk):
        try:
            messages.success(request, self.act(self.person))
        except Refused as refusal:
            messages.error(request, str(refusal))
        return redirect("people:person", self.person.pk)


class DeactivateView(PersonActionView):
    def act(self, person):
        person.is_active = False
        person.save(update_fields=["is_active"])
        return _(
            "Das Konto von %(name)s ist deaktiviert: keine Anmeldung mehr möglich. "
            "Alle Daten bleiben erhalten."
        ) % {"name": display_name(person)}


class ReactivateView(PersonActionView):
    def act(self, person):
        if address_taken(person.email, exclude=person):
            raise Refused(
                _(
                    "Das Konto kann nicht wieder aktiviert werden: die E-Mail-Adresse "
                    "%(email)s gehört inzwischen zu einem anderen aktiven Konto. "
                    "Bitte ändern Sie zuerst die Adresse."
                )
                % {"email": person.email}
            )
        person.is_active = True
        person.save(update_fields=["is_active"])
        return _("Das Konto von %(name)s ist wieder aktiv.") % {
            "name": display_name(person)
        }


class InviteView(PersonActionView):
    """Send the invitation again, with a new set-password link."""

    def act(self, person):
        if not person.is_active:
            raise Refused(_("Ein deaktiviertes Konto erhält keine Einladung."))
        if person.has_usable_password():
            raise Refused(
                _(
                    "%(name)s hat bereits ein Passwort festgelegt. Ein vergessenes "
                    "Passwort lässt sich über „Passwort vergessen?“ auf der "
                    "Anmeldeseite neu setzen."
                )
                % {"name": display_name(person)}
            )
        send_invitation_task.delay_on_commit(person.pk)
        return _("Die Einladung an %(email)s wird mit einem neuen Link gesendet.") % {
            "email": person.email
        }
