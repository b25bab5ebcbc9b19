"""Progress rules: the one place that says what is done and what is missing.

`programme_progress()` reads everything it needs in a fixed number of
queries, however many modules, activities, records or participants exist.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Page

from lms.projects.models import Submission
from modules.models import (
    AssignmentPage,
    LessonPage,
    ModulePage,
    QuizPage,
    SessionPage,
)

from .models import (
    ActivityRecord,
    AttendanceRecord,
    Cohort,
    Enrolment,
    QuizAttemptGrant,
)


def _percent(part, whole):
    """`part` of `whole` in whole percent; nothing to do counts as all done."""
    return round(100 * part / whole) if whole else 100


@dataclass
class ActivityProgress:
    page: Page
    kind: str  # "lesson", "quiz", "session" or "assignment"
    required: bool
    units: Decimal
    done: bool = False
    best_score: int | None = None
    attempts: int = 0
    attempts_left: int | None = None
    attendance: str | None = None
    submission_status: str | None = None

    @property
    def attendance_label(self):
        if self.attendance is None:
            return None
        return AttendanceRecord.Status(self.attendance).label

    @property
    def submission_status_label(self):
        if self.submission_status is None:
            return None
        return Submission.Status(self.submission_status).label

    @property
    def counts_for_completion(self):
        """Lessons and quizzes make a module complete; sessions count for
        the attendance quota instead."""
        return self.required and self.kind != "session"


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
            (a.units for a in self.activities if a.kind == "session" and a.done),
            Decimal(0),
        )

    def _seminar_units(self):
        """Units of this module's required seminar days: (present, total)."""
        required = [a for a in self.activities if a.kind == "session" and a.required]
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
        days = sorted(a.page.starts_at for a in self.activities if a.kind == "session")
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
            if a.kind != "session" and not a.done and a.attempts_left != 0
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
                if (
                    activity.required
                    and activity.kind == "quiz"
                    and (not activity.done and activity.attempts_left == 0)
                ):
                    missing.append(
                        _(
                            "Wissens-Check „%(title)s“: alle Versuche genutzt, "
                            "ohne zu bestehen. Bitte wenden Sie sich an Ihre "
                            "Trainerin oder Ihren Trainer."
                        )
                        % {"title": activity.page.title}
                    )
                if (
                    activity.required
                    and activity.kind == "assignment"
                    and activity.submission_status == Submission.Status.FAILED
                ):
                    missing.append(
                        _(
                            "Projektaufgabe „%(title)s“: nicht bestanden. Bitte "
                            "wenden Sie sich an Ihre Trainerin oder Ihren Trainer."
                        )
                        % {"title": activity.page.title}
                    )
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


CHILD_TYPES = {
    "modulepage": ModulePage,
    "lessonpage": LessonPage,
    "quizpage": QuizPage,
    "sessionpage": SessionPage,
    "assignmentpage": AssignmentPage,
}


def _activity_pages(programmes):
    """Live modules and activities of `programmes` in tree order, typed, in
    one query. Bodies and questions are not loaded."""
    condition = Q()
    for programme in programmes:
        condition |= Q(path__startswith=programme.path, depth__gt=programme.depth)
    pages = (
        Page.objects.live()
        .filter(condition)
        .select_related(*CHILD_TYPES)
        .defer(
            "lessonpage__body",
            "lessonpage__summary",
            "quizpage__questions",
            "quizpage__intro",
            "sessionpage__description",
            "assignmentpage__brief",
            "assignmentpage__sections",
            "assignmentpage__rubric",
            "modulepage__body",
            "modulepage__summary",
            "modulepage__learning_goals",
        )
        .order_by("path")
    )
    typed = []
    for page in pages:
        for name in CHILD_TYPES:
            child = getattr(page, name, None)
            if child is not None:
                typed.append(child)
                break
    return typed


