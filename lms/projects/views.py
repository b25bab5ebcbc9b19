"""The participant's project workspace under /lernen/projekt/.

Write the draft, attach files, hand in, read the released reviews; and the
downloads of attachments and project PDFs, which trainers use as well.
Every write goes through `lms.assignments`.
"""

import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from cms.core import downloads
from lms.learning.models import Enrolment
from lms.learning.policies import may_grade
from lms.learning.views import own_activity
from lms.projects import services as assignments
from modules.file_types import FILE_TYPES
from modules.models import AssignmentPage

from .forms import ConfirmSubmissionForm, DraftForms
from .models import Attachment, MentoringNote, SubmissionVersion
from .pdf import ProjectPdfError, render_version_pdf
from .services import EditConflict, NotEditable, SubmissionRefused, project_context
from .uploads import check_upload, format_megabytes, safe_display_name

logger = logging.getLogger(__name__)


def _own_assignment(request, page_id):
    """The assignment, the participant's enrolment and whether they may edit
    (a completed enrolment reads only); 404/403 otherwise."""
    page, enrolment = own_activity(request, page_id, AssignmentPage)
    return page, enrolment, enrolment.status == Enrolment.Status.ACTIVE


def _editable_draft(enrolment, page):
    """The draft to write in; the first one is created on the first visit."""
    submission = assignments.get_submission(enrolment, page)
    if submission is None:
        return assignments.open_draft(enrolment=enrolment, page=page)
    return assignments.current_draft(submission)


def _with_comments(version):
    """Attach to each released review its section comments in section order."""
    for review in version.released:
        review.comment_list = [
            {"title": section.get("title", ""), "text": text}
            for section in version.sections
            if (text := review.section_comments.get(section.get("id")))
        ]
    return version


def _attachments(version):
    attachments = list(version.attachments.all())
    for attachment in attachments:
        file_type = FILE_TYPES.get(attachment.file_type)
        attachment.type_label = file_type.label if file_type else attachment.file_type
    return attachments


def _upload_help(page):
    return {
        "accept": ",".join(
            f".{extension}"
            for key in page.allowed_file_types
            for extension in FILE_TYPES[key].extensions
        ),
        "labels": ", ".join(FILE_TYPES[key].label for key in page.allowed_file_types),
        "max_size": format_megabytes(page.max_file_bytes),
        "max_count": assignments.MAX_ATTACHMENTS,
    }


def _section_fields(page, editor):
    blocks = {block.id: block.value for block in page.sections}
    return [
        {
            "field": editor.form[editor.form.section_field(section)],
            "brief": blocks.get(section["id"]),
        }
        for section in editor.form.sections
    ]


def _render_workspace(request, page, enrolment, editable, draft, editor=None, **extra):
    submission = assignments.get_submission(enrolment, page)
    if draft is not None and editor is None:
        editor = DraftForms(
            sections=assignments.sections_for_editing(page, draft), version=draft
        )
    due_at = assignments.effective_due_at(enrolment, page)
    context = {
        "assignment": page,
        "submission": submission,
        "editable": editable,
        "draft": draft,
        "editor": editor,
        "due_at": due_at,
        "extended": due_at is not None
        and due_at != assignments.base_due_at(enrolment.cohort, page),
        "versions": [
            _with_comments(v) for v in assignments.handed_in_versions(submission)
        ]
        if submission
        else [],
        "mentoring_notes": MentoringNote.objects.filter(
            enrolment=enrolment, page=page, visible_to_participant=True
        ),
        **extra,
    }
    if submission is not None:
        context["resubmissions_left"] = assignments.resubmissions_left(submission, page)
        context["can_revise"] = (
            editable
            and draft is None
            and submission.status == submission.Status.REVISION
            and context["resubmissions_left"] > 0
        )
    # A revision may be handed in whenever it is ready (see `submit`).
    context["revising"] = (draft is not None and draft.number > 1) or context.get(
        "can_revise", False
    )
    if editor is not None:
        context["sections"] = _section_fields(page, editor)
        context["attachments"] = _attachments(draft)
        context["upload"] = _upload_help(page)
    return TemplateResponse(request, "lms/assignment/workspace.html", context)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
@never_cache
def workspace(request, page_id):
    """/lernen/projekt/<id>/: status, reviews, mentoring notes and the draft."""
    page, enrolment, editable = _own_assignment(request, page_id)
    draft = _editable_draft(enrolment, page) if editable else None
    if request.method != "POST":
        return _render_workspace(request, page, enrolment, editable, draft)
    if not editable:
        raise PermissionDenied
    return _save(request, page, enrolment, draft)


