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

from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Page

from modules.models import ModulePage

from ..models import AttendanceRecord, Enrolment
from .attendance import SESSION, ZERO, AttendanceProgress
from .kinds import activity_kind


def _percent(part, whole):
    """`part` of `whole` in whole percent, within 0–100; nothing to do counts
    as all done (for activities; attendance has its own rule)."""
    return min(100, round(100 * part / whole)) if whole else 100


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
class ModuleProgress:
    page: ModulePage
    activities: list = field(default_factory=list)
    is_open: bool = True
    attendance_quota: int = 0

    @property
    def required_total(self):
        return sum(1 for a in self.activities if a.counts_for_completion)

    def neighbours(self, page_id):
        """The pages of the activities before and after `page_id` in this
        module, as the participant sees them (None at either end)."""
        pages = [a.page for a in self.activities]
        index = next(i for i, page in enumerate(pages) if page.pk == page_id)
        before = pages[index - 1] if index > 0 else None
        after = pages[index + 1] if index + 1 < len(pages) else None
        return before, after

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
