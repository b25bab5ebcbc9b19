"""The practice project: drafts, hand-ins, attachments, reviews, extensions.

Every write to a submission goes through these functions. They keep three
promises: a submitted version and its attachments never change, a released
review is never edited (a correction is a new review), and two people
saving at once never silently overwrite each other (the loser gets
`EditConflict`). Reads live in `selectors`, may-rules in `policies`.
"""

import uuid

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.core.storage import private_storage
from lms.learning.services import activity_record

from . import pdf
from .exceptions import EditConflict, NotEditable, SubmissionRefused
from .models import (
    Attachment,
    DueDateExtension,
    GradingEvent,
    MentoringNote,
    Review,
    Submission,
    SubmissionVersion,
)
from .policies import may_start_revision, review_problems, revision_due_problems
from .selectors import (
    DECIDED,
    brief_sections,
    current_draft,
    draft_review,
    effective_due_at,
    effective_review,
    latest_handed_in,
    latest_version,
    missing_for_submission,
    rubric_scores,
)

MAX_ATTACHMENTS = 20


def get_or_create_submission(enrolment, page):
    return activity_record(Submission, enrolment=enrolment, page=page)


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
        if not may_start_revision(submission, page):
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
    """Attach a checked upload (see `uploads.check_upload`) to a draft."""
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


def submit(*, version, page, user):
    """Hand in the draft. It becomes final; the trainers are mailed, the
    participant gets a receipt and its PDF is rendered once, off the
    request path."""
    from .tasks import (
        notify_submission_task,
        render_version_pdf_task,
        send_submission_receipt_task,
    )

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
        if due_at is not None and now > due_at:
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
        send_submission_receipt_task.delay_on_commit(version.pk)
        render_version_pdf_task.delay_on_commit(version.pk)
    return version


def _status_after(decision):
    return {
        Review.Decision.PASSED: Submission.Status.PASSED,
        Review.Decision.REVISION: Submission.Status.REVISION,
        Review.Decision.FAILED: Submission.Status.FAILED,
    }[decision]


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
    revision_due_at=None,
    release=False,
    corrects=None,
    correction_reason="",
):
    """Save the trainer's review of `version` as draft or release it.

    With the decision „Überarbeitung erbeten“, `revision_due_at` (optional,
    not in the past) is the due date of the revision; it is logged with the
    release.

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
        problems += revision_due_problems(decision, revision_due_at)
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
        review.revision_due_at = revision_due_at
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
            if revision_due_at is not None:
                detail = _("%(detail)s, Überarbeitung bis %(due)s") % {
                    "detail": detail,
                    "due": timezone.localtime(revision_due_at).strftime(
                        "%d.%m.%Y %H:%M"
                    ),
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


def store_version_pdf(*, version):
    """Render a handed-in version as PDF once and keep it in private storage;
    the stored file's name. A version never changes after hand-in, so its
    PDF does not either. Idempotent: a stored PDF is kept; of two renders at
    once, the first to record its file wins and the other file is deleted.
    Raises ProjectPdfError when the render fails (nothing is stored)."""
    if version.is_draft:
        raise NotEditable(_("Ein Entwurf hat kein gespeichertes PDF."))
    if version.pdf:
        return version.pdf.name
    name = private_storage.save(
        f"projekte/fassung-{version.pk}-{uuid.uuid4().hex}.pdf",
        ContentFile(pdf.render_version_pdf(version)),
    )
    if SubmissionVersion.objects.filter(pk=version.pk, pdf="").update(pdf=name):
        version.pdf.name = name
    else:
        private_storage.delete(name)
        version.refresh_from_db(fields=["pdf"])
    return version.pdf.name
