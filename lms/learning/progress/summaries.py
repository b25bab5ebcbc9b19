"""What progress looks like: an activity, a module, attendance, a programme.

These are plain results; `compute.programme_progress` fills them in, asking
each registered activity kind (`kinds.py`) about its pages.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Page

from modules.models import ModulePage

from ..models import AttendanceRecord, Enrolment
from .kinds import activity_kind

# The seminar day: the one kind that counts for the attendance quota instead
# of completing its module (see activity_kinds.SessionKind).
SESSION = "session"


def _percent(part, whole):
    """`part` of `whole` in whole percent; nothing to do counts as all done."""
    return round(100 * part / whole) if whole else 100


@dataclass
class ActivityProgress:
    """Where one participant stands with one activity page.

    Built by the activity kind that handles the page; `kind` is that kind's
    name ("lesson", "quiz", "session", "assignment", ...).
    """

    page: Page
    kind: str
    required: bool
    units: Decimal
    done: bool = False
    best_score: int | None = None
    attempts: int = 0
    attempts_left: int | None = None
    attendance: str | None = None
    submission_status: str | None = None
    submission_status_label: str | None = None
    # Whether the participant completes it, making its module complete: false
    # for seminar days, which count for the attendance quota instead.
    completes_module: bool = True

    @property
    def attendance_label(self):
        if self.attendance is None:
            return None
        return AttendanceRecord.Status(self.attendance).label

    @property
    def counts_for_completion(self):
        return self.required and self.completes_module

    @property
    def exhausted(self):
        """Not done, and no attempt left (granted ones included): only a
        trainer's grant reopens it."""
        return not self.done and self.attempts_left == 0


@dataclass
class ModuleProgress:
    page: ModulePage
    activities: list = field(default_factory=list)
    is_open: bool = True
    attendance_quota: int = 0

    @property
    def required_total(self):
        return sum(1 for a in self.activities if a.counts_for_completion)

    @property
    def required_done(self):
        return sum(1 for a in self.activities if a.counts_for_completion and a.done)

    @property
    def complete(self):
        return self.required_done == self.required_total

    @property
    def percent(self):
        return _percent(self.required_done, self.required_total)

    @property
    def units_earned(self):
        return sum((a.units for a in self.activities if a.done), Decimal(0))

    @property
    def units_attended(self):
        """Teaching units of the seminar days in this module attended."""
        return sum(
            (a.units for a in self.activities if a.kind == SESSION and a.done),
            Decimal(0),
        )

    def _seminar_units(self):
        """Units of this module's required seminar days: (present, total)."""
        required = [a for a in self.activities if a.kind == SESSION and a.required]
        return (
            sum((a.units for a in required if a.done), Decimal(0)),
            sum((a.units for a in required), Decimal(0)),
        )

    @property
    def attendance_missing(self):
        """Why this module's seminar attendance falls short of the programme's
        quota, in plain German (for a Teilnahmebescheinigung of one module)."""
        present, total = self._seminar_units()
        if present * 100 >= self.attendance_quota * total:
            return []
        return [
            _(
                "Modul %(number)s „%(title)s“: Anwesenheit an den Seminarterminen "
                "%(present)s von %(total)s Unterrichtseinheiten (%(percent)s %%); "
                "nötig sind %(quota)s %%."
            )
            % {
                "number": self.page.number,
                "title": self.page.title,
                "present": format_units(present),
                "total": format_units(total),
                "percent": _percent(present, total),
                "quota": self.attendance_quota,
            }
        ]

    @property
    def session_dates(self):
        """First and last seminar day of this module, or None without any."""
        days = sorted(a.page.starts_at for a in self.activities if a.kind == SESSION)
        return (days[0], days[-1]) if days else None

    @property
    def missing(self):
        """What keeps this module from being complete, in plain German."""
        open_count = self.required_total - self.required_done
        if not open_count:
            return []
        return [
            ngettext(
                "Modul %(number)s „%(title)s“: noch %(count)s Pflichtaktivität offen.",
                "Modul %(number)s „%(title)s“: noch %(count)s "
                "Pflichtaktivitäten offen.",
                open_count,
            )
            % {
                "number": self.page.number,
                "title": self.page.title,
                "count": open_count,
            }
        ]

    @property
    def next_activity(self):
        pending = [
            a
            for a in self.activities
            if a.completes_module and not a.done and not a.exhausted
        ]
        required = [a for a in pending if a.required]
        return (required or pending or [None])[0]


@dataclass
class AttendanceProgress:
    quota: int
    units_total: Decimal = Decimal(0)
    units_present: Decimal = Decimal(0)
    units_excused: Decimal = Decimal(0)
    units_held: Decimal = Decimal(0)  # of seminar days that have begun

    @property
    def percent_so_far(self):
        """Attendance at the seminar days held so far; None before the first."""
        if not self.units_held:
            return None
        return _percent(self.units_present, self.units_held)

    @property
    def percent(self):
        return _percent(self.units_present, self.units_total)

    @property
    def met(self):
        return self.units_present * 100 >= self.quota * self.units_total


@dataclass
class ProgrammeProgress:
    enrolment: Enrolment
    modules: list
    attendance: AttendanceProgress
    upcoming_sessions: list

    @property
    def whole_programme(self):
        return self.enrolment.scope == Enrolment.Scope.PROGRAMME

    @property
    def required_total(self):
        return sum(m.required_total for m in self.modules)

    @property
    def required_done(self):
        return sum(m.required_done for m in self.modules)

    @property
    def percent(self):
        return _percent(self.required_done, self.required_total)

    @property
    def units_earned(self):
        return sum((m.units_earned for m in self.modules), Decimal(0))

    @property
    def complete(self):
        return all(m.complete for m in self.modules) and self.attendance.met

    @property
    def next_activity(self):
        for module in self.modules:
            if module.is_open and module.next_activity:
                return module.next_activity
        return None

    @property
    def quizzes(self):
        return [a for m in self.modules for a in m.activities if a.kind == "quiz"]

    def module(self, page_id):
        return next((m for m in self.modules if m.page.pk == page_id), None)

    def can_open(self, page_id):
        """Whether the activity is in this enrolment and its module is open."""
        module, _activity = self.activity(page_id)
        return module is not None and module.is_open

    def activity(self, page_id):
        for module in self.modules:
            for activity in module.activities:
                if activity.page.pk == page_id:
                    return module, activity
        return None, None

    @property
    def missing(self):
        """What still stands between the participant and the certificate,
        in plain German sentences."""
        if not self.whole_programme:
            return [
                _(
                    "Sie sind für einzelne Module eingeschrieben. Das Zertifikat "
                    "setzt den ganzen Lehrgang voraus."
                )
            ]
        missing = [line for module in self.modules for line in module.missing]
        for module in self.modules:
            for activity in module.activities:
                if activity.required:
                    missing += activity_kind(activity.kind).missing(activity)
        if not self.attendance.met:
            missing.append(
                _(
                    "Anwesenheit an den Seminarterminen: %(present)s von %(total)s "
                    "Unterrichtseinheiten (%(percent)s %%); nötig sind %(quota)s %%."
                )
                % {
                    "present": format_units(self.attendance.units_present),
                    "total": format_units(self.attendance.units_total),
                    "percent": self.attendance.percent,
                    "quota": self.attendance.quota,
                }
            )
        return missing


def format_units(value):
    """Teaching units in German notation: 1.5 → „1,5“, 2.0 → „2“."""
    return f"{value.normalize():f}".replace(".", ",")
