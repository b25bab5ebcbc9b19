"""The figures of the report: what a selection of cohorts and a year hold.

Each figure is read where its rule lives: enrolment status and profile from
the learner record, completion and attendance from the progress rules
(`programme_progress`, a fixed number of queries for any number of
participants), project outcomes from the submission status the grading
service sets, certificates from their status. Counting happens in the
database (`values().annotate()`); nothing is queried per participant.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.utils import formats
from django.utils.translation import gettext as _

from certificates.models import Certificate
from lms.learning.models import (
    AttendanceRecord,
    Cohort,
    Enrolment,
    ParticipantProfile,
)
from lms.learning.progress import SESSION, programme_progress
from lms.projects.models import Review, Submission

EXCUSED = AttendanceRecord.Status.EXCUSED


@dataclass(frozen=True)
class Selection:
    """Which cohorts a report covers: one or all, optionally those running in
    `year` (begun by its end, not ended before its start). Certificates are
    counted by the year they were issued in."""

    cohort: Cohort | None = None
    year: int | None = None

    def cohorts(self):
        cohorts = Cohort.objects.all()
        if self.cohort is not None:
            cohorts = cohorts.filter(pk=self.cohort.pk)
        if self.year is not None:
            cohorts = cohorts.filter(
                start_date__year__lte=self.year, end_date__year__gte=self.year
            )
        return cohorts

    def enrolments(self):
        return Enrolment.objects.filter(cohort__in=self.cohorts())


@dataclass
class Section:
    """One table of the report and the bar chart drawn from it.

    `rows` hold the cells under `columns`; `chart` the (label, number)
    pairs the chart draws, in `unit`. `note` says what is counted."""

    key: str
    title: str
    columns: list
    rows: list
    chart: list
    unit: str = ""
    note: str = ""
    value_heading: str = ""
    detail: bool = field(default=False)

    @property
    def chart_id(self):
        return f"bericht-{self.key}"


def percent(part, whole):
    """`part` of `whole` in whole percent; None when `whole` is zero."""
    return round(100 * part / whole) if whole else None


def _simple(key, title, heading, counts, note):
    rows = [[label, number] for label, number in counts]
    return Section(key, title, [heading, _("Anzahl")], rows, counts, note=note)


def participants_by_field(selection):
    labels = dict(ParticipantProfile.Field.choices)
    rows = (
        selection.enrolments()
        .values("user__participant_profile__professional_field")
        .annotate(people=Count("user", distinct=True))
        .order_by("user__participant_profile__professional_field")
    )
    counts = Counter()
    for row in rows:
        value = row["user__participant_profile__professional_field"]
        counts[str(labels.get(value, _("nicht angegeben")))] += row["people"]
    return _simple(
        "berufsfeld",
        _("Teilnehmende nach Berufsfeld"),
        _("Berufsfeld"),
        sorted(counts.items(), key=lambda item: (-item[1], item[0])),
        _("Personen mit mindestens einer Einschreibung in der Auswahl."),
    )


def participants_by_organisation(selection):
    rows = (
        selection.enrolments()
        .values("user__participant_profile__organisation")
        .annotate(people=Count("user", distinct=True))
    )
    counts = Counter()
    for row in rows:
        name = (row["user__participant_profile__organisation"] or "").strip()
        counts[name or _("nicht angegeben")] += row["people"]
    return _simple(
        "organisation",
        _("Teilnehmende nach Organisation"),
        _("Organisation"),
        sorted(counts.items(), key=lambda item: (-item[1], item[0])),
        _("Personen mit mindestens einer Einschreibung in der Auswahl."),
    )


def participants_by_status(selection):
    counts = dict(
        selection.enrolments()
        .values("status")
        .annotate(number=Count("pk"))
        .values_list("status", "number")
    )
    return _simple(
        "status",
        _("Einschreibungen nach Status"),
        _("Status"),
        [(label, counts.get(value, 0)) for value, label in Enrolment.Status.choices],
        _("„abgebrochen“ sind die Abbrüche (Drop-out)."),
    )


def learning_progress(selection):
    """The progress of every enrolment in the selection that is not
    cancelled, from the progress rules."""
    enrolments = (
        selection.enrolments()
        .exclude(status=Enrolment.Status.CANCELLED)
        .select_related("cohort__programme")
    )
    return programme_progress(enrolments).values()


def module_completion(progresses):
    booked, done, modules = Counter(), Counter(), {}
    for progress in progresses:
        for module in progress.modules:
            modules[module.page.pk] = module
            booked[module.page.pk] += 1
            done[module.page.pk] += module.complete
    ordered = sorted(modules.values(), key=lambda module: module.page.path)
    rows = [
        [
            module.subject,
            booked[module.page.pk],
            done[module.page.pk],
            percent(done[module.page.pk], booked[module.page.pk]),
        ]
        for module in ordered
    ]
    return Section(
        "module",
        _("Abschluss je Modul"),
        [_("Modul"), _("Teilnehmende"), _("abgeschlossen"), _("Quote (%)")],
        rows,
        [(row[0], row[3]) for row in rows],
        unit="%",
        note=_(
            "Abgeschlossen: alle Pflichtaktivitäten des Moduls erledigt. "
            "Gezählt werden Einschreibungen, die das Modul buchen, ohne Abbrüche."
        ),
        value_heading=_("Quote"),
        detail=True,
    )


def _session_label(page, cohort):
    day = formats.date_format(page.starts_at, "SHORT_DATE_FORMAT")
    return f"{day} {page.title} ({cohort.name})"


def seminar_attendance(progresses):
    days = {}
    for progress in progresses:
        cohort = progress.enrolment.cohort
        for module in progress.modules:
            for activity in module.activities:
                if activity.kind != SESSION or not activity.held:
                    continue
                key = (activity.page.starts_at, activity.page.pk, cohort.pk)
                day = days.setdefault(key, [_session_label(activity.page, cohort)])
                day.append(activity)
    rows = []
    for key in sorted(days):
        label, *activities = days[key]
        present = sum(activity.done for activity in activities)
        excused = sum(activity.attendance == EXCUSED for activity in activities)
        total = len(activities)
        rows.append([label, total, present, excused, percent(present, total)])
    return Section(
        "anwesenheit",
        _("Anwesenheit je Seminartermin"),
        [
            _("Seminartermin"),
            _("Teilnehmende"),
            _("anwesend"),
            _("entschuldigt"),
            _("Quote (%)"),
        ],
        rows,
        [(row[0], row[4]) for row in rows],
        unit="%",
        note=_(
            "Termine, die begonnen haben; Einschreibungen ohne Abbrüche. "
            "Entschuldigtes Fehlen ist Fehlen."
        ),
        value_heading=_("anwesend"),
        detail=True,
    )


def _revision_rounds(enrolments):
    """Revision requests that count: released, and not replaced by a
    released correction (a correction wins, `selectors.effective_review`).
    One query: the rounds, the projects with one and those since passed."""
    return (
        Review.objects.filter(
            version__submission__enrolment__in=enrolments,
            released_at__isnull=False,
            decision=Review.Decision.REVISION,
        )
        .exclude(corrections__released_at__isnull=False)
        .aggregate(
            rounds=Count("pk"),
            passed=Count(
                "version__submission",
                distinct=True,
                filter=Q(version__submission__status=Submission.Status.PASSED),
            ),
        )
    )


def project_outcomes(selection):
    enrolments = selection.enrolments()
    status = dict(
        Submission.objects.filter(enrolment__in=enrolments)
        .values("status")
        .annotate(number=Count("pk"))
        .values_list("status", "number")
    )
    rounds = _revision_rounds(enrolments)
    chart = [
        (_("bestanden"), status.get(Submission.Status.PASSED, 0)),
        (_("Überarbeitung erbeten"), status.get(Submission.Status.REVISION, 0)),
        (
            _("eingereicht, in Bewertung"),
            status.get(Submission.Status.SUBMITTED, 0)
            + status.get(Submission.Status.IN_REVIEW, 0),
        ),
        (_("nicht bestanden"), status.get(Submission.Status.FAILED, 0)),
    ]
    rows = [[label, number] for label, number in chart]
    rows.insert(1, [_("davon bestanden nach Überarbeitung"), rounds["passed"]])
    rows.append([_("Überarbeitungsrunden insgesamt"), rounds["rounds"]])
    return Section(
        "projekte",
        _("Ergebnisse der Praxisprojekte"),
        [_("Ergebnis"), _("Anzahl")],
        rows,
        chart,
        note=_(
            "Stand der eingereichten Praxisprojekte; Entwürfe, die nie "
            "eingereicht wurden, zählen nicht."
        ),
        detail=True,
    )


def _certificates(selection):
    certificates = Certificate.objects.all()
    if selection.cohort is not None:
        certificates = certificates.filter(enrolment__cohort=selection.cohort)
    if selection.year is not None:
        certificates = certificates.filter(year=selection.year)
    return certificates


def certificates_issued(selection):
    counts = {
        (kind, state): number
        for kind, state, number in _certificates(selection)
        .values("kind", "status")
        .annotate(number=Count("pk"))
        .values_list("kind", "status", "number")
    }
    states = {
        _("gültig"): Certificate.VALID,
        _("widerrufen"): (Certificate.Status.REVOKED,),
        _("ersetzt (neu ausgestellt)"): (Certificate.Status.REPLACED,),
    }
    rows, chart = [], []
    for kind, kind_label in Certificate.Kind.choices:
        cells = {
            label: sum(counts.get((kind, status), 0) for status in group)
            for label, group in states.items()
        }
        rows.append([kind_label, sum(cells.values()), *cells.values()])
        chart += [
            (f"{kind_label}: {label}", number)
            for label, number in list(cells.items())[:2]
        ]
    return Section(
        "zertifikate",
        _("Zertifikate und Teilnahmebescheinigungen"),
        [_("Art"), _("ausgestellt"), *states],
        rows,
        chart,
        note=_(
            "Ausgestellt: alle im Zeitraum ausgestellten Dokumente, nach ihrem "
            "heutigen Stand. Ein ersetztes Dokument ist neu ausgestellt worden "
            "(z. B. nach einer Namenskorrektur); sein Nachfolger zählt als gültig."
        ),
        detail=True,
    )


def _from_progress(section):
    return lambda selection: section(list(learning_progress(selection)))


SECTIONS = {
    "status": participants_by_status,
    "berufsfeld": participants_by_field,
    "organisation": participants_by_organisation,
    "module": _from_progress(module_completion),
    "anwesenheit": _from_progress(seminar_attendance),
    "projekte": project_outcomes,
    "zertifikate": certificates_issued,
}


def report(selection):
    """Every section of the report for `selection`, in reading order; the
    progress rules run once for both sections that read them."""
    progresses = list(learning_progress(selection))
    return [
        participants_by_status(selection),
        participants_by_field(selection),
        participants_by_organisation(selection),
        module_completion(progresses),
        seminar_attendance(progresses),
        project_outcomes(selection),
        certificates_issued(selection),
    ]


def section_report(selection, key):
    """The section `key` alone, or None for an unknown key."""
    build = SECTIONS.get(key)
    return build(selection) if build is not None else None
