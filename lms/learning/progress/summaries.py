"""What progress looks like: an activity, a module, attendance, a programme.

These are plain results; `compute.programme_progress` fills them in, asking
each registered activity kind (`kinds.py`) about its pages. Every figure a
view, an export or a certificate shows is read from here (README: „Was die
Zahlen bedeuten“):

- planned UE of a module (`ModuleProgress.units_planned`): what the programme
  promises, the module page's „Unterrichtseinheiten“; a module page without
  that figure promises the units of its required activities;
- credited UE (`units_credited`): units of the online activities done plus
  the units of the seminar days attended, never more than planned;
- attendance (`AttendanceProgress`): units present of the required seminar
  units held so far, and of all of them; a seminar day counts only once it
  has begun, whatever was recorded for it before;
- the quota is judged so far (`met_so_far`) against the days held and, for a
  certificate (`met`), against all of them; over zero seminar units it is
  never met.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Page

from modules.models import ModulePage

from ..models import AttendanceRecord, Enrolment
from .kinds import activity_kind

# The seminar day: the one kind that counts for the attendance quota instead
# of completing its module (see activity_kinds.SessionKind).
SESSION = "session"

ZERO = Decimal(0)


def _percent(part, whole):
    """`part` of `whole` in whole percent, within 0–100; nothing to do counts
    as all done (for activities; attendance has its own rule)."""
    return min(100, round(100 * part / whole)) if whole else 100


def _share(part, whole):
    """`part` of `whole` in whole percent, or None when `whole` is zero."""
    return min(100, round(100 * part / whole)) if whole else None


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
    # Seminar days only: whether the day has begun (only then does recorded
    # attendance count) and whether it is over.
    held: bool = True
    over: bool = True

    @property
    def attendance_label(self):
        if self.attendance is None:
            return None
        return AttendanceRecord.Status(self.attendance).label

    @property
    def counts_for_completion(self):
        return self.required and self.completes_module

    @property
    def units_credited(self):
        """The units this activity adds: all of them once done, else none.
        A seminar day is done only when attended and begun."""
        return self.units if self.done else ZERO

    @property
    def exhausted(self):
        """Not done, and no attempt left (granted ones included): only a
        trainer's grant reopens it."""
        return not self.done and self.attempts_left == 0


