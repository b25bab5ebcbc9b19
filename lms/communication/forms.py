from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from lms.learning.policies import cohorts_for


class AnnouncementForm(WagtailAdminModelForm):
    """Offers only the cohorts the author looks after; a cohort id from
    elsewhere is refused as an invalid choice."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cohort = self.fields["cohort"]
        cohort.queryset = cohorts_for(self.for_user)
        cohort.error_messages["invalid_choice"] = _(
            "Bitte wählen Sie einen Ihrer Durchgänge."
        )

    def save(self, commit=True):
        if self.instance._state.adding:
            self.instance.created_by = self.for_user
        return super().save(commit=commit)
