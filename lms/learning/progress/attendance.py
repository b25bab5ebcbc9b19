"""Attendance at seminar days and how teaching units are written."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from ..models import AttendanceRecord

ZERO = Decimal(0)

# The seminar day: the one kind that counts for the attendance quota instead
# of completing its module (see activity_kinds.SessionKind).
SESSION = "session"


def _share(part, whole):
    """`part` of `whole` in whole percent, or None when `whole` is zero."""
    return min(100, round(100 * part / whole)) if whole else None


def format_units(value):
    """Teaching units in German notation: 1.5 → „1,5“, 2.0 → „2“."""
    return f"{Decimal(value).normalize():f}".replace(".", ",")


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
