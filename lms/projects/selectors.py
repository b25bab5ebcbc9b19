"""Reads of the practice project: due dates, drafts and versions, reviews and
what the project PDF shows. Writes live in `services`, may-rules in
`policies`.
"""

import datetime
from dataclasses import dataclass

from django.db.models import F, Prefetch
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from modules.file_types import FILE_TYPES
from modules.models import AssignmentPage

from .limits import SECTION_MAX_LENGTH, characters
from .models import DueDateExtension, Review, Submission, SubmissionVersion

GOAL_KINDS = {
    "prevention": gettext_lazy("Präventionsziel"),
    "project": gettext_lazy("Projektziel"),
    "sub": gettext_lazy("Teilziel"),
}


RATINGS = {
    "theoretical": gettext_lazy("Effektivität theoretisch gut begründet"),
    "probable": gettext_lazy("Effektivität wahrscheinlich"),
    "proven": gettext_lazy("Effektivität nachgewiesen"),
}


DECIDED = (Submission.Status.PASSED, Submission.Status.FAILED)

# Nothing to hand in: the last version is handed in and no revision is asked for.
NOTHING_DUE = (
    Submission.Status.SUBMITTED,
    Submission.Status.IN_REVIEW,
    *DECIDED,
)


def base_due_at(cohort, page):
    """The due date of the first hand-in without an extension: the
    cohort's, else the brief's. Every other due date is built from it or
    from a revision request (see `due_dates`)."""
    return cohort.project_due_at or page.due_at


@dataclass(frozen=True)
class DueDate:
    """The due date that applies now (`at`, None = none), the one planned
    before any extension (`planned`), and whether it is a revision's."""

    at: datetime.datetime | None
    planned: datetime.datetime | None
    revision: bool

    @property
    def extended(self):
        return self.at is not None and self.at != self.planned


def _revision_requests(keys):
    """{(enrolment id, page id): review} of the revision request in force:
    of the newest version whose review that counts (the last released) asks
    for a revision. One query."""
    reviews = (
        Review.objects.filter(
            released_at__isnull=False,
            version__submission__enrolment_id__in={e for e, _page in keys},
            version__submission__page_id__in={p for _enrolment, p in keys},
        )
        .annotate(
            enrolment_id=F("version__submission__enrolment_id"),
            page_id=F("version__submission__page_id"),
            number=F("version__number"),
        )
        .only("decision", "revision_due_at", "released_at", "version_id")
        .order_by("number", "released_at", "pk")
    )
    effective = {}
    for review in reviews:
        effective[review.enrolment_id, review.page_id, review.number] = review
    requests = {}
    for (enrolment_id, page_id, _number), review in effective.items():
        if review.decision == Review.Decision.REVISION:
            requests[enrolment_id, page_id] = review
    return requests


def due_date_details(base_dates):
    """The due dates of many participants, {(enrolment id, page id): DueDate}.

    The one definition. `base_dates` maps the keys to `base_due_at`. Until a
    revision is requested, that date applies; once a released review asks
    for a revision, the date set with that request applies instead (none:
    the revision has no due date). The latest extension granted since then
    moves it later, never earlier. Two queries for any number of keys.
    """
    requests = _revision_requests(base_dates)
    extensions = {}
    for enrolment_id, page_id, due_at, created_at in (
        DueDateExtension.objects.filter(
            enrolment_id__in={enrolment_id for enrolment_id, _page in base_dates},
            page_id__in={page_id for _enrolment, page_id in base_dates},
        )
        .order_by("created_at", "pk")
        .values_list("enrolment_id", "page_id", "due_at", "created_at")
    ):
        extensions.setdefault((enrolment_id, page_id), []).append((due_at, created_at))
    result = {}
    for key, base in base_dates.items():
        request = requests.get(key)
        planned = request.revision_due_at if request else base
        since = request.released_at if request else None
        granted = [
            due_at
            for due_at, created_at in extensions.get(key, [])
            if since is None or created_at >= since
        ]
        candidates = [date for date in (planned, *granted[-1:]) if date is not None]
        result[key] = DueDate(
            at=max(candidates) if candidates else None,
            planned=planned,
            revision=request is not None,
        )
    return result


