"""The participant's steps between drafts: hand in a version after a
confirmation, and start a revision once a trainer asked for one."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from cms.core import outbox

from . import selectors, services
from .exceptions import NotEditable, SubmissionRefused
from .forms import ConfirmSubmissionForm
from .tasks import notify_submission_task
from .views import own_assignment


@login_required
@require_POST
def start_revision(request, page_id):
    """After "Überarbeitung erbeten": a new draft that copies the last version."""
    page, enrolment, editable = own_assignment(request, page_id)
    if not editable:
        raise PermissionDenied
    submission = selectors.get_submission(enrolment, page)
    current = selectors.current_draft(submission) if submission else None
    if current is not None:
        messages.info(
            request,
            _("Sie bearbeiten bereits Fassung %(number)s.")
            % {"number": current.number},
        )
        return redirect("assignment_workspace", page_id=page.pk)
    _report_revision(request, services.open_draft(enrolment=enrolment, page=page))
    return redirect("assignment_workspace", page_id=page.pk)


def _report_revision(request, draft):
    if draft is None:
        messages.info(request, _("Eine Überarbeitung ist derzeit nicht möglich."))
        return
    messages.success(
        request,
        _(
            "Fassung %(number)s ist angelegt. Sie enthält alles aus der "
            "vorigen Fassung; die vorige Fassung bleibt unverändert."
        )
        % {"number": draft.number},
    )


def _summary(page, version):
    sections = selectors.sections_for_editing(page, version)
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
        services.submit(version=version, page=page, user=request.user)
    except NotEditable as error:
        messages.info(request, str(error))
        return redirect("assignment_workspace", page_id=page.pk)
    except SubmissionRefused as error:
        messages.error(request, str(error))
        return redirect("assignment_submit", page_id=page.pk)
    if outbox.is_waiting(notify_submission_task, version.pk):
        notice = _(
            "Fassung %(number)s ist eingereicht. Ihre Trainerinnen und Trainer "
            "werden benachrichtigt, sobald der Hintergrunddienst erreichbar ist."
        )
    else:
        notice = _(
            "Fassung %(number)s ist eingereicht. Ihre Trainerinnen und Trainer "
            "werden benachrichtigt."
        )
    messages.success(request, notice % {"number": version.number})
    return redirect("assignment_workspace", page_id=page.pk)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
@never_cache
def confirm_submission(request, page_id):
    """What will be handed in, what is missing, and the binding hand-in."""
    page, enrolment, editable = own_assignment(request, page_id)
    if not editable:
        raise PermissionDenied
    submission = selectors.get_submission(enrolment, page)
    form = ConfirmSubmissionForm(request.POST if request.method == "POST" else None)
    if form.is_valid() and submission is not None:
        return _hand_in(request, page, submission, form.cleaned_data["version"])
    draft = selectors.current_draft(submission) if submission else None
    if draft is None:
        messages.info(
            request, _("Es gibt keinen Entwurf, der eingereicht werden kann.")
        )
        return redirect("assignment_workspace", page_id=page.pk)
    if not form.is_bound:
        form = ConfirmSubmissionForm(initial={"version": draft.number})
    return _render_confirmation(request, page, enrolment, draft, form)


def _render_confirmation(request, page, enrolment, draft, form):
    return TemplateResponse(
        request,
        "lms/assignment/confirm.html",
        {
            "assignment": page,
            "draft": draft,
            "form": form,
            "summary": _summary(page, draft),
            "missing": selectors.missing_for_submission(page, draft),
            "due_at": selectors.effective_due_at(enrolment, page),
        },
    )
