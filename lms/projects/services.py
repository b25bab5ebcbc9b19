"""The practice project: drafts, hand-ins, attachments, reviews, extensions.

Every write to a submission goes through these functions. They keep three
promises: a submitted version and its attachments never change, a released
review is never edited (a correction is a new review), and two people
saving at once never silently overwrite each other (the loser gets
`EditConflict`).
"""

import datetime

from django.db import IntegrityError, transaction
from django.db.models import F, Prefetch
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lms.learning.exceptions import LearnerRecordError
from modules.file_types import FILE_TYPES
from modules.models import AssignmentPage

from .models import (
    Attachment,
    DueDateExtension,
    GradingEvent,
    MentoringNote,
    Review,
    Submission,
    SubmissionVersion,
)

MAX_ATTACHMENTS = 20

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


class EditConflict(LearnerRecordError):
    pass


class NotEditable(LearnerRecordError):
    pass


class SubmissionRefused(LearnerRecordError):
    pass


def due_dates(base_dates):
    """Effective due dates, {(enrolment id, page id): datetime or None}.

    `base_dates` maps the same keys to the due date that applies without an
    extension (the cohort's, else the brief's). The latest extension moves
    it later, never earlier. One query for any number of keys.
    """
    latest = {}
    extensions = DueDateExtension.objects.filter(
        enrolment_id__in={enrolment_id for enrolment_id, _page in base_dates},
        page_id__in={page_id for _enrolment, page_id in base_dates},
    ).order_by("created_at", "pk")
    for enrolment_id, page_id, due_at in extensions.values_list(
        "enrolment_id", "page_id", "due_at"
    ):
        latest[enrolment_id, page_id] = due_at
    result = {}
    for key, base in base_dates.items():
        candidates = [date for date in (base, latest.get(key)) if date is not None]
        result[key] = max(candidates) if candidates else None
    return result


def base_due_at(cohort, page):
    return cohort.project_due_at or page.due_at


def effective_due_at(enrolment, page):
    """The participant's due date (see `due_dates`)."""
    key = (enrolment.pk, page.pk)
    return due_dates({key: base_due_at(enrolment.cohort, page)})[key]


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


def get_or_create_submission(enrolment, page):
    try:
        with transaction.atomic():
            submission, _created = Submission.objects.get_or_create(
                enrolment=enrolment, page=page
            )
    except IntegrityError:
        submission = Submission.objects.get(enrolment=enrolment, page=page)
    return submission


DECIDED = (Submission.Status.PASSED, Submission.Status.FAILED)


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


def open_draft(*, enrolment, page):
    """The draft the participant writes in: the existing one, the first one,
    or, after a revision request, a copy of the last hand-in (with its
    attachments). None when the project cannot be edited now."""
    submission = get_or_create_submission(enrolment, page)
    with transaction.atomic():
        submission = Submission.objects.select_for_update().get(pk=submission.pk)
        if submission.status in DECIDED:
            return None
        draft = current_draft(submission)
        if draft is not None:
            return draft
        previous = latest_version(submission)
        if previous is None:
            return SubmissionVersion.objects.create(
                submission=submission,
                number=1,
                sections=[{**s, "text": ""} for s in brief_sections(page)],
            )
        if submission.status != Submission.Status.REVISION:
            return None
        if resubmissions_left(submission, page) == 0:
            return None
        draft = SubmissionVersion.objects.create(
            submission=submission,
            number=previous.number + 1,
            title=previous.title,
            sections=previous.sections,
            goals=previous.goals,
            measures=previous.measures,
            planning=previous.planning,
        )
        Attachment.objects.bulk_create(
            Attachment(
                version=draft,
                file=attachment.file.name,
                name=attachment.name,
                file_type=attachment.file_type,
                size=attachment.size,
                sha256=attachment.sha256,
            )
            for attachment in previous.attachments.all()
        )
        submission.status = Submission.Status.DRAFT
        submission.save(update_fields=["status"])
        GradingEvent.objects.create(
            enrolment=enrolment,
            page=page,
            actor=enrolment.user,
            action=GradingEvent.Action.REVISION_STARTED,
            detail=_("Fassung %(number)s angelegt") % {"number": draft.number},
        )
    return draft


def save_draft(*, version, revision, title, sections, goals, measures, planning):
    """Store the draft's content if nobody saved it since `revision` was read.

    The update is conditional in the database: a submitted version, or a
    draft saved meanwhile in another window, is never overwritten.
    """
    updated = SubmissionVersion.objects.filter(
        pk=version.pk, submitted_at__isnull=True, revision=revision
    ).update(
        title=title,
        sections=sections,
        goals=goals,
        measures=measures,
        planning=planning,
        revision=F("revision") + 1,
        updated_at=timezone.now(),
    )
    if not updated:
        version.refresh_from_db()
        if not version.is_draft:
            raise NotEditable(_("Diese Fassung ist bereits eingereicht."))
        raise EditConflict(
            _(
                "Der Entwurf wurde inzwischen in einem anderen Fenster gespeichert. "
                "Ihre Eingaben sind unten noch einmal zu sehen; bitte übernehmen "
                "Sie sie in den aktuellen Stand."
            )
        )
    version.refresh_from_db()
    return version