def due_dates(base_dates):
    """Effective due dates, {(enrolment id, page id): datetime or None}
    (see `due_date_details`)."""
    return {key: due.at for key, due in due_date_details(base_dates).items()}


def participant_due_date(enrolment, page):
    """The participant's DueDate (see `due_date_details`)."""
    key = (enrolment.pk, page.pk)
    return due_date_details({key: base_due_at(enrolment.cohort, page)})[key]


def effective_due_at(enrolment, page):
    """The participant's due date (see `due_date_details`)."""
    return participant_due_date(enrolment, page).at


def submission_due_dates(submissions):
    """Effective due dates of `submissions` (with `enrolment__cohort`
    loaded), {(enrolment id, page id): datetime or None}. At most three
    queries for any number of submissions: the briefs' dates are read only
    where a cohort sets none."""
    submissions = list(submissions)
    without_cohort_date = {
        s.page_id for s in submissions if s.enrolment.cohort.project_due_at is None
    }
    pages = (
        AssignmentPage.objects.only("due_at").in_bulk(without_cohort_date)
        if without_cohort_date
        else {}
    )
    return due_dates(
        {
            (s.enrolment_id, s.page_id): base_due_at(
                s.enrolment.cohort, pages.get(s.page_id)
            )
            for s in submissions
        }
    )


def brief_sections(page):
    """The sections of the brief as [{"id", "title"}], in order."""
    return [{"id": block.id, "title": block.value["title"]} for block in page.sections]


def sections_for_editing(page, version):
    """The brief's sections with the version's text, plus texts of sections
    the brief no longer has (kept, never dropped)."""
    texts = {section["id"]: section for section in version.sections}
    result = [
        {**section, "text": texts.pop(section["id"], {}).get("text", "")}
        for section in brief_sections(page)
    ]
    result.extend(section for section in texts.values() if section.get("text"))
    return result


def get_submission(enrolment, page):
    return Submission.objects.filter(enrolment=enrolment, page=page).first()


def current_draft(submission):
    """The draft the participant may still write in; none once the project
    is decided (a copy left from a corrected revision request stays stored)."""
    if submission.status in DECIDED:
        return None
    return submission.versions.filter(submitted_at__isnull=True).first()


def latest_version(submission):
    return submission.versions.order_by("-number").first()


def handed_in_versions(submission):
    """Handed-in versions, newest first, each with `released`: its released
    reviews in the order they were released."""
    released = (
        Review.objects.filter(released_at__isnull=False)
        .select_related("reviewer")
        .order_by("released_at", "pk")
    )
    return (
        submission.versions.filter(submitted_at__isnull=False)
        .order_by("-number")
        .prefetch_related(Prefetch("reviews", queryset=released, to_attr="released"))
    )


def latest_handed_in(submission):
    return (
        submission.versions.filter(submitted_at__isnull=False)
        .order_by("-number")
        .first()
    )


def passed_project_titles(enrolment_ids):
    """{enrolment id: title of the passed project} for those with one: the
    title of the last version handed in. One query."""
    rows = (
        SubmissionVersion.objects.filter(
            submission__enrolment_id__in=list(enrolment_ids),
            submission__status=Submission.Status.PASSED,
            submitted_at__isnull=False,
        )
        .order_by("submission__enrolment_id", "submission__page__path", "number")
        .values_list("submission__enrolment_id", "title")
    )
    titles = {}
    for enrolment_id, title in rows:
        titles.setdefault(enrolment_id, []).append(title)
    return {key: value[-1] for key, value in titles.items()}


def resubmissions_left(submission, page):
    handed_in = submission.versions.filter(submitted_at__isnull=False).count()
    return max(page.max_resubmissions - max(handed_in - 1, 0), 0)


def missing_for_submission(page, version):
    """What must be filled in before handing in, as German sentences."""
    missing = []
    if not version.title.strip():
        missing.append(_("Der Titel des Projekts fehlt."))
    texts = {section["id"]: section.get("text", "") for section in version.sections}
    for section in brief_sections(page):
        if not texts.get(section["id"], "").strip():
            missing.append(
                _("Der Abschnitt „%(title)s“ ist leer.") % {"title": section["title"]}
            )
    missing += too_long_sections(version)
    return missing


