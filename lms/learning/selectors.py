"""Reusable reads of the learner record."""

from django.db.models import Prefetch, prefetch_related_objects

from modules.models import ModulePage

from .models import Enrolment


def prefetch_booked_modules(enrolments):
    """Load the singly booked modules of `enrolments` (a list) in one query,
    none when all of them have the whole programme, so that
    `Enrolment.books_module` asks no more. Bodies are not loaded."""
    single = [e for e in enrolments if e.scope == Enrolment.Scope.MODULES]
    prefetch_related_objects(
        single,
        Prefetch("modules", queryset=ModulePage.objects.defer_streamfields()),
    )