def add_attachment(*, version, upload, checked):
    """Attach a checked upload (see `lms.uploads.check_upload`) to a draft."""
    with transaction.atomic():
        version = SubmissionVersion.objects.select_for_update().get(pk=version.pk)
        if not version.is_draft:
            raise NotEditable(_("Diese Fassung ist bereits eingereicht."))
        if version.attachments.count() >= MAX_ATTACHMENTS:
            raise NotEditable(
                _("Eine Fassung kann höchstens %(count)s Anhänge haben.")
                % {"count": MAX_ATTACHMENTS}
            )
        attachment = Attachment(
            version=version,
            name=checked.name,
            file_type=checked.file_type,
            size=checked.size,
            sha256=checked.sha256,
        )
        attachment.file.save("upload", upload, save=False)
        try:
            attachment.save()
        except Exception:
            attachment.file.storage.delete(attachment.file.name)
            raise
    return attachment


def remove_attachment(*, attachment):
    """Remove an attachment from a draft; its file goes with its last row."""
    with transaction.atomic():
        version = SubmissionVersion.objects.select_for_update().get(
            pk=attachment.version_id
        )
        if not version.is_draft:
            raise NotEditable(_("Diese Fassung ist bereits eingereicht."))
        name = attachment.file.name
        attachment.delete()
        shared = Attachment.objects.filter(file=name).exists()
    if not shared:
        transaction.on_commit(lambda: attachment.file.storage.delete(name))


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
    return missing


def submit(*, version, page, user):
    """Hand in the draft. It becomes final; the trainers are mailed."""
    from .tasks import notify_submission_task

    with transaction.atomic():
        version = SubmissionVersion.objects.select_for_update().get(pk=version.pk)
        submission = Submission.objects.select_for_update().get(
            pk=version.submission_id
        )
        if not version.is_draft:
            raise NotEditable(_("Diese Fassung ist bereits eingereicht."))
        if submission.status != Submission.Status.DRAFT:
            raise NotEditable(_("Über diese Projektarbeit ist bereits entschieden."))
        missing = missing_for_submission(page, version)
        if missing:
            raise SubmissionRefused(" ".join(missing))
        due_at = effective_due_at(submission.enrolment, page)
        now = timezone.now()
        if version.number == 1 and due_at is not None and now > due_at:
            raise SubmissionRefused(
                _(
                    "Die Abgabefrist ist abgelaufen. Ihr Entwurf bleibt gespeichert; "
                    "bitte wenden Sie sich an Ihre Trainerin oder Ihren Trainer "
                    "wegen einer Fristverlängerung."
                )
            )
        version.submitted_at = now
        version.save(update_fields=["submitted_at"])
        submission.status = Submission.Status.SUBMITTED
        submission.submitted_at = now
        submission.save(update_fields=["status", "submitted_at"])
        GradingEvent.objects.create(
            enrolment_id=submission.enrolment_id,
            page=page,
            actor=user,
            action=GradingEvent.Action.SUBMITTED,
            detail=_("Fassung %(number)s") % {"number": version.number},
        )
        notify_submission_task.delay_on_commit(version.pk)
    return version


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


def _status_after(decision):
    return {
        Review.Decision.PASSED: Submission.Status.PASSED,
        Review.Decision.REVISION: Submission.Status.REVISION,
        Review.Decision.FAILED: Submission.Status.FAILED,
    }[decision]


def review_problems(page, submission, version, scores, decision, release):
    """Why a review cannot be released, as German sentences."""
    problems = []
    if not release:
        return problems
    unscored = any(score["points"] is None for score in scores)
    if unscored:
        problems.append(_("Bitte bewerten Sie jedes Kriterium."))
    total = sum(score["points"] or 0 for score in scores)
    if not decision:
        problems.append(_("Bitte wählen Sie eine Entscheidung."))
    elif (
        decision == Review.Decision.PASSED and not unscored and total < page.pass_points
    ):
        problems.append(
            _(
                "„Bestanden“ setzt mindestens %(pass)s Punkte voraus; vergeben "
                "sind %(points)s."
            )
            % {"pass": page.pass_points, "points": total}
        )
    elif decision == Review.Decision.REVISION and not resubmissions_left(
        submission, page
    ):
        problems.append(
            _(
                "Es ist keine weitere Überarbeitung erlaubt (höchstens %(count)s). "
                "Bitte entscheiden Sie über „bestanden“ oder „nicht bestanden“."
            )
            % {"count": page.max_resubmissions}
        )
    return problems