def too_long_sections(version):
    """A German sentence for each section longer than allowed: a text stored
    before the limit existed stays stored, but is shortened before hand-in."""
    return [
        _(
            "Der Abschnitt „%(title)s“ hat %(length)s Zeichen, erlaubt sind "
            "höchstens %(limit)s. Bitte kürzen Sie ihn vor dem Einreichen; "
            "gespeichert bleibt er vollständig."
        )
        % {
            "title": section.get("title", ""),
            "length": characters(len(text)),
            "limit": characters(SECTION_MAX_LENGTH),
        }
        for section in version.sections
        if len(text := section.get("text", "")) > SECTION_MAX_LENGTH
    ]


def rubric_scores(page, points_by_criterion):
    """The rubric with the chosen points, as stored on a review: a list of
    {"id", "name", "points", "max_points", "level"}; unknown points → None."""
    scores = []
    for criterion in page.rubric:
        levels = criterion.value["levels"]
        points = points_by_criterion.get(criterion.id)
        level = next((lvl for lvl in levels if lvl["points"] == points), None)
        scores.append(
            {
                "id": criterion.id,
                "name": criterion.value["name"],
                "points": level["points"] if level else None,
                "max_points": max((lvl["points"] for lvl in levels), default=0),
                "level": level["label"] if level else "",
            }
        )
    return scores


def draft_review(version):
    return version.reviews.filter(released_at__isnull=True).first()


def released_reviews(version):
    return version.reviews.filter(released_at__isnull=False).order_by("released_at")


def effective_review(version):
    """The review that counts: the last released one (a correction wins)."""
    return released_reviews(version).last()


def revision_request(draft):
    """The released review whose revision request `draft` answers (the
    review that counts of the version before it), or None for a first
    version or a draft no revision was asked for."""
    if draft is None or draft.number < 2:
        return None
    previous = draft.submission.versions.filter(number=draft.number - 1).first()
    review = effective_review(previous) if previous is not None else None
    if review is None or review.decision != Review.Decision.REVISION:
        return None
    return review


def _german_date(value):
    """An ISO date string as d.m.Y; anything else is shown as written."""
    try:
        return formats.date_format(datetime.date.fromisoformat(value), "d.m.Y")
    except (TypeError, ValueError):
        return value or ""


def project_context(version):
    """Everything the PDF template shows, read from `version`."""
    submission = version.submission
    enrolment = submission.enrolment
    goals = version.goals or []
    measures = version.measures or []
    goal_texts = {goal.get("key"): goal.get("text", "") for goal in goals}
    measure_titles = {
        measure.get("key"): measure.get("title", "") for measure in measures
    }
    return {
        "version": version,
        "assignment": AssignmentPage.objects.get(pk=submission.page_id),
        "participant": enrolment.user,
        "cohort": enrolment.cohort,
        "programme": enrolment.cohort.programme,
        "sections": version.sections or [],
        "goals": [
            {**goal, "kind_label": GOAL_KINDS.get(goal.get("kind"), "")}
            for goal in goals
        ],
        "measures": [
            {
                **measure,
                "goal_texts": [
                    goal_texts[key]
                    for key in measure.get("goal_keys") or []
                    if key in goal_texts
                ],
                "rating_label": RATINGS.get(measure.get("rating"), ""),
            }
            for measure in measures
        ],
        "planning": [
            {
                **row,
                "measure_title": measure_titles.get(row.get("measure_key"), ""),
                "planned_on": _german_date(row.get("planned_date")),
                "actual_on": _german_date(row.get("actual_date")),
            }
            for row in version.planning or []
        ],
        "attachments": [
            {
                "name": attachment.name,
                "type_label": FILE_TYPES[attachment.file_type].label
                if attachment.file_type in FILE_TYPES
                else attachment.file_type.upper(),
                "size": attachment.size,
            }
            for attachment in version.attachments.all()
        ],
    }
