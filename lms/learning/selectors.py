"""Reusable reads of the learner record."""

from django.db.models import Exists, OuterRef, Prefetch, prefetch_related_objects
from django.utils import timezone

from modules.models import ModulePage

from .models import AttendanceRecord, Cohort, Enrolment


def prefetch_booked_modules(enrolments):
    """Load the singly booked modules of `enrolments` (a list) in one query,
    none when all of them have the whole programme, so that
    `Enrolment.books_module` asks no more. Bodies are not loaded."""
    single = [e for e in enrolments if e.scope == Enrolment.Scope.MODULES]
    prefetch_related_objects(
        single,
        Prefetch("modules", queryset=ModulePage.objects.defer_streamfields()),
    )


def sessions_without_attendance(cohorts, now=None):
    """The seminar days of `cohorts` that are over while no attendance of
    the cohort's participants (not cancelled) is recorded for them, the
    latest first, as rows of `Cohort.sessions.through` with `cohort` and
    `sessionpage` loaded. A cohort without participants is left out."""
    now = now or timezone.now()
    participants = Enrolment.objects.filter(cohort=OuterRef("cohort_id")).exclude(
        status=Enrolment.Status.CANCELLED
    )
    recorded = AttendanceRecord.objects.non_polymorphic().filter(
        enrolment__cohort=OuterRef("cohort_id"), page=OuterRef("sessionpage_id")
    )
    return (
        Cohort.sessions.through.objects.filter(
            cohort__in=cohorts, sessionpage__ends_at__lt=now
        )
        .filter(Exists(participants))
        .exclude(Exists(recorded))
        .select_related("cohort", "sessionpage")
        .order_by("-sessionpage__starts_at", "cohort__name")
    )
