from django import forms
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput

from modules.models import SessionPage

from .models import Cohort, ParticipantProfile


class SessionChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, session):
        return f"{session.title} – {date_format(localtime(session.starts_at))}"


class CohortForm(forms.ModelForm):
    """Cohort form of the admin: seminar days must belong to its programme."""

    sessions = SessionChoiceField(
        label=_("Seminartermine"),
        queryset=SessionPage.objects.order_by("starts_at"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Die Präsenztermine dieses Durchgangs."),
    )

    class Meta:
        model = Cohort
        fields = [
            "programme",
            "name",
            "start_date",
            "end_date",
            "project_due_at",
            "trainers",
            "sessions",
        ]
        widgets = {
            "start_date": AdminDateInput,
            "end_date": AdminDateInput,
            "project_due_at": AdminDateTimeInput,
        }

    def clean(self):
        cleaned = super().clean()
        programme = cleaned.get("programme")
        sessions = cleaned.get("sessions") or []
        foreign = [
            session.title
            for session in sessions
            if programme and not session.path.startswith(programme.path)
        ]
        if foreign:
            self.add_error(
                "sessions",
                _("Diese Termine gehören nicht zum gewählten Lehrgang: %(titles)s.")
                % {"titles": ", ".join(foreign)},
            )
        return cleaned


class ProfileForm(forms.ModelForm):
    """What a participant says about their organisation and field."""

    class Meta:
        model = ParticipantProfile
        fields = ["organisation", "professional_field", "date_of_birth"]
        widgets = {"date_of_birth": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args, asks_birth_date=False, **kwargs):
        super().__init__(*args, **kwargs)
        # Data minimisation: asked only where a programme prints it.
        if not asks_birth_date:
            del self.fields["date_of_birth"]
