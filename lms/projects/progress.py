"""The practice project as an activity kind for progress; registered in
ProjectsConfig.ready(), so lms.learning need not know about projects."""

from django.utils.translation import gettext as _

from lms.learning.progress import ActivityKind, ActivityProgress
from modules.models import AssignmentPage

from .models import Submission


class AssignmentKind(ActivityKind):
    """A practice project is done once the trainer passed it."""

    name = "assignment"
    page_model = AssignmentPage
    record_value = "submission__status"
    deferred_fields = ("brief", "sections", "rubric")

    def activity(self, page, progress, loaded):
        status = next(iter(loaded.get((progress.enrolment.pk, page.pk), [])), None)
        return ActivityProgress(
            page,
            self.name,
            page.required,
            page.teaching_units,
            done=status == Submission.Status.PASSED,
            submission_status=status,
            submission_status_label=(
                Submission.Status(status).label if status is not None else None
            ),
        )

    def missing(self, activity):
        if activity.submission_status != Submission.Status.FAILED:
            return []
        return [
            _(
                "Projektaufgabe „%(title)s“: nicht bestanden. Bitte "
                "wenden Sie sich an Ihre Trainerin oder Ihren Trainer."
            )
            % {"title": activity.page.title}
        ]
