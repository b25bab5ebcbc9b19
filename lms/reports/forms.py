"""The report's filter: one cohort or all, one year or all."""

from django import forms
from django.utils.translation import gettext_lazy as _

from lms.learning.models import Cohort

from .figures import Selection


def _years():
    """The years in which a cohort ran, newest first."""
    years = set()
    for start, end in Cohort.objects.values_list("start_date", "end_date"):
        years.update(range(start.year, end.year + 1))
    return [("", _("Alle Jahre"))] + [(y, str(y)) for y in sorted(years, reverse=True)]


class SelectionForm(forms.Form):
    cohort = forms.ModelChoiceField(
        label=_("Durchgang"),
        queryset=Cohort.objects.order_by("-start_date", "name"),
        required=False,
        empty_label=_("Alle Durchgänge"),
        error_messages={"invalid_choice": _("Diesen Durchgang gibt es nicht (mehr).")},
    )
    year = forms.TypedChoiceField(
        label=_("Jahr"),
        coerce=int,
        empty_value=None,
        required=False,
        error_messages={
            "invalid_choice": _("Für dieses Jahr gibt es keine Durchgänge.")
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = _years()

    def selection(self):
        """The Selection of a valid form."""
        return Selection(
            cohort=self.cleaned_data["cohort"], year=self.cleaned_data["year"]
        )
