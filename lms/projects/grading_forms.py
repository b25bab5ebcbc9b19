"""Forms of the trainers' grading: queue filters, review, extension, mentoring."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .limits import (
    CORRECTION_REASON_MAX_LENGTH,
    FEEDBACK_MAX_LENGTH,
    MENTORING_NOTES_MAX_LENGTH,
    SECTION_COMMENT_MAX_LENGTH,
    LimitedTextField,
)
from .models import Review, Submission
from .policies import revision_due_problems

STATUS_OPEN = "open"
STATUS_ALL = "all"
OPEN_STATUSES = [Submission.Status.SUBMITTED, Submission.Status.IN_REVIEW]
HANDED_IN_STATUSES = [
    value for value in Submission.Status.values if value != Submission.Status.DRAFT
]
STATUS_CHOICES = [
    (STATUS_OPEN, _("offen (eingereicht oder in Bewertung)")),
    (STATUS_ALL, _("alle")),
] + [(value, Submission.Status(value).label) for value in HANDED_IN_STATUSES]

RELEASE_CONFIRMATION = _(
    "Ich gebe die Bewertung für die Teilnehmerin / den Teilnehmer frei; danach "
    "ist sie nicht mehr änderbar."
)

END_OF_DAY = datetime.time(23, 59)

INCOMPLETE_FORM = _("Das Formular ist unvollständig; bitte laden Sie die Seite neu.")


class QueueFilterForm(forms.Form):
    """The filters of the grading queue; without a status, the open ones."""

    cohort = forms.ModelChoiceField(
        label=_("Durchgang"), queryset=None, required=False, empty_label=_("alle")
    )
    status = forms.ChoiceField(
        label=_("Status"), choices=STATUS_CHOICES, required=False
    )
    assignment = forms.ModelChoiceField(
        label=_("Projektaufgabe"),
        queryset=None,
        required=False,
        empty_label=_("alle"),
    )

    def __init__(self, data, *, cohorts, assignments):
        data = data.copy()
        data.setdefault("status", STATUS_OPEN)
        super().__init__(data)
        self.fields["cohort"].queryset = cohorts
        self.fields["assignment"].queryset = assignments

    def statuses(self):
        """The statuses to list; the open ones when the filter is invalid."""
        status = self.cleaned_data.get("status") if self.is_valid() else None
        if status == STATUS_ALL:
            return HANDED_IN_STATUSES
        if status and status != STATUS_OPEN:
            return [status]
        return OPEN_STATUSES


class ReviewForm(forms.Form):
    """A review of one version: a radio group per rubric criterion, a comment
    per section, feedback and decision. With `correction`, a reason is
    required; releasing needs the confirmation box ticked."""

    review_revision = forms.IntegerField(
        label=_("Bearbeitungsstand"),
        widget=forms.HiddenInput,
        min_value=0,
        error_messages={"required": INCOMPLETE_FORM, "invalid": INCOMPLETE_FORM},
    )
    feedback = LimitedTextField(
        label=_("Gesamtrückmeldung"),
        required=False,
        max_length=FEEDBACK_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    decision = forms.ChoiceField(
        label=_("Entscheidung"),
        choices=Review.Decision.choices,
        required=False,
        widget=forms.RadioSelect,
    )
    revision_due_date = forms.DateField(
        label=_("Frist für die Überarbeitung (freiwillig)"),
        required=False,
        help_text=_(
            "Nur bei „Überarbeitung erbeten“: Die überarbeitete Fassung ist bis "
            "zu diesem Tag, 23:59 Uhr, einzureichen. Leer lassen für eine "
            "Überarbeitung ohne Abgabefrist."
        ),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Bitte geben Sie ein gültiges Datum an.")},
    )
    confirm = forms.BooleanField(label=RELEASE_CONFIRMATION, required=False)

    def __init__(
        self,
        data=None,
        *,
        page,
        sections,
        resubmissions_left,
        correction=False,
        release=False,
        initial=None,
    ):
        super().__init__(data, initial=initial)
        self.correction = correction
        self.release = release or correction
        self.criteria = []
        for criterion in page.rubric:
            name = f"points_{criterion.id}"
            levels = list(criterion.value["levels"])
            self.fields[name] = forms.TypedChoiceField(
                label=criterion.value["name"],
                choices=[(level["points"], level["label"]) for level in levels],
                coerce=int,
                empty_value=None,
                required=False,
                widget=forms.RadioSelect,
            )
            self.criteria.append((criterion.id, name, levels))
        self.section_names = {}
        for section in sections:
            name = f"comment_{section['id']}"
            self.fields[name] = LimitedTextField(
                label=_("Anmerkung zu „%(title)s“") % {"title": section["title"]},
                required=False,
                max_length=SECTION_COMMENT_MAX_LENGTH,
                widget=forms.Textarea(attrs={"rows": 3}),
            )
            self.section_names[section["id"]] = name
        if resubmissions_left:
            left = ngettext(
                "noch %(count)s Überarbeitung möglich",
                "noch %(count)s Überarbeitungen möglich",
                resubmissions_left,
            ) % {"count": resubmissions_left}
        else:
            left = _("keine weitere Überarbeitung möglich")
        self.fields["decision"].choices = [
            (value, f"{label} ({left})" if value == Review.Decision.REVISION else label)
            for value, label in Review.Decision.choices
        ]
        if not correction:
            self.fields["confirm"].help_text = _("Nur zum Freigeben nötig.")
        if correction:
            self.fields["reason"] = LimitedTextField(
                label=_("Grund der Korrektur"),
                max_length=CORRECTION_REASON_MAX_LENGTH,
                widget=forms.Textarea(attrs={"rows": 3}),
                error_messages={
                    "required": _("Bitte begründen Sie die Korrektur."),
                },
            )

    @classmethod
    def initial_from(cls, review, review_revision):
        """Initial values from a saved review (or none)."""
        initial = {"review_revision": review_revision}
        if review is not None:
            initial.update(
                {f"points_{score['id']}": score["points"] for score in review.scores},
                feedback=review.feedback,
                decision=review.decision,
            )
            if review.revision_due_at is not None:
                initial["revision_due_date"] = timezone.localtime(
                    review.revision_due_at
                ).date()
            initial.update(
                {
                    f"comment_{key}": text
                    for key, text in review.section_comments.items()
                }
            )
        return initial

    def clean(self):
        cleaned = super().clean()
        due_date = cleaned.get("revision_due_date")
        cleaned["revision_due_at"] = due_at = (
            timezone.make_aware(datetime.datetime.combine(due_date, END_OF_DAY))
            if due_date
            else None
        )
        for problem in revision_due_problems(cleaned.get("decision"), due_at):
            self.add_error("revision_due_date", problem)
        if self.release and not cleaned.get("confirm"):
            self.add_error(
                "confirm",
                _("Bitte bestätigen Sie, dass Sie die Bewertung freigeben."),
            )
        return cleaned

    def rubric(self):
        """Per criterion: the bound field and its radios with their levels."""
        return [
            {
                "field": self[name],
                "options": list(zip(self[name].subwidgets, levels, strict=True)),
            }
            for _id, name, levels in self.criteria
        ]

    def comment_field(self, section_id):
        name = self.section_names.get(section_id)
        return self[name] if name else None

    def points(self):
        return {
            criterion_id: self.cleaned_data[name]
            for criterion_id, name, _levels in self.criteria
        }

    def section_comments(self):
        return {
            section_id: self.cleaned_data[name]
            for section_id, name in self.section_names.items()
        }


class ExtensionForm(forms.Form):
    """A new due date (local time) in the future, with a reason."""

    due_date = forms.DateField(
        label=_("Neue Frist: Datum"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": _("Bitte geben Sie das Datum der neuen Frist an."),
            "invalid": _("Bitte geben Sie ein gültiges Datum an."),
        },
    )
    due_time = forms.TimeField(
        label=_("Neue Frist: Uhrzeit"),
        initial=datetime.time(23, 59),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={
            "required": _("Bitte geben Sie die Uhrzeit der neuen Frist an."),
            "invalid": _("Bitte geben Sie eine gültige Uhrzeit an."),
        },
    )
    reason = LimitedTextField(
        label=_("Begründung"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Bitte geben Sie eine Begründung an.")},
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("due_date") and cleaned.get("due_time"):
            due_at = timezone.make_aware(
                datetime.datetime.combine(cleaned["due_date"], cleaned["due_time"])
            )
            if due_at <= timezone.now():
                self.add_error(
                    "due_date", _("Die neue Frist muss in der Zukunft liegen.")
                )
            cleaned["due_at"] = due_at
        return cleaned


class MentoringForm(forms.Form):
    held_on = forms.DateField(
        label=_("Datum"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": _("Bitte geben Sie das Datum des Gesprächs an."),
            "invalid": _("Bitte geben Sie ein gültiges Datum an."),
        },
    )
    duration_minutes = forms.IntegerField(
        label=_("Dauer (Minuten)"),
        min_value=1,
        max_value=600,
        error_messages={
            "required": _("Bitte geben Sie die Dauer in Minuten an."),
            "invalid": _("Bitte geben Sie die Dauer als ganze Zahl an."),
            "min_value": _("Die Dauer muss mindestens %(limit_value)s Minute sein."),
            "max_value": _("Die Dauer darf höchstens %(limit_value)s Minuten sein."),
        },
    )
    notes = LimitedTextField(
        label=_("Notizen"),
        max_length=MENTORING_NOTES_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Bitte halten Sie das Gespräch kurz fest.")},
    )
    visible = forms.BooleanField(
        label=_("für die Teilnehmerin / den Teilnehmer sichtbar"), required=False
    )

    def clean_held_on(self):
        held_on = self.cleaned_data["held_on"]
        if held_on > timezone.localdate():
            raise forms.ValidationError(
                _("Das Gespräch kann nicht in der Zukunft liegen.")
            )
        return held_on