def programme_progress(enrolments):
    """Progress of each enrolment, as {enrolment id: ProgrammeProgress}."""
    enrolments = list(enrolments)
    if not enrolments:
        return {}
    ids = [e.pk for e in enrolments]
    programmes = {e.cohort.programme_id: e.cohort.programme for e in enrolments}
    pages = _activity_pages(programmes.values())

    completed, attempts, attendance = set(), defaultdict(list), {}
    records = (
        ActivityRecord.objects.non_polymorphic()
        .filter(enrolment_id__in=ids)
        .values_list(
            "enrolment_id",
            "page_id",
            "lessoncompletion__pk",
            "quizattempt__score",
            "attendancerecord__status",
            "submission__status",
        )
    )
    projects = {}
    for enrolment_id, page_id, completion, score, status, project in records:
        key = (enrolment_id, page_id)
        if completion is not None:
            completed.add(key)
        elif score is not None:
            attempts[key].append(score)
        elif status is not None:
            attendance[key] = status
        elif project is not None:
            projects[key] = project
    grants = Counter(
        QuizAttemptGrant.objects.filter(enrolment_id__in=ids).values_list(
            "enrolment_id", "page_id"
        )
    )
    cohort_sessions = defaultdict(set)
    for cohort_id, session_id in Cohort.sessions.through.objects.filter(
        cohort_id__in={e.cohort_id for e in enrolments}
    ).values_list("cohort_id", "sessionpage_id"):
        cohort_sessions[cohort_id].add(session_id)
    booked = defaultdict(set)
    single_module_ids = [e.pk for e in enrolments if e.scope == Enrolment.Scope.MODULES]
    for enrolment_id, module_id in Enrolment.modules.through.objects.filter(
        enrolment_id__in=single_module_ids
    ).values_list("enrolment_id", "modulepage_id"):
        booked[enrolment_id].add(module_id)

    now = timezone.now()
    result = {}
    for enrolment in enrolments:
        programme = programmes[enrolment.cohort.programme_id]
        sessions = cohort_sessions[enrolment.cohort_id]
        modules, current, upcoming = [], None, []
        att = AttendanceProgress(quota=programme.attendance_quota)
        for page in pages:
            if not page.path.startswith(programme.path):
                continue
            if isinstance(page, ModulePage):
                current = None
                if (
                    enrolment.scope == Enrolment.Scope.PROGRAMME
                    or page.pk in booked[enrolment.pk]
                ):
                    current = ModuleProgress(
                        page=page, attendance_quota=programme.attendance_quota
                    )
                    modules.append(current)
                continue
            if current is None or not page.path.startswith(current.page.path):
                continue
            key = (enrolment.pk, page.pk)
            if isinstance(page, LessonPage):
                activity = ActivityProgress(
                    page,
                    "lesson",
                    page.required,
                    page.teaching_units,
                    done=key in completed,
                )
            elif isinstance(page, QuizPage):
                scores = attempts.get(key, [])
                left = (
                    max(page.max_attempts + grants[key] - len(scores), 0)
                    if page.max_attempts
                    else None
                )
                activity = ActivityProgress(
                    page,
                    "quiz",
                    page.required,
                    page.teaching_units,
                    done=any(score >= page.pass_mark for score in scores),
                    best_score=max(scores) if scores else None,
                    attempts=len(scores),
                    attempts_left=left,
                )
            elif isinstance(page, SessionPage):
                if page.pk not in sessions:
                    continue
                status = attendance.get(key)
                activity = ActivityProgress(
                    page,
                    "session",
                    page.required,
                    page.teaching_units,
                    done=status == AttendanceRecord.Status.PRESENT,
                    attendance=status,
                )
                # Optional seminar days never count against the quota.
                if page.required:
                    att.units_total += page.teaching_units
                    if page.starts_at < now:
                        att.units_held += page.teaching_units
                    if status == AttendanceRecord.Status.PRESENT:
                        att.units_present += page.teaching_units
                    elif status == AttendanceRecord.Status.EXCUSED:
                        att.units_excused += page.teaching_units
                if page.starts_at >= now:
                    upcoming.append(page)
            elif isinstance(page, AssignmentPage):
                status = projects.get(key)
                activity = ActivityProgress(
                    page,
                    "assignment",
                    page.required,
                    page.teaching_units,
                    done=status == Submission.Status.PASSED,
                    submission_status=status,
                )
            else:
                continue
            current.activities.append(activity)
        if programme.sequential_release:
            previous_complete = True
            for module in modules:
                module.is_open = previous_complete
                previous_complete = previous_complete and module.complete
        upcoming.sort(key=lambda session: session.starts_at)
        result[enrolment.pk] = ProgrammeProgress(
            enrolment=enrolment,
            modules=modules,
            attendance=att,
            upcoming_sessions=upcoming,
        )
    return result