def save_review(
    *,
    version,
    page,
    reviewer,
    review_revision,
    points,
    section_comments,
    feedback,
    decision,
    release=False,
    corrects=None,
    correction_reason="",
):
    """Save the trainer's review of `version` as draft or release it.

    `review_revision` is the version's counter as the trainer's form read
    it; if anyone saved a review of this version since, nothing is written
    and EditConflict is raised. Releasing sets the submission's status and
    mails the participant. A correction (`corrects` = the released review
    it replaces) needs a reason and is released at once.
    """
    from .tasks import notify_review_released_task

    with transaction.atomic():
        version = SubmissionVersion.objects.select_for_update().get(pk=version.pk)
        submission = Submission.objects.select_for_update().get(
            pk=version.submission_id
        )
        if version.is_draft:
            raise NotEditable(_("Diese Fassung ist noch nicht eingereicht."))
        if version.review_revision != review_revision:
            raise EditConflict(
                _(
                    "Inzwischen hat jemand anderes eine Bewertung dieser Fassung "
                    "gespeichert. Ihre Eingaben wurden nicht übernommen; unten "
                    "sehen Sie den aktuellen Stand."
                )
            )
        if version.number != latest_handed_in(submission).number:
            raise NotEditable(
                _("Es gibt eine neuere Fassung; bewertet wird nur die neueste.")
            )
        scores = rubric_scores(page, points)
        problems = review_problems(page, submission, version, scores, decision, release)
        if corrects is not None:
            if corrects.version_id != version.pk or not corrects.is_released:
                raise NotEditable(_("Korrigiert werden nur freigegebene Bewertungen."))
            if not correction_reason.strip():
                problems.append(_("Bitte begründen Sie die Korrektur."))
        elif effective_review(version) is not None:
            raise NotEditable(
                _(
                    "Diese Fassung ist bereits bewertet. Eine Änderung ist nur als "
                    "begründete Korrektur möglich."
                )
            )
        if problems:
            raise SubmissionRefused(" ".join(problems))
        review = draft_review(version) or Review(version=version)
        review.reviewer = reviewer
        review.scores = scores
        review.section_comments = {
            key: text for key, text in section_comments.items() if text.strip()
        }
        review.feedback = feedback
        review.decision = decision
        review.pass_points = page.pass_points
        review.corrects = corrects
        review.correction_reason = correction_reason
        now = timezone.now()
        if release:
            review.released_at = now
        review.save()
        version.review_revision += 1
        version.save(update_fields=["review_revision"])
        if release:
            submission.status = _status_after(decision)
            action = (
                GradingEvent.Action.REVIEW_CORRECTED
                if corrects
                else GradingEvent.Action.REVIEW_RELEASED
            )
            detail = _(
                "Fassung %(number)s: %(decision)s, %(points)s/%(max)s Punkte"
            ) % {
                "number": version.number,
                "decision": review.get_decision_display(),
                "points": review.total_points,
                "max": review.max_points,
            }
            if corrects:
                detail = f"{detail} – {correction_reason}"
            notify_review_released_task.delay_on_commit(review.pk)
        else:
            submission.status = Submission.Status.IN_REVIEW
            action = GradingEvent.Action.REVIEW_SAVED
            detail = _("Fassung %(number)s") % {"number": version.number}
        submission.save(update_fields=["status"])
        GradingEvent.objects.create(
            enrolment_id=submission.enrolment_id,
            page=page,
            actor=reviewer,
            action=action,
            detail=detail[:500],
        )
    return review


def _create_logged(model, *, action, actor, detail, **fields):
    """Create a project record and its audit-trail entry together."""
    with transaction.atomic():
        record = model.objects.create(**fields)
        GradingEvent.objects.create(
            enrolment=record.enrolment,
            page=record.page,
            actor=actor,
            action=action,
            detail=detail,
        )
    return record


def grant_extension(*, enrolment, page, due_at, reason, granted_by):
    return _create_logged(
        DueDateExtension,
        action=GradingEvent.Action.EXTENSION,
        actor=granted_by,
        detail=_("bis %(due)s: %(reason)s")
        % {
            "due": timezone.localtime(due_at).strftime("%d.%m.%Y %H:%M"),
            "reason": reason,
        },
        enrolment=enrolment,
        page=page,
        due_at=due_at,
        reason=reason,
        granted_by=granted_by,
    )


def log_mentoring(
    *, enrolment, page, author, held_on, duration_minutes, notes, visible
):
    return _create_logged(
        MentoringNote,
        action=GradingEvent.Action.MENTORING,
        actor=author,
        detail=_("%(date)s, %(minutes)s Minuten%(visibility)s")
        % {
            "date": held_on.strftime("%d.%m.%Y"),
            "minutes": duration_minutes,
            "visibility": "" if visible else _(", intern"),
        },
        enrolment=enrolment,
        page=page,
        author=author,
        held_on=held_on,
        duration_minutes=duration_minutes,
        notes=notes,
        visible_to_participant=visible,
    )


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
