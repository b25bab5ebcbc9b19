"""Who may see the course content: enrolled participants and staff."""

from modules.models import ProgrammePage

from .models import Enrolment
from .progress import programme_progress


def is_staff_member(user):
    """Trainers, editors and the LPR office: everyone with admin access."""
    return user.has_perm("wagtailadmin.access_admin")


def learner_progress(user, page):
    """The progress of `user` in the programme that contains `page`, or None
    when the user has no active or completed enrolment there."""
    if not user.is_authenticated:
        return None
    programme = ProgrammePage.objects.ancestor_of(page, inclusive=True).first()
    if programme is None:
        return None
    enrolment = (
        Enrolment.objects.for_user(user)
        .with_course_access()
        .filter(cohort__programme=programme)
        .select_related("cohort__programme")
        .order_by("-cohort__start_date")
        .first()
    )
    if enrolment is None:
        return None
    return programme_progress([enrolment])[enrolment.pk]
