"""The public parts of the digital credentials: the issuer's DID document
(/.well-known/did.json) and the signed status list; and the holder's
download of their credential (/lernen/zertifikate/<pk>/nachweis/)."""

import json
import logging

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.views.decorators.http import require_safe

from cms.core import downloads

from . import credentials, keys
from .models import Certificate
from .services import attach_credential
from .views import holder_page, own_certificate

logger = logging.getLogger(__name__)

# Verifiers in a browser (wallets, other sites) may read these documents.
OPEN_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Cache-Control": "public, max-age=300",
    "X-Content-Type-Options": "nosniff",
}


def _open(response):
    for header, value in OPEN_HEADERS.items():
        response[header] = value
    return response


@require_safe
def did_document(request):
    """The did:web document with every public key, current and retired."""
    try:
        keys.current_key()
    except keys.SigningKeyError:
        logger.warning("No signing key configured; the DID document lists old keys.")
    body = json.dumps(keys.did_document(), ensure_ascii=False, indent=2)
    return _open(HttpResponse(body, content_type="application/did+json"))


@require_safe
def status_list(request, list_id):
    """The BitstringStatusListCredential as a VC-JWT, signed now."""
    if list_id != credentials.STATUS_LIST_ID:
        raise Http404
    try:
        token = credentials.status_list_credential()
    except keys.SigningKeyError:
        logger.exception("The status list cannot be signed.")
        return HttpResponse(status=503)
    return _open(HttpResponse(token, content_type=credentials.MEDIA_TYPE))


@login_required
@require_safe
def holder_credential(request, pk):
    """The holder's credential as `<number>.jwt`, only while it is valid;
    built now for documents issued before credentials existed."""
    certificate = own_certificate(request, pk)
    if certificate.status != Certificate.Status.ISSUED:
        return holder_page(request, certificate, status=404, unavailable=True)
    token = attach_credential(certificate)
    if token is None:
        return holder_page(request, certificate, status=503, unavailable=True)
    return downloads.private_bytes(
        token, filename=f"{certificate.number}.jwt", content_type=credentials.MEDIA_TYPE
    )
