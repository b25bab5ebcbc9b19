"""The participant's project workspace under /lernen/projekt/.

Write the draft, attach files and read the released reviews; handing in
and starting a revision are in `submission_views`, the downloads of
attachments and project PDFs in `version_views`. Every write goes through
`lms.projects.services`.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from lms.learning.models import Enrolment
from lms.learning.views import own_activity
from modules.file_types import FILE_TYPES
from modules.models import AssignmentPage

from . import recovery, selectors, services
from .exceptions import EditConflict, NotEditable
from .forms import DraftForms
from .limits import characters
from .models import MentoringNote
from .policies import may_start_revision
from .uploads import check_upload, format_megabytes
from .version_views import attachment_list, with_comments


def own_assignment(request, page_id):
    """The assignment, the participant's enrolment and whether they may edit
    (a completed enrolment reads only); 404/403 otherwise."""
    page, enrolment = own_activity(request, page_id, AssignmentPage)
    return page, enrolment, enrolment.status == Enrolment.Status.ACTIVE


def _editable_draft(enrolment, page):
    """The draft to write in; the first one is created on the first visit."""
    submission = selectors.get_submission(enrolment, page)
    if submission is None:
        return services.open_draft(enrolment=enrolment, page=page)
    return selectors.current_draft(submission)


def _upload_help(page):
    return {
        "accept": ",".join(
            f".{extension}"
            for key in page.allowed_file_types
            for extension in FILE_TYPES[key].extensions
        ),
        "labels": ", ".join(FILE_TYPES[key].label for key in page.allowed_file_types),
        "max_size": format_megabytes(page.max_file_bytes),
        "max_count": services.MAX_ATTACHMENTS,
    }


def _section_fields(page, editor, request=None):
    """Each section's field with its part of the brief and, in a revision,
    the trainer's note on it; the text area names the note, the length hint,
    a stored text's excess length and the error as its description."""
    blocks = {block.id: block.value for block in page.sections}
    notes = request.section_comments if request is not None else {}
    items = []
    for section in editor.form.sections:
        field = editor.form[editor.form.section_field(section)]
        note = notes.get(section["id"], "")
        too_long = not field.errors and len(section["text"]) > field.field.limit
        described = [
            f"{field.auto_id}_{part}"
            for part, shown in (
                ("note", note),
                ("helptext", True),
                ("too_long", too_long),
                ("error", field.errors),
            )
            if shown
        ]
        field.field.widget.attrs["aria-describedby"] = " ".join(described)
        items.append(
            {
                "field": field,
                "brief": blocks.get(section["id"]),
                "note": note,
                "too_long": too_long,
                "stored_length": characters(len(section["text"])),
            }
        )
    return items


def _due_context(enrolment, page):
    due = selectors.participant_due_date(enrolment, page)
    return {"due_at": due.at, "extended": due.extended}


def _revision_context(page, submission, editable, draft):
    context = {}
    if submission is not None:
        context["resubmissions_left"] = selectors.resubmissions_left(submission, page)
        context["can_revise"] = (
            editable and draft is None and may_start_revision(submission, page)
        )
    # A revision may be handed in whenever it is ready (see `submit`).
    context["revising"] = (draft is not None and draft.number > 1) or context.get(
        "can_revise", False
    )
    return context


def _editor_context(page, editor, draft):
    request = selectors.revision_request(draft)
    return {
        "sections": _section_fields(page, editor, request),
        "revision_request": request,
        "attachments": attachment_list(draft),
        "upload": _upload_help(page),
    }