def _save(request, page, enrolment, draft):
    """Save the text, then remove or attach a file; the text always first."""
    if draft is None:
        return _show_unsaved(request, page, enrolment)
    sections = assignments.sections_for_editing(page, draft)
    editor = DraftForms(sections=sections, version=draft, data=request.POST)
    dropped = _dropped_upload(request)
    if not editor.is_valid():
        return _render_workspace(
            request, page, enrolment, True, draft, editor, upload_error=dropped
        )
    try:
        draft = _save_text(draft, editor)
    except EditConflict as error:
        # The form shows what is stored now, the input stands above it
        # read-only: the next save can overwrite neither window's text.
        reason = "conflict" if editor.version_number == draft.number else "new_version"
        draft.refresh_from_db()
        return _render_workspace(
            request,
            page,
            enrolment,
            True,
            draft,
            conflict=str(error),
            unsaved={"reason": reason, **editor.typed()},
            upload_error=dropped,
        )
    except NotEditable:
        return _show_unsaved(request, page, enrolment)
    messages.success(request, _("Ihr Entwurf ist gespeichert."))
    _remove_attachment(request, draft)
    upload_error = _attach_upload(request, page, draft)
    if upload_error:
        return _render_workspace(
            request, page, enrolment, True, draft, upload_error=upload_error
        )
    if request.POST.get("action") == "submit":
        return redirect("assignment_submit", page_id=page.pk)
    return redirect("assignment_workspace", page_id=page.pk)


def _dropped_upload(request):
    """The file field's error when the text was not saved: the browser does
    not keep a chosen file."""
    if not request.FILES.get("file"):
        return None
    return _(
        "Die ausgewählte Datei wurde nicht hochgeladen. Bitte wählen Sie sie "
        "beim nächsten Speichern noch einmal aus."
    )


def _save_text(draft, editor):
    """Store the editor's content in `draft`, unless it was written for
    another version or an older revision (EditConflict)."""
    if editor.version_number != draft.number:
        raise EditConflict(
            _(
                "Inzwischen gibt es eine neue Fassung Ihres Projekts. Ihre "
                "Eingaben sind unten noch einmal zu sehen; bitte übernehmen Sie "
                "sie in die neue Fassung."
            )
        )
    return assignments.save_draft(
        version=draft, revision=editor.revision, **editor.content()
    )


def _show_unsaved(request, page, enrolment):
    """The version was handed in meanwhile: show the posted input so that
    nothing typed is lost, and change nothing."""
    version = assignments.latest_version(assignments.get_submission(enrolment, page))
    posted = DraftForms(
        sections=assignments.sections_for_editing(page, version),
        version=version,
        data=request.POST,
    )
    return _render_workspace(
        request,
        page,
        enrolment,
        True,
        _editable_draft(enrolment, page),
        unsaved={"reason": "handed_in", **posted.typed()},
    )


def _remove_attachment(request, draft):
    key = request.POST.get("remove")
    if not key:
        return
    try:
        attachment = draft.attachments.filter(key=key).first()
    except ValidationError:
        attachment = None
    if attachment is None:
        return
    try:
        assignments.remove_attachment(attachment=attachment)
    except NotEditable as error:
        messages.error(request, str(error))
        return
    messages.success(
        request,
        _("Die Datei „%(name)s“ wurde entfernt.") % {"name": attachment.name},
    )


def _attach_upload(request, page, draft):
    """Attach the posted file, if any; the error to show when it was refused."""
    upload = request.FILES.get("file")
    if upload is None:
        return None
    try:
        checked = check_upload(
            upload,
            allowed_types=page.allowed_file_types,
            max_bytes=page.max_file_bytes,
        )
        assignments.add_attachment(version=draft, upload=upload, checked=checked)
    except ValidationError as error:
        reason = " ".join(error.messages)
    except NotEditable as error:
        reason = str(error)
    else:
        messages.success(
            request, _("Die Datei „%(name)s“ ist angehängt.") % {"name": checked.name}
        )
        return None
    # The checker's reasons name the file already.
    return _(
        "Ihr Text ist gespeichert. Die Datei wurde nicht übernommen: %(reason)s"
    ) % {"reason": reason}


@login_required
@require_POST
def start_revision(request, page_id):
    """After "Überarbeitung erbeten": a new draft that copies the last version."""
    page, enrolment, editable = _own_assignment(request, page_id)
    if not editable:
        raise PermissionDenied
    submission = assignments.get_submission(enrolment, page)
    current = assignments.current_draft(submission) if submission else None
    if current is not None:
        messages.info(
            request,
            _("Sie bearbeiten bereits Fassung %(number)s.")
            % {"number": current.number},
        )
        return redirect("assignment_workspace", page_id=page.pk)
    draft = assignments.open_draft(enrolment=enrolment, page=page)
    if draft is None:
        messages.info(request, _("Eine Überarbeitung ist derzeit nicht möglich."))
    else:
        messages.success(
            request,
            _(
                "Fassung %(number)s ist angelegt. Sie enthält alles aus der "
                "vorigen Fassung; die vorige Fassung bleibt unverändert."
            )
            % {"number": draft.number},
        )
    return redirect("assignment_workspace", page_id=page.pk)


