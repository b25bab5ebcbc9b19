"""Progress rules: the one place that says what is done and what is missing.

`programme_progress()` reads everything it needs in a fixed number of
queries, however many modules, activities, records or participants exist.
Each kind of activity page counts through an ActivityKind that its app
registers (`register_activity_kind`).
"""

from .attendance import SESSION, AttendanceProgress, format_units
from .cache import forget_everyone, forget_user, page_progress, user_progress
from .compute import programme_progress
from .kinds import ActivityKind, activity_kind, activity_kinds, register_activity_kind
from .summaries import ActivityProgress, ModuleProgress, ProgrammeProgress

__all__ = [
    "SESSION",
    "ActivityKind",
    "ActivityProgress",
    "AttendanceProgress",
    "ModuleProgress",
    "ProgrammeProgress",
    "activity_kind",
    "activity_kinds",
    "forget_everyone",
    "forget_user",
    "format_units",
    "page_progress",
    "programme_progress",
    "register_activity_kind",
    "user_progress",
]