def _render_workspace(request, page, enrolment, editable, draft, editor=None, **extra):
    submission = selectors.get_submission(enrolment, page)
    if draft is not None and editor is None:
        editor = DraftForms(
            sections=selectors.sections_for_editing(page, draft), version=draft
        )
    versions = selectors.handed_in_versions(submission) if submission else []
    context = {
        "assignment": page,
        "submission": submission,
        "editable": editable,
        "draft": draft,
        "editor": editor,
        **_due_context(enrolment, page),
        "versions": [with_comments(version) for version in versions],
        "mentoring_notes": MentoringNote.objects.filter(
            enrolment=enrolment, page=page, visible_to_participant=True
        ),
        **extra,
        **_revision_context(page, submission, editable, draft),
    }
    if editor is not None:
        context.update(_editor_context(page, editor, draft))
        context["owner_token"] = recovery.owner_token(request.user, page)
    return TemplateResponse(request, "lms/assignment/workspace.html", context)


def login_required_keeping_draft(view):
    """`login_required` that keeps a draft posted without a session: the
    text waits in the session for the login (see `recovery`)."""

    @wraps(view)
    def wrapped(request, page_id):
        if request.user.is_authenticated:
            return view(request, page_id)
        if request.method == "POST":
            recovery.keep(request, page_id)
        return redirect_to_login(request.get_full_path())

    return wrapped


@login_required_keeping_draft
@require_http_methods(["GET", "HEAD", "POST"])
@never_cache
def workspace(request, page_id):
    """/lernen/projekt/<id>/: status, reviews, mentoring notes and the draft."""
    page, enrolment, editable = own_assignment(request, page_id)
    draft = _editable_draft(enrolment, page) if editable else None
    if request.method != "POST":
        return _show_workspace(request, page, enrolment, editable, draft)
    if not editable:
        raise PermissionDenied
    if request.POST.get("action") == "discard_restored":
        recovery.forget(request)
        return redirect("assignment_workspace", page_id=page.pk)
    return _save(request, page, enrolment, draft)


def _show_workspace(request, page, enrolment, editable, draft):
    """The workspace; text kept from a save without a session fills the
    form, unsaved, until the participant saves or discards it."""
    kept = recovery.kept(request, page) if draft is not None else None
    if kept is None:
        return _render_workspace(request, page, enrolment, editable, draft)
    data, file_dropped = kept
    editor = DraftForms(
        sections=selectors.sections_for_editing(page, draft), version=draft, data=data
    )
    return _render_workspace(
        request,
        page,
        enrolment,
        editable,
        draft,
        editor,
        restored=True,
        upload_error=_file_not_kept() if file_dropped else None,
    )


def _save(request, page, enrolment, draft):
    """Save the text, then remove or attach a file; the text always first."""
    if draft is None:
        return _show_unsaved(request, page, enrolment)
    sections = selectors.sections_for_editing(page, draft)
    editor = DraftForms(sections=sections, version=draft, data=request.POST)
    dropped = _dropped_upload(request)
    if not editor.is_valid():
        return _render_workspace(
            request, page, enrolment, True, draft, editor, upload_error=dropped
        )
    try:
        draft = _save_text(draft, editor)
    except EditConflict as error:
        return _show_conflict(request, page, enrolment, draft, editor, error, dropped)
    except NotEditable:
        return _show_unsaved(request, page, enrolment)
    return _after_save(request, page, enrolment, draft)


def _show_conflict(request, page, enrolment, draft, editor, error, dropped):
    """The form shows what is stored now, the input stands above it
    read-only: the next save can overwrite neither window's text."""
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


def _after_save(request, page, enrolment, draft):
    """The text is saved: remove or attach a file, then go on."""
    recovery.forget(request)
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
    return _file_not_kept()


def _file_not_kept():
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
    return services.save_draft(
        version=draft, revision=editor.revision, **editor.content()
    )


def _show_unsaved(request, page, enrolment):
    """The version was handed in meanwhile: show the posted input so that
    nothing typed is lost, and change nothing."""
    version = selectors.latest_version(selectors.get_submission(enrolment, page))
    posted = DraftForms(
        sections=selectors.sections_for_editing(page, version),
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
        services.remove_attachment(attachment=attachment)
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
        services.add_attachment(version=draft, upload=upload, checked=checked)
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
