"""Public verification (/zertifikate/pruefen/) and the holder's pages
(/lernen/zertifikate/<pk>/).

Verification is read-only, keyed by the random code, and shows only what the
document itself says, without the date of birth. A certificate that is
still being rendered has no document anyone could hold yet, so the public
pages treat it like an unknown code: every miss looks the same.
"""

import logging
import secrets

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods, require_safe
from django_ratelimit.core import is_ratelimited
from django_ratelimit.decorators import ratelimit

from cms.core import downloads

from .forms import CodeForm, CredentialForm, HashingUploadHandler, UploadForm
from .models import CHECK_CODE_LENGTH, Certificate
from .seal import check_seal

logger = logging.getLogger(__name__)

CHECK_RATE = "30/m"
VERIFY_RATE = "10/m"
VERIFY_GROUP = "certificates.verify"
VERIFY_TEMPLATE = "certificates/verify.html"
BY_FILE = "datei"  # the `way` of the upload form in verify.html
BY_CREDENTIAL = "nachweis"  # the `way` of the credential form


def _rate_limited(request, template, context):
    response = TemplateResponse(request, template, {**context, "limited": True})
    response.status_code = 429
    response["Retry-After"] = "60"
    return downloads.public(response)


def _published():
    """Certificates the public may see: all but those still being rendered."""
    return Certificate.objects.exclude(status=Certificate.Status.PENDING)


def _by_number_and_code(number, code):
    """The certificate with both `number` and `code`, or None. The code is
    compared in constant time, and a miss costs the same query either way."""
    certificate = _published().filter(number=number).first()
    field = "check_code" if len(code) == CHECK_CODE_LENGTH else "code"
    stored = getattr(certificate, field) if certificate else ""
    if secrets.compare_digest(code.encode(), stored.encode()) and certificate:
        return certificate
    return None


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def verify(request):
    """Nothing may read the body before the rate limit is checked and the
    upload handler is set: uploads are hashed while they stream in and never
    stored, and a rate-limited request is not read at all. So the CSRF
    check follows here."""
    if is_ratelimited(
        request,
        group=VERIFY_GROUP,
        key="ip",
        rate=VERIFY_RATE,
        method="POST",
        increment=True,
    ):
        return _rate_limited(request, VERIFY_TEMPLATE, _empty_forms())
    handler = HashingUploadHandler(request)
    request.upload_handlers = [handler]
    return _verify(request, handler)


def _empty_forms():
    return {
        "code_form": CodeForm(),
        "upload_form": UploadForm(),
        "credential_form": CredentialForm(),
    }


@csrf_protect
def _verify(request, handler):
    context = _empty_forms()
    if request.method != "POST":
        return downloads.public(TemplateResponse(request, VERIFY_TEMPLATE, context))
    # Reading the fields parses the body, and with it runs the handler.
    way = request.POST.get("pruefung")
    if way == BY_CREDENTIAL:
        _check_credential(request, handler, context)
    elif handler.too_large or way == BY_FILE:
        _check_file(request, handler, context)
    else:
        form = context["code_form"] = CodeForm(request.POST)
        if form.is_valid():
            certificate = _by_number_and_code(**form.cleaned_data)
            if certificate is not None:
                return redirect("certificate_check", code=certificate.code)
            context["code_unknown"] = True
    return downloads.public(TemplateResponse(request, VERIFY_TEMPLATE, context))


def _check_file(request, handler, context):
    form = context["upload_form"] = UploadForm(
        request.POST, request.FILES, too_large=handler.too_large
    )
    if form.is_valid():
        upload = form.cleaned_data["file"]
        context["upload_result"] = {
            "certificate": _published().filter(sha256=upload.sha256).first(),
            "seal": check_seal(upload.content),
        }


def _check_credential(request, handler, context):
    form = context["credential_form"] = CredentialForm(
        request.POST, request.FILES, too_large=handler.too_large
    )
    if form.is_valid():
        context["credential_result"] = form.check()


@require_safe
@ratelimit(key="ip", rate=CHECK_RATE, block=False)
def check(request, code):
    """The QR code's target: valid, revoked, replaced or unknown (404)."""
    if request.limited:
        return _rate_limited(request, "certificates/check.html", {})
    certificate = _published().filter(code=code).first()
    response = TemplateResponse(
        request,
        "certificates/check.html",
        {"certificate": certificate},
        status=200 if certificate else 404,
    )
    return downloads.public(response)


def own_certificate(request, pk):
    """The user's own certificate; 404 for everyone else, staff included."""
    return get_object_or_404(
        Certificate.objects.select_related("enrolment__cohort", "replaced_by"),
        pk=pk,
        enrolment__user=request.user,
    )


def holder_page(request, certificate, *, status=200, unavailable=False):
    response = TemplateResponse(
        request,
        "certificates/detail.html",
        {"certificate": certificate, "unavailable": unavailable},
        status=status,
    )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_safe
def holder_detail(request, pk):
    """The certificate as accessible text, its status and the download."""
    return holder_page(request, own_certificate(request, pk))


@login_required
@require_safe
def holder_pdf(request, pk):
    """The PDF as `<number>.pdf`, only while the certificate is valid."""
    certificate = own_certificate(request, pk)
    if certificate.status != Certificate.Status.ISSUED or not certificate.pdf:
        return holder_page(request, certificate, status=404, unavailable=True)
    try:
        return pdf_download(certificate)
    except FileNotFoundError:
        logger.error("Certificate %s: PDF %s is missing.", pk, certificate.pdf.name)
        return holder_page(request, certificate, status=404, unavailable=True)


def pdf_download(certificate):
    """The stored PDF as `<number>.pdf`, never cached, never sniffed; for
    the holder and the office alike. Raises FileNotFoundError."""
    return downloads.private_file(
        certificate.pdf.open("rb"),
        filename=f"{certificate.number}.pdf",
        content_type="application/pdf",
    )