@dataclass
class AttendanceProgress:
    """Attendance at the required seminar days of a module or a programme.

    A seminar day counts as held once it has begun; attendance recorded for a
    day that has not begun counts nowhere. Excused absence is absence.
    """

    quota: int
    units_total: Decimal = ZERO  # all required seminar days
    units_held: Decimal = ZERO  # of days that have begun
    units_present: Decimal = ZERO  # present at days that have begun
    units_excused: Decimal = ZERO  # excused at days that have begun
    # The end of the last required day that is not over yet, or None.
    pending_until: object = None

    @classmethod
    def of(cls, activities, quota):
        attendance = cls(quota=quota)
        for activity in activities:
            if activity.kind != SESSION or not activity.required:
                continue
            attendance.units_total += activity.units
            if activity.held:
                attendance.units_held += activity.units
                if activity.done:
                    attendance.units_present += activity.units
                elif activity.attendance == AttendanceRecord.Status.EXCUSED:
                    attendance.units_excused += activity.units
            if not activity.over:
                ends = activity.page.ends_at
                if attendance.pending_until is None or ends > attendance.pending_until:
                    attendance.pending_until = ends
        return attendance

    @property
    def has_seminars(self):
        return self.units_total > 0

    @property
    def percent_so_far(self):
        """Attendance at the seminar days held so far; None before the first."""
        return _share(self.units_present, self.units_held)

    @property
    def percent(self):
        """Attendance of all seminar days; None without any."""
        return _share(self.units_present, self.units_total)

    @property
    def met_so_far(self):
        """The quota, judged against the days held so far; not met before the
        first one."""
        return bool(self.units_held) and (
            self.units_present * 100 >= self.quota * self.units_held
        )

    @property
    def met(self):
        """The quota, judged against all seminar days (for a certificate);
        never met over zero seminar units."""
        return self.has_seminars and (
            self.units_present * 100 >= self.quota * self.units_total
        )

    def missing(self, subject):
        """Why this attendance cannot be certified, as German sentences;
        `subject` names what it belongs to („Modul 1 „Kriminologie““)."""
        if not self.has_seminars:
            return [
                _(
                    "%(subject)s: In Ihrem Durchgang gibt es keine Seminartermine; "
                    "eine Anwesenheit kann nicht bescheinigt werden."
                )
                % {"subject": subject}
            ]
        if self.pending_until is not None:
            return [
                _(
                    "%(subject)s: Die Seminartermine sind noch nicht vorüber "
                    "(der letzte endet am %(date)s). Bescheinigt wird erst danach."
                )
                % {
                    "subject": subject,
                    "date": formats.date_format(timezone.localtime(self.pending_until)),
                }
            ]
        if self.met:
            return []
        return [
            _(
                "%(subject)s: Anwesenheit an den Seminarterminen %(present)s von "
                "%(total)s Unterrichtseinheiten (%(percent)s %%); nötig sind "
                "%(quota)s %%."
            )
            % {
                "subject": subject,
                "present": format_units(self.units_present),
                "total": format_units(self.units_total),
                "percent": self.percent,
                "quota": self.quota,
            }
        ]


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
    def units_planned(self):
        """What the programme promises for this module: the module page's
        teaching units; without them, the units of its required activities."""
        if self.page.teaching_units:
            return Decimal(self.page.teaching_units)
        return sum((a.units for a in self.activities if a.required), ZERO)

    @property
    def units_credited(self):
        """Online activities done plus seminar units attended, never more
        than planned."""
        done = sum((a.units_credited for a in self.activities), ZERO)
        return min(done, self.units_planned)

    @property
    def attendance(self):
        """Attendance at this module's required seminar days."""
        return AttendanceProgress.of(self.activities, self.attendance_quota)

    @property
    def units_attended(self):
        """Units of this module's required seminar days attended (held)."""
        return self.attendance.units_present

    @property
    def subject(self):
        return _("Modul %(number)s „%(title)s“") % {
            "number": self.page.number,
            "title": self.page.title,
        }

    @property
    def session_dates(self):
        """First and last seminar day of this module, or None without any."""
        days = sorted(a.page.starts_at for a in self.activities if a.kind == SESSION)
        return (days[0], days[-1]) if days else None

    @property
    def period_end(self):
        """The end of this module's last seminar day, or None without any."""
        ends = [a.page.ends_at for a in self.activities if a.kind == SESSION]
        return max(ends) if ends else None

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
    def activity_missing(self):
        """Why required activities stand in the way beyond being open."""
        return [
            line
            for activity in self.activities
            if activity.required
            for line in activity_kind(activity.kind).missing(activity)
        ]

    @property
    def attendance_missing(self):
        """Why this module's seminar attendance cannot be certified."""
        return self.attendance.missing(self.subject)

    @property
    def attendance_certificate_missing(self):
        """What stands between the participant and the Teilnahmebescheinigung
        of this module, in plain German."""
        return self.missing + self.activity_missing + self.attendance_missing

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
class ProgrammeProgress:
    enrolment: Enrolment
    modules: list
    upcoming_sessions: list
    attendance_quota: int = 0

    @property
    def whole_programme(self):
        return self.enrolment.scope == Enrolment.Scope.PROGRAMME

    @property
    def attendance(self):
        """Attendance at the required seminar days of the booked modules."""
        return AttendanceProgress.of(
            [a for m in self.modules for a in m.activities], self.attendance_quota
        )

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
    def units_planned(self):
        return sum((m.units_planned for m in self.modules), ZERO)

    @property
    def units_credited(self):
        return sum((m.units_credited for m in self.modules), ZERO)

    @property
    def complete(self):
        """Every booked module complete and the quota met over all days."""
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
    def certificate_missing(self):
        """What stands between a whole-programme participant and the
        Zertifikat, in plain German sentences."""
        missing = [line for module in self.modules for line in module.missing]
        missing += [line for m in self.modules for line in m.activity_missing]
        missing += self.attendance.missing(_("Lehrgang"))
        return missing

    @property
    def missing(self):
        """What still stands between the participant and the certificate of
        the enrolment: the Zertifikat for the whole programme; for single
        modules, each module's Teilnahmebescheinigung."""
        if self.whole_programme:
            return self.certificate_missing
        return [line for m in self.modules for line in m.attendance_certificate_missing]


def format_units(value):
    """Teaching units in German notation: 1.5 → „1,5“, 2.0 → „2“."""
    return f"{Decimal(value).normalize():f}".replace(".", ",")
