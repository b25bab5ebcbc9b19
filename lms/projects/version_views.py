"""Reading a project: a handed-in version for its owner, and the downloads
of attachments and version PDFs, which the graders use as well. Who may
read what is `policies.may_read_version`.
"""

import logging

from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django_ratelimit.core import is_ratelimited

from cms.core import downloads
from lms.learning.views import own_activity
from modules.file_types import FILE_TYPES
from modules.models import AssignmentPage

from . import pdf, selectors
from .models import Attachment, SubmissionVersion
from .pdf import ProjectPdfError
from .policies import may_read_version
from .services import store_version_pdf
from .uploads import safe_display_name

logger = logging.getLogger(__name__)

DRAFT_PDF_GROUP = "projects.draft_pdf"
DRAFT_PDF_RATE = "6/m"
RENDER_LOCK = "projects:pdf-render:"
# Longer than the slowest render: a worker killed mid-render frees the
# person's slot after this.
RENDER_LOCK_SECONDS = 120


def with_comments(version):
    """Attach to each released review its section comments in section order."""
    for review in version.released:
        review.comment_list = [
            {"title": section.get("title", ""), "text": text}
            for section in version.sections
            if (text := review.section_comments.get(section.get("id")))
        ]
    return version


def attachment_list(version):
    """The version's attachments, each with the label of its file type."""
    attachments = list(version.attachments.all())
    for attachment in attachments:
        file_type = FILE_TYPES.get(attachment.file_type)
        attachment.type_label = file_type.label if file_type else attachment.file_type
    return attachments


@login_required
@never_cache
def version_detail(request, page_id, number):
    """A handed-in version of the participant's own project, read-only."""
    page, enrolment = own_activity(request, page_id, AssignmentPage)
    submission = selectors.get_submission(enrolment, page)
    if submission is None:
        raise Http404
    version = with_comments(
        get_object_or_404(selectors.handed_in_versions(submission), number=number)
    )
    return TemplateResponse(
        request,
        "lms/assignment/version.html",
        {
            **selectors.project_context(version),
            "assignment": page,
            "version": version,
            "attachments": attachment_list(version),
        },
    )


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
    if attachment is None or not may_read_version(request.user, attachment.version):
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
    """A version as PDF: the owner (drafts too) and, once handed in, the graders.

    A handed-in version's PDF is rendered once (on hand-in, in the
    background) and streamed from storage after the permission check. What
    is still rendered here – a draft, or a version whose background render
    has not happened – is limited per person: one render at a time, and
    drafts at most DRAFT_PDF_RATE, so one participant cannot tie up the
    web workers.
    """
    version = get_object_or_404(
        SubmissionVersion.objects.select_related("submission__enrolment"),
        pk=version_id,
    )
    if not may_read_version(request.user, version):
        raise Http404
    filename = _("Projekt-Fassung-%(number)s.pdf") % {"number": version.number}
    if not version.is_draft and (handle := _stored_pdf(version)):
        return _pdf_file(handle, filename)
    if version.is_draft and is_ratelimited(
        request,
        group=DRAFT_PDF_GROUP,
        key="user",
        rate=DRAFT_PDF_RATE,
        increment=True,
    ):
        return _busy(request, version, retry_after=60)
    lock = f"{RENDER_LOCK}{request.user.pk}"
    if not cache.add(lock, True, RENDER_LOCK_SECONDS):
        return _busy(request, version, retry_after=10)
    try:
        if version.is_draft:
            content = pdf.render_version_pdf(version)
        else:
            store_version_pdf(version=version)
    except ProjectPdfError:
        return TemplateResponse(
            request, "lms/assignment/pdf_failed.html", {"version": version}, status=503
        )
    finally:
        cache.delete(lock)
    if version.is_draft:
        return downloads.private_bytes(
            content, filename=filename, content_type="application/pdf"
        )
    return _pdf_file(version.pdf.open("rb"), filename)


def _stored_pdf(version):
    """The stored PDF of a handed-in version, opened; None when there is none
    (yet, or its file is gone: then it is rendered again)."""
    if not version.pdf:
        return None
    try:
        return version.pdf.open("rb")
    except FileNotFoundError:
        logger.error("Version %s: PDF %s is missing.", version.pk, version.pdf.name)
        SubmissionVersion.objects.filter(pk=version.pk).update(pdf="")
        version.pdf.name = ""
        return None


def _pdf_file(handle, filename):
    return downloads.private_file(
        handle, filename=filename, content_type="application/pdf"
    )


def _busy(request, version, *, retry_after):
    """ "Bitte einen Moment …": 429 with Retry-After."""
    response = TemplateResponse(
        request,
        "lms/assignment/pdf_busy.html",
        {"version": version, "retry_after": retry_after},
        status=429,
    )
    response["Retry-After"] = str(retry_after)
    return response
