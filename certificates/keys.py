"""The issuer's identity (did:web) and the Ed25519 keys that sign credentials.

The private key is read from CREDENTIAL_SIGNING_KEY_FILE (PEM, PKCS#8) and
never stored in the database. Its public key is registered in SigningKey the
first time it signs; a new key retires the previous one, whose public key
stays in the DID document so that the credentials it signed still verify.
A retired key never signs again.
"""

import base64
import hashlib
import json
import os
import tempfile
from pathlib import Path
from urllib.parse import quote, urlsplit

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import SigningKey


class SigningKeyError(Exception):
    """No usable signing key; the message is for the office's log."""


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def issuer_did():
    """did:web of SITE_URL: the host, a port as `%3A`, a path as `:` parts."""
    parts = urlsplit(settings.SITE_URL)
    segments = [quote(parts.netloc, safe="")]
    segments += [quote(part, safe="") for part in parts.path.split("/") if part]
    return "did:web:" + ":".join(segments)


def did_document_url():
    parts = urlsplit(settings.SITE_URL)
    if parts.path.strip("/"):
        return f"{settings.SITE_URL}/did.json"
    return f"{settings.SITE_URL}/.well-known/did.json"


def method_id(kid):
    """The DID URL of a key: what the JWS header's `kid` says."""
    return f"{issuer_did()}#{kid}"


def public_jwk(public_key):
    raw = public_key.public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return {"kty": "OKP", "crv": "Ed25519", "x": b64url(raw)}


def public_key_from_jwk(jwk):
    if jwk.get("kty") != "OKP" or jwk.get("crv") != "Ed25519":
        raise ValueError("not an Ed25519 key")
    return Ed25519PublicKey.from_public_bytes(b64url_decode(jwk["x"]))


def thumbprint(jwk):
    """RFC 7638 JWK thumbprint, the key's id."""
    members = {name: jwk[name] for name in ("crv", "kty", "x")}
    canonical = json.dumps(members, separators=(",", ":"), sort_keys=True)
    return b64url(hashlib.sha256(canonical.encode()).digest())


def _key_path():
    if not settings.CREDENTIAL_SIGNING_KEY_FILE:
        raise SigningKeyError("CREDENTIAL_SIGNING_KEY_FILE is not set.")
    return Path(settings.CREDENTIAL_SIGNING_KEY_FILE)


def write_new_key(path, *, replace=True):
    """A fresh Ed25519 key in `path` (mode 0600), written whole at once.
    Without `replace`, an existing file wins (two processes making the demo
    key at the same moment end up with the same one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".key-")
    with os.fdopen(handle, "wb") as stream:
        stream.write(pem)
    if replace:
        os.replace(temporary, path)
        return
    try:
        os.link(temporary, path)
    except FileExistsError:
        pass
    finally:
        os.unlink(temporary)


def _load_private_key():
    path = _key_path()
    if not path.exists() and settings.CREDENTIAL_SIGNING_KEY_DEMO:
        write_new_key(path, replace=False)
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError) as error:
        raise SigningKeyError(f"Cannot read the signing key {path}: {error}") from error
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningKeyError(f"The signing key {path} is not an Ed25519 key.")
    return key


def register(jwk):
    """The SigningKey of `jwk`; a new one retires the keys before it."""
    kid = thumbprint(jwk)
    with transaction.atomic():
        key, created = SigningKey.objects.get_or_create(
            kid=kid, defaults={"public_jwk": jwk}
        )
        if created:
            SigningKey.objects.filter(retired_at__isnull=True).exclude(
                pk=key.pk
            ).update(retired_at=timezone.now())
    return key


def current_key():
    """(private key, SigningKey) of the configured file. Raises
    SigningKeyError when there is none or it was retired."""
    private_key = _load_private_key()
    stored = register(public_jwk(private_key.public_key()))
    if stored.retired_at is not None:
        raise SigningKeyError(
            f"The signing key {stored.kid} was retired and may not sign again."
        )
    return private_key, stored


def rotate():
    """A new key in the configured file; the old public key stays known."""
    write_new_key(_key_path())
    return current_key()[1]


def did_document():
    did = issuer_did()
    methods = [
        {
            "id": method_id(key.kid),
            "type": "JsonWebKey",
            "controller": did,
            "publicKeyJwk": key.public_jwk,
        }
        for key in SigningKey.objects.all()
    ]
    return {
        "@context": [
            "https://www.w3.org/ns/did/v1",
            "https://w3id.org/security/jwk/v1",
        ],
        "id": did,
        "verificationMethod": methods,
        "assertionMethod": [method["id"] for method in methods],
    }
