"""Digital credentials: every issued document as an Open Badges 3.0
`OpenBadgeCredential` (W3C Verifiable Credentials Data Model 2.0), secured
as a VC-JWT (VC-JOSE-COSE: compact JWS, `alg` EdDSA, `typ` vc+jwt), and the
Bitstring Status List credential that says which ones are revoked.

The content comes from the certificate's snapshot, i.e. what was certified.
The holder's e-mail address appears only as a salted SHA-256 hash.
"""

import datetime
import gzip
import hashlib
import json
import secrets
import uuid

import jwt
from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from . import keys
from .models import Certificate

CONTEXTS = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
JWS_TYPE = "vc+jwt"
JWS_CONTENT_TYPE = "vc"
MEDIA_TYPE = "application/vc+jwt"
STATUS_LIST_ID = "1"
STATUS_LIST_BITS = 131_072  # 16 KiB, the minimum the specification asks for
STATUS_PURPOSE = "revocation"
INVALID = (Certificate.Status.REVOKED, Certificate.Status.REPLACED)


def status_list_url():
    return settings.SITE_URL + reverse("credential_status_list", args=[STATUS_LIST_ID])


def _datetime(day):
    """Midnight of an ISO date in the site's time zone, as xsd:dateTimeStamp."""
    midnight = datetime.datetime.combine(
        datetime.date.fromisoformat(day), datetime.time()
    )
    return timezone.make_aware(midnight).isoformat()


def _issuer(snapshot):
    return {
        "id": keys.issuer_did(),
        "type": ["Profile"],
        "name": snapshot["issuer"],
        "url": settings.SITE_URL + "/",
    }


def _identifiers(snapshot, email):
    """The holder: the name in plain text, the e-mail address hashed."""
    name = {
        "type": "IdentityObject",
        "identityHash": snapshot["holder"]["name"],
        "identityType": "name",
        "hashed": False,
    }
    if not email:
        return [name]
    salt = secrets.token_hex(16)
    digest = hashlib.sha256((email.strip().lower() + salt).encode()).hexdigest()
    hashed = {
        "type": "IdentityObject",
        "identityHash": f"sha256${digest}",
        "identityType": "emailAddress",
        "hashed": True,
        "salt": salt,
    }
    return [name, hashed]


def _module_line(module):
    units = module.get("units_credited") or module["units"]
    return f"- Modul {module['number']}: {module['title']} ({units} UE)"


def _narrative(snapshot):
    """The criteria as met, in German Markdown: text, modules, units, project."""
    lines = [f"{snapshot['holder']['name']} {snapshot['text']}", ""]
    lines += [_module_line(module) for module in snapshot["modules"]]
    lines += ["", f"Unterrichtseinheiten insgesamt: {snapshot['units_total']} UE"]
    if snapshot.get("project_title"):
        lines.append(
            "Praxisprojekt nach den Beccaria-Standards: "
            f"„{snapshot['project_title']}“ – mit Erfolg abgeschlossen."
        )
    return "\n".join(lines)


def _achievement(snapshot):
    programme = snapshot["programme"]
    if snapshot["kind"] == Certificate.Kind.CERTIFICATE:
        name, kind = programme["qualification"], "Certificate"
        description = f"Abschluss des Qualifizierungsprogramms „{programme['title']}“."
    else:
        module = snapshot["modules"][0]
        name = f"Modul {module['number']}: {module['title']}"
        kind = "CertificateOfCompletion"
        description = (
            f"Teilnahme an einem Modul des Qualifizierungsprogramms "
            f"„{programme['qualification']}“."
        )
    key = f"{settings.SITE_URL}/achievement/{snapshot['kind']}/{name}"
    return {
        "id": uuid.uuid5(uuid.NAMESPACE_URL, key).urn,
        "type": ["Achievement"],
        "achievementType": kind,
        "name": name,
        "description": description,
        "criteria": {"narrative": _narrative(snapshot)},
        "inLanguage": "de",
    }


def build(certificate, *, email):
    """The unsigned OpenBadgeCredential of `certificate` (with its index)."""
    snapshot = certificate.snapshot
    url = status_list_url()
    return {
        "@context": CONTEXTS,
        "id": f"urn:uuid:{uuid.uuid4()}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": f"{snapshot['heading']} – {_achievement(snapshot)['name']}",
        "issuer": _issuer(snapshot),
        "validFrom": _datetime(snapshot["issued_on"]),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": _identifiers(snapshot, email),
            "activityStartDate": _datetime(snapshot["cohort"]["start"]),
            "activityEndDate": _datetime(snapshot["cohort"]["end"]),
            "achievement": _achievement(snapshot),
        },
        "credentialStatus": {
            "id": f"{url}#{certificate.status_index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": STATUS_PURPOSE,
            "statusListIndex": str(certificate.status_index),
            "statusListCredential": url,
        },
    }


def sign(payload):
    """`payload` as a compact JWS signed with the current key."""
    private_key, stored = keys.current_key()
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return jwt.PyJWS().encode(
        body.encode(),
        private_key,
        algorithm="EdDSA",
        headers={
            "kid": keys.method_id(stored.kid),
            "typ": JWS_TYPE,
            "cty": JWS_CONTENT_TYPE,
        },
    )


def _assign_index(certificate):
    """A random free position in the status list (herd privacy); never
    replaces one the certificate has."""
    while certificate.status_index is None:
        index = secrets.randbelow(STATUS_LIST_BITS)
        try:
            with transaction.atomic():
                Certificate.objects.filter(
                    pk=certificate.pk, status_index__isnull=True
                ).update(status_index=index)
        except IntegrityError:
            continue
        certificate.refresh_from_db(fields=["status_index"])


def attach(certificate):
    """Build, sign and store the credential of an issued certificate (once).
    Two requests at once (a double click on the holder's download) wait for
    each other on the row, so there is one credential with one status
    position, the one revocation sets. Raises keys.SigningKeyError when no
    key can sign."""
    if certificate.credential:
        return certificate.credential
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if not locked.credential:
            _assign_index(locked)
            email = locked.enrolment.user.email
            locked.credential = sign(build(locked, email=email))
            locked.save(update_fields=["credential"])
    certificate.status_index = locked.status_index
    certificate.credential = locked.credential
    return certificate.credential


def revoked_indexes():
    return set(
        Certificate.objects.filter(
            status__in=INVALID, status_index__isnull=False
        ).values_list("status_index", flat=True)
    )


def encode_bits(indexes):
    """GZIP-compressed bitstring, base64url with the multibase prefix `u`.
    Bit 0 is the most significant bit of the first byte."""
    bits = bytearray(STATUS_LIST_BITS // 8)
    for index in indexes:
        bits[index // 8] |= 0x80 >> (index % 8)
    return "u" + keys.b64url(gzip.compress(bytes(bits), mtime=0))


def status_list_credential():
    """The signed BitstringStatusListCredential, as of now."""
    url = status_list_url()
    return sign(
        {
            "@context": [CONTEXTS[0]],
            "id": url,
            "type": ["VerifiableCredential", "BitstringStatusListCredential"],
            "issuer": keys.issuer_did(),
            "validFrom": timezone.now().replace(microsecond=0).isoformat(),
            "credentialSubject": {
                "id": f"{url}#list",
                "type": "BitstringStatusList",
                "statusPurpose": STATUS_PURPOSE,
                "encodedList": encode_bits(revoked_indexes()),
            },
        }
    )
