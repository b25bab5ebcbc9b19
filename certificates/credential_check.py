"""Checking a digital credential (VC-JWT) with the stored public keys:
signature, issuer, status in the status list, and what it certifies.

Used by the public check page and by `manage.py verify_credential`; every
message is German and meant for the person checking.
"""

import datetime
import json
from dataclasses import dataclass, field

import jwt
from django.utils.translation import gettext as _

from . import credentials, keys
from .models import SigningKey

MAX_CREDENTIAL_BYTES = 64 * 1024


@dataclass
class CredentialCheck:
    signature: bool = False
    issuer: bool = False
    revoked: bool = False
    problem: str = ""
    content: dict = field(default_factory=dict)

    @property
    def valid(self):
        return self.signature and self.issuer and not self.revoked


def _text(data):
    try:
        return data.decode("ascii").strip()
    except UnicodeDecodeError:
        return ""


def _stored_key(header):
    """The stored key the header's `kid` names, or None."""
    prefix = keys.issuer_did() + "#"
    kid = header.get("kid", "")
    if header.get("alg") != "EdDSA" or not kid.startswith(prefix):
        return None
    return SigningKey.objects.filter(kid=kid.removeprefix(prefix)).first()


def _payload(token, stored):
    """The verified payload as a dict; raises jwt.InvalidSignatureError."""
    public_key = keys.public_key_from_jwk(stored.public_jwk)
    body = jwt.PyJWS().decode(token, key=public_key, algorithms=["EdDSA"])
    return json.loads(body)


def _holder_name(subject):
    for identity in subject.get("identifier", []):
        if identity.get("identityType") == "name" and not identity.get("hashed"):
            return identity.get("identityHash", "")
    return ""


def _content(payload):
    subject = payload.get("credentialSubject", {})
    achievement = subject.get("achievement", {})
    issued = str(payload.get("validFrom", ""))[:10]
    return {
        "name": payload.get("name", ""),
        "holder": _holder_name(subject),
        "achievement": achievement.get("name", ""),
        "narrative": achievement.get("criteria", {}).get("narrative", ""),
        "issuer": payload.get("issuer", {}).get("name", ""),
        "issued_on": datetime.date.fromisoformat(issued) if issued else None,
    }


def _is_revoked(payload):
    """True when the status list sets the credential's bit; a credential
    without our status entry counts as revoked, since nobody could tell."""
    status = payload.get("credentialStatus", {})
    if status.get("statusListCredential") != credentials.status_list_url():
        return True
    try:
        index = int(status.get("statusListIndex", ""))
    except ValueError:
        return True
    return index in credentials.revoked_indexes()


def check(data):
    """The CredentialCheck of the bytes of a credential file."""
    result = CredentialCheck()
    token = _text(data)
    try:
        header = jwt.get_unverified_header(token)
    except jwt.InvalidTokenError:
        result.problem = _(
            "Die Datei ist kein digitaler Nachweis im Format VC-JWT. Bitte laden "
            "Sie die Datei so hoch, wie Sie sie erhalten haben."
        )
        return result
    stored = _stored_key(header)
    if stored is None:
        result.problem = _(
            "Der Nachweis ist nicht mit einem Schlüssel des Landespräventionsrats "
            "Sachsen unterschrieben."
        )
        return result
    try:
        payload = _payload(token, stored)
    except (jwt.InvalidTokenError, ValueError):
        result.problem = _(
            "Die Unterschrift passt nicht zum Inhalt: Der Nachweis wurde nach der "
            "Ausstellung verändert."
        )
        return result
    return _judge(result, payload)


def _judge(result, payload):
    result.signature = True
    result.content = _content(payload)
    issuer = payload.get("issuer", {})
    result.issuer = isinstance(issuer, dict) and issuer.get("id") == keys.issuer_did()
    if not result.issuer:
        result.problem = _("Der Nachweis nennt einen anderen Aussteller.")
        return result
    result.revoked = _is_revoked(payload)
    return result