def _summary(page, version):
    sections = assignments.sections_for_editing(page, version)
    return {
        "sections": [
            {"title": s["title"], "filled": bool(s["text"].strip())} for s in sections
        ],
        "goals": len(version.goals),
        "measures": len(version.measures),
        "planning": len(version.planning),
        "attachments": version.attachments.count(),
    }


def _hand_in(request, page, submission, number):
    """Submit version `number`; sent twice, the second time only informs."""
    version = get_object_or_404(submission.versions, number=number)
    try:
        assignments.submit(version=version, page=page, user=request.user)
    except NotEditable as error:
        messages.info(request, str(error))
        return redirect("assignment_workspace", page_id=page.pk)
    except SubmissionRefused as error:
        messages.error(request, str(error))
        return redirect("assignment_submit", page_id=page.pk)
    messages.success(
        request,
        _(
            "Fassung %(number)s ist eingereicht. Ihre Trainerinnen und Trainer "
            "werden benachrichtigt."
        )
        % {"number": version.number},
    )
    return redirect("assignment_workspace", page_id=page.pk)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
@never_cache
def confirm_submission(request, page_id):
    """What will be handed in, what is missing, and the binding hand-in."""
    page, enrolment, editable = _own_assignment(request, page_id)
    if not editable:
        raise PermissionDenied
    submission = assignments.get_submission(enrolment, page)
    form = ConfirmSubmissionForm(request.POST if request.method == "POST" else None)
    if form.is_valid() and submission is not None:
        return _hand_in(request, page, submission, form.cleaned_data["version"])
    draft = assignments.current_draft(submission) if submission else None
    if draft is None:
        messages.info(
            request, _("Es gibt keinen Entwurf, der eingereicht werden kann.")
        )
        return redirect("assignment_workspace", page_id=page.pk)
    if not form.is_bound:
        form = ConfirmSubmissionForm(initial={"version": draft.number})
    return TemplateResponse(
        request,
        "lms/assignment/confirm.html",
        {
            "assignment": page,
            "draft": draft,
            "form": form,
            "summary": _summary(page, draft),
            "missing": assignments.missing_for_submission(page, draft),
            "due_at": assignments.effective_due_at(enrolment, page),
        },
    )


@login_required
@never_cache
def version_detail(request, page_id, number):
    """A handed-in version of the participant's own project, read-only."""
    page, enrolment, _editable = _own_assignment(request, page_id)
    submission = assignments.get_submission(enrolment, page)
    if submission is None:
        raise Http404
    version = _with_comments(
        get_object_or_404(assignments.handed_in_versions(submission), number=number)
    )
    return TemplateResponse(
        request,
        "lms/assignment/version.html",
        {
            **project_context(version),
            "assignment": page,
            "version": version,
            "attachments": _attachments(version),
        },
    )


def _may_read(user, version):
    """The owner always; graders only once the version is handed in."""
    enrolment = version.submission.enrolment
    if enrolment.user_id == user.pk:
        return True
    return not version.is_draft and may_grade(user, enrolment)


@login_required
def attachment_download(request, key):
    """A private attachment, for its owner and the graders; 404 for everyone
    else, so that nobody learns whether it exists. Anonymous users are sent
    to the login page whatever the key, which reveals nothing either."""
    attachment = (
        Attachment.objects.select_related("version__submission__enrolment")
        .filter(key=key)
        .first()
    )
    if attachment is None or not _may_read(request.user, attachment.version):
        raise Http404
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError:
        logger.error("Attachment %s: file %s is missing.", key, attachment.file.name)
        raise Http404 from None
    file_type = FILE_TYPES.get(attachment.file_type)
    return downloads.private_file(
        handle,
        filename=safe_display_name(attachment.name),
        content_type=file_type.mime_type if file_type else "application/octet-stream",
    )


@login_required
def version_pdf(request, version_id):
    """A version as PDF: the owner (drafts too) and, once handed in, the graders."""
    version = get_object_or_404(
        SubmissionVersion.objects.select_related("submission__enrolment"),
        pk=version_id,
    )
    if not _may_read(request.user, version):
        raise Http404
    try:
        content = render_version_pdf(version)
    except ProjectPdfError:
        return TemplateResponse(
            request, "lms/assignment/pdf_failed.html", {"version": version}, status=503
        )
    filename = _("Projekt-Fassung-%(number)s.pdf") % {"number": version.number}
    return downloads.private_bytes(
        content, filename=filename, content_type="application/pdf"
    )
