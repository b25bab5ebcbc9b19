"""The tables of the draft: goals, measures and the planning overview, each
a formset of rows with a stable `key`; a deleted or empty row is dropped."""

import re
import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from .limits import LimitedTextField
from .selectors import GOAL_KINDS, RATINGS

MAX_ROWS = 100
_KEY = re.compile(r"^[0-9A-Za-z_-]{1,64}$")


def _text(label, *, rows=None, max_length=2000, help_text=""):
    widget = forms.Textarea(attrs={"rows": rows}) if rows else forms.TextInput
    return LimitedTextField(
        label=label,
        required=False,
        max_length=max_length,
        widget=widget,
        help_text=help_text,
    )


def _date(label):
    return forms.DateField(
        label=label,
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )


class RowForm(forms.Form):
    """A row of a table the participant fills in; `content_fields` decide
    whether it is empty. Goals and measures carry a stable key."""

    key = forms.CharField(widget=forms.HiddenInput, required=False, max_length=64)
    content_fields = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "key" in self.fields and not self.is_bound and not self.initial.get("key"):
            self.initial["key"] = uuid.uuid4().hex

    def is_empty(self):
        return not any(self.cleaned_data.get(name) for name in self.content_fields)

    def typed(self):
        """The posted fields as sent, valid or not; None for a row that is
        empty or marked for deletion."""
        if "DELETE" in self.fields and self["DELETE"].value():
            return None
        row = {
            name: self[name].value() or ""
            for name in self.fields
            if name not in ("key", "DELETE")
        }
        return row if any(row[name] for name in self.content_fields) else None

    def choice_label(self, name, value):
        return dict(self.fields[name].choices).get(value, value) if value else ""

    def shown_date(self, name, value):
        """A posted date as d.m.Y, or as typed when it is no date."""
        try:
            date = self.fields[name].to_python(value)
        except ValidationError:
            return value
        return formats.date_format(date, "d.m.Y") if date else ""


class GoalForm(RowForm):
    kind = forms.ChoiceField(
        label=_("Art des Ziels"), choices=list(GOAL_KINDS.items()), required=False
    )
    text = _text(_("Ziel"), rows=2)
    target_group = _text(_("Zielgruppe"), max_length=500)
    indicator = _text(
        _("Indikator"),
        rows=2,
        help_text=_("Woran Sie erkennen, dass das Ziel erreicht ist."),
    )
    content_fields = ("text", "target_group", "indicator")


class MeasureForm(RowForm):
    title = _text(_("Maßnahme"), max_length=200)
    description = _text(_("Beschreibung"), rows=3, max_length=5000)
    goal_keys = forms.MultipleChoiceField(
        label=_("Ziele, zu denen die Maßnahme beiträgt"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Zur Auswahl stehen Ihre gespeicherten Ziele; ein neues Ziel "
            "erscheint hier nach dem Speichern."
        ),
    )
    reason = _text(_("Begründung der Auswahl"), rows=3, max_length=5000)
    evidence = _text(
        _("Evidenzquelle"),
        max_length=500,
        help_text=_("Zum Beispiel eine Studie, eine Evaluation oder eine Datenbank."),
    )
    programme = _text(_("Programm der Grünen Liste Prävention"), max_length=200)
    programme_url = forms.URLField(
        label=_("Adresse des Programms (URL)"),
        required=False,
        max_length=500,
        assume_scheme="https",
    )
    rating = forms.ChoiceField(
        label=_("Bewertung in der Grünen Liste Prävention"),
        required=False,
        choices=[("", _("keine Angabe")), *RATINGS.items()],
    )
    content_fields = (
        "title",
        "description",
        "goal_keys",
        "reason",
        "evidence",
        "programme",
        "programme_url",
        "rating",
    )

    def __init__(self, *args, goal_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["goal_keys"].choices = goal_choices


class PlanningForm(RowForm):
    key = None
    measure_key = forms.ChoiceField(label=_("Maßnahme"), required=False)
    planned_activity = _text(_("Geplante Aktivität"), rows=2)
    planned_date = _date(_("Geplanter Termin"))
    actual_activity = _text(_("Tatsächliche Aktivität"), rows=2)
    actual_date = _date(_("Tatsächlicher Termin"))
    deviation = _text(_("Abweichung"), rows=2)
    reason = _text(_("Grund der Abweichung"), rows=2)
    content_fields = (
        "measure_key",
        "planned_activity",
        "planned_date",
        "actual_activity",
        "actual_date",
        "deviation",
        "reason",
    )

    def __init__(self, *args, measure_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["measure_key"].choices = [
            ("", _("– keine Zuordnung –")),
            *measure_choices,
        ]


class RowFormSet(forms.BaseFormSet):
    delete_label = _("Diese Zeile löschen")

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = self.delete_label

    def rows(self):
        """The kept rows as dicts, each with a unique key."""
        rows, seen = [], set()
        for form in self.forms:
            data = form.cleaned_data
            if not data or data.get("DELETE") or form.is_empty():
                continue
            row = {name: data[name] for name in form.fields if name != "DELETE"}
            if "key" in row:
                if not _KEY.match(row["key"]) or row["key"] in seen:
                    row["key"] = uuid.uuid4().hex
                seen.add(row["key"])
            rows.append(row)
        return rows


def _formset(form, delete_label):
    return forms.formset_factory(
        form,
        formset=type(
            f"{form.__name__}Set", (RowFormSet,), {"delete_label": delete_label}
        ),
        extra=1,
        can_delete=True,
        can_delete_extra=False,
        max_num=MAX_ROWS,
        validate_max=True,
    )


GoalFormSet = _formset(GoalForm, _("Dieses Ziel löschen"))
MeasureFormSet = _formset(MeasureForm, _("Diese Maßnahme löschen"))
PlanningFormSet = _formset(PlanningForm, _("Diese Zeile löschen"))
