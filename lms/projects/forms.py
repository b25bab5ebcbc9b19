"""Forms of the participant's project workspace: the draft and the hand-in.

`DraftForms` bundles everything one "save" posts: title and section texts,
the goals, the measures and the planning overview. Rows keep a stable
`key` so that measures can name their goals and planning rows their
measure; a new row gets a fresh key, a deleted or empty row is dropped.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from .limits import SECTION_MAX_LENGTH, LimitedTextField
from .row_forms import GoalFormSet, MeasureFormSet, PlanningFormSet
from .selectors import GOAL_KINDS


class DraftForm(forms.Form):
    """Title and one text per section of the brief."""

    title = forms.CharField(
        label=_("Titel des Projekts"), max_length=200, required=False
    )
    revision = forms.IntegerField(
        label=_("Bearbeitungsstand"), widget=forms.HiddenInput, min_value=0
    )
    version = forms.IntegerField(
        label=_("Fassung"), widget=forms.HiddenInput, min_value=1
    )

    def __init__(self, *args, sections, **kwargs):
        super().__init__(*args, **kwargs)
        self.sections = sections
        for section in sections:
            self.fields[self.section_field(section)] = LimitedTextField(
                label=section["title"],
                required=False,
                initial=section["text"],
                max_length=SECTION_MAX_LENGTH,
                allow_up_to=len(section["text"]),
                widget=forms.Textarea(attrs={"rows": 10}),
            )

    @staticmethod
    def section_field(section):
        return f"section-{section['id']}"

    def cleaned_sections(self):
        return [
            {
                "id": section["id"],
                "title": section["title"],
                "text": self.cleaned_data[self.section_field(section)],
            }
            for section in self.sections
        ]


def _goal_label(goal):
    kind = GOAL_KINDS.get(goal.get("kind"), "")
    text = goal.get("text") or goal.get("target_group") or _("ohne Text")
    return f"{kind}: {text}" if kind else text


def _measure_label(number, measure):
    return measure.get("title") or _("Maßnahme %(number)s") % {"number": number}


def _iso(value):
    return value.isoformat() if value else ""


class DraftForms:
    """Everything one save of the draft posts, validated together."""

    prefixes = {"goals": "ziele", "measures": "massnahmen", "planning": "planung"}

    def __init__(self, *, sections, version, data=None):
        goals = version.goals or []
        measures = version.measures or []
        self.form = DraftForm(
            data,
            sections=sections,
            initial={
                "title": version.title,
                "revision": version.revision,
                "version": version.number,
            },
        )
        self.goals = GoalFormSet(data, initial=goals, prefix=self.prefixes["goals"])
        self.measures = MeasureFormSet(
            data,
            initial=measures,
            prefix=self.prefixes["measures"],
            form_kwargs={
                "goal_choices": [
                    (goal["key"], _goal_label(goal)) for goal in goals if "key" in goal
                ]
            },
        )
        self.planning = PlanningFormSet(
            data,
            initial=version.planning or [],
            prefix=self.prefixes["planning"],
            form_kwargs={
                "measure_choices": [
                    (measure["key"], _measure_label(number, measure))
                    for number, measure in enumerate(measures, start=1)
                    if "key" in measure
                ]
            },
        )

    @property
    def formsets(self):
        return [self.goals, self.measures, self.planning]

    def is_valid(self):
        return all([self.form.is_valid(), *(fs.is_valid() for fs in self.formsets)])

    @property
    def revision(self):
        return self.form.cleaned_data["revision"]

    @property
    def version_number(self):
        return self.form.cleaned_data["version"]

    def content(self):
        """The draft's content in the shape `save_draft` stores.

        Links to goals or measures deleted in the same save are dropped.
        """
        goals = self.goals.rows()
        goal_keys = {goal["key"] for goal in goals}
        measures = self.measures.rows()
        for measure in measures:
            measure["goal_keys"] = [k for k in measure["goal_keys"] if k in goal_keys]
        measure_keys = {measure["key"] for measure in measures}
        planning = []
        for row in self.planning.rows():
            if row["measure_key"] not in measure_keys:
                row["measure_key"] = ""
            row["planned_date"] = _iso(row["planned_date"])
            row["actual_date"] = _iso(row["actual_date"])
            planning.append(row)
        return {
            "title": self.form.cleaned_data["title"],
            "sections": self.form.cleaned_sections(),
            "goals": goals,
            "measures": measures,
            "planning": planning,
        }

    def typed(self):
        """What was posted, valid or not, to show it back read-only when it
        could not be saved: the shape of `project_context`, with the labels
        the participant saw instead of keys and dates as d.m.Y."""
        goals = []
        for form in self.goals.forms:
            if row := form.typed():
                row["kind_label"] = form.choice_label("kind", row["kind"])
                goals.append(row)
        measures = []
        for form in self.measures.forms:
            if row := form.typed():
                row["goal_texts"] = [
                    form.choice_label("goal_keys", key) for key in row["goal_keys"]
                ]
                row["rating_label"] = form.choice_label("rating", row["rating"])
                measures.append(row)
        planning = []
        for form in self.planning.forms:
            if row := form.typed():
                row["measure_title"] = form.choice_label(
                    "measure_key", row["measure_key"]
                )
                row["planned_on"] = form.shown_date("planned_date", row["planned_date"])
                row["actual_on"] = form.shown_date("actual_date", row["actual_date"])
                planning.append(row)
        return {
            "title": self.form["title"].value() or "",
            "sections": [
                {
                    "title": section["title"],
                    "text": self.form[self.form.section_field(section)].value() or "",
                }
                for section in self.form.sections
            ],
            "goals": goals,
            "measures": measures,
            "planning": planning,
        }

    def errors(self):
        """(label, message, field id) of every error, for the error summary."""
        found = []
        for error in self.form.non_field_errors():
            found.append(("", error, ""))
        for field in self.form:
            for error in field.errors:
                found.append((field.label, error, _anchor(field)))
        for formset, noun in zip(
            self.formsets, (_("Ziel"), _("Maßnahme"), _("Planungszeile")), strict=True
        ):
            for error in formset.non_form_errors():
                found.append((noun, error, ""))
            for number, form in enumerate(formset.forms, start=1):
                for field in form:
                    for error in field.errors:
                        label = f"{noun} {number}, {field.label}"
                        found.append((label, error, _anchor(field)))
        return found


def _anchor(field):
    """Where the error summary links to: a group of checkboxes has no element
    with the field's id, so its first box (or, without choices, the note that
    replaces the group; see includes/choice_group.html)."""
    if field.use_fieldset and field.field.choices:
        return f"{field.auto_id}_0"
    return field.auto_id


class ConfirmSubmissionForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    confirm = forms.BooleanField(
        label=_(
            "Ich habe die Arbeit selbstständig verfasst und möchte diese Fassung "
            "verbindlich einreichen."
        ),
        error_messages={
            "required": _("Bitte bestätigen Sie, dass Sie diese Fassung einreichen.")
        },
    )
