"""The digital credential, checked by a path independent of the issuing code:
the public key comes from the served DID document, the signature is checked
with `cryptography` directly, the status bit read from the served list."""

import base64
import gzip
import io
import json
from urllib.parse import urlsplit

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from django.core.management import CommandError, call_command

from certificates import credentials, keys, services
from certificates.models import Certificate, SigningKey
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _b64(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _b64_encode(value):
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")


def _verified_payload(client, token):
    """The payload, after checking the JWS with the key the site publishes."""
    header_b64, payload_b64, signature_b64 = token.split(".")
    header = json.loads(_b64(header_b64))
    assert header["alg"] == "EdDSA" and header["typ"] == "vc+jwt"
    document = client.get("/.well-known/did.json").json()
    assert header["kid"].startswith(document["id"] + "#")
    assert header["kid"] in document["assertionMethod"]
    (method,) = [m for m in document["verificationMethod"] if m["id"] == header["kid"]]
    key = Ed25519PublicKey.from_public_bytes(_b64(method["publicKeyJwk"]["x"]))
    key.verify(_b64(signature_b64), f"{header_b64}.{payload_b64}".encode())
    return json.loads(_b64(payload_b64))


def _status_bit(client, payload):
    status = payload["credentialStatus"]
    assert status["type"] == "BitstringStatusListEntry"
    response = client.get(urlsplit(status["statusListCredential"]).path)
    assert response["Content-Type"] == "application/vc+jwt"
    subject = _verified_payload(client, response.content.decode())["credentialSubject"]
    assert subject["statusPurpose"] == "revocation"
    bits = gzip.decompress(_b64(subject["encodedList"].removeprefix("u")))
    assert len(bits) * 8 >= 131_072
    index = int(status["statusListIndex"])
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def _download(client, certificate):
    client.force_login(certificate.enrolment.user)
    response = client.get(f"/lernen/zertifikate/{certificate.pk}/nachweis/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc+jwt"
    return response.content.decode()


def test_the_credential_verifies_with_the_published_key(client, certificate):
    token = _download(client, certificate)
    payload = _verified_payload(client, token)
    assert payload["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert payload["@context"][0] == "https://www.w3.org/ns/credentials/v2"
    assert payload["issuer"]["id"] == "did:web:127.0.0.1%3A8000"
    assert payload["validFrom"].startswith(certificate.snapshot["issued_on"])
    subject = payload["credentialSubject"]
    achievement = subject["achievement"]
    assert achievement["name"] == certificate.snapshot["programme"]["qualification"]
    assert "Modul 1: Kriminologie" in achievement["criteria"]["narrative"]
    identities = {i["identityType"]: i for i in subject["identifier"]}
    assert identities["name"]["identityHash"] == "Jürgen Weiß"
    email = certificate.enrolment.user.email
    assert identities["emailAddress"]["hashed"] is True
    assert email not in token and email not in json.dumps(payload)
    assert _status_bit(client, payload) is False


def test_a_changed_byte_breaks_the_signature(client, certificate):
    header, payload, signature = _download(client, certificate).split(".")
    changed = _b64(payload).replace("Weiß".encode(), b"Weiss")
    forged = base64.urlsafe_b64encode(changed).rstrip(b"=").decode()
    with pytest.raises(InvalidSignature):
        _verified_payload(client, f"{header}.{forged}.{signature}")


def test_a_credential_signed_with_another_key_fails(client, certificate):
    header, payload, _signature = _download(client, certificate).split(".")
    foreign = Ed25519PrivateKey.generate().sign(f"{header}.{payload}".encode())
    forged = base64.urlsafe_b64encode(foreign).rstrip(b"=").decode()
    with pytest.raises(InvalidSignature):
        _verified_payload(client, f"{header}.{payload}.{forged}")


def test_revoking_sets_the_status_bit(client, certificate):
    payload = _verified_payload(client, _download(client, certificate))
    services.revoke(certificate, reason="Täuschung", by=None)
    assert _status_bit(client, payload) is True


def test_rotation_keeps_old_credentials_valid(client, certificate):
    payload_before = _verified_payload(client, _download(client, certificate))
    call_command("rotate_signing_key", stdout=io.StringIO())
    assert SigningKey.objects.filter(retired_at__isnull=True).count() == 1
    assert SigningKey.objects.count() == 2
    document = client.get("/.well-known/did.json").json()
    assert len(document["assertionMethod"]) == 2
    token = Certificate.objects.get(pk=certificate.pk).credential
    assert _verified_payload(client, token) == payload_before
    assert _status_bit(client, payload_before) is False


def test_verify_credential_command(client, certificate, tmp_path):
    path = tmp_path / "nachweis.jwt"
    path.write_text(_download(client, certificate))
    out = io.StringIO()
    call_command("verify_credential", str(path), stdout=out)
    assert "Status: gültig" in out.getvalue()
    assert "Jürgen Weiß" in out.getvalue()

    services.revoke(certificate, reason="Täuschung", by=None)
    with pytest.raises(CommandError, match="widerrufen"):
        call_command("verify_credential", str(path), stdout=io.StringIO())
    header, payload, signature = path.read_text().split(".")
    path.write_text(f"{header}.{payload[:-2]}AA.{signature}")
    with pytest.raises(CommandError, match="verändert"):
        call_command("verify_credential", str(path), stdout=io.StringIO())


def _upload(client, token):
    client.logout()
    upload = io.BytesIO(token.encode())
    upload.name = "nachweis.jwt"
    return client.post(
        "/zertifikate/pruefen/",
        {"pruefung": "nachweis", "nachweis-file": upload},
    )


def test_the_check_page_reports_valid_and_revoked(client, certificate):
    token = _download(client, certificate)
    response = _upload(client, token)
    assert "Status: gültig" in response.content.decode()
    assert "Jürgen Weiß" in response.content.decode()
    services.revoke(certificate, reason="Täuschung", by=None)
    assert "Status: widerrufen" in _upload(client, token).content.decode()


def test_the_check_page_names_a_forgery_and_junk(client, certificate):
    header, payload, signature = _download(client, certificate).split(".")
    forged = _upload(client, f"{header}.{payload[:-2]}AA.{signature}")
    assert "verändert" in forged.content.decode()
    junk = _upload(client, "kein Nachweis")
    assert "kein digitaler Nachweis" in junk.content.decode()


def test_only_the_holder_downloads_a_valid_credential(client, certificate):
    client.force_login(UserFactory(username="fremd"))
    response = client.get(f"/lernen/zertifikate/{certificate.pk}/nachweis/")
    assert response.status_code == 404
    services.revoke(certificate, reason="Täuschung", by=None)
    client.force_login(certificate.enrolment.user)
    response = client.get(f"/lernen/zertifikate/{certificate.pk}/nachweis/")
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("site_url", "did"),
    [
        ("https://lernen.lpr-sachsen.de", "did:web:lernen.lpr-sachsen.de"),
        ("http://127.0.0.1:8000", "did:web:127.0.0.1%3A8000"),
        ("https://example.org/lms", "did:web:example.org:lms"),
    ],
)
def test_the_did_follows_the_site_url(settings, site_url, did):
    settings.SITE_URL = site_url
    assert keys.issuer_did() == did


def test_without_a_key_the_pdf_is_issued_and_the_credential_follows(
    client, graduate, issue, settings, tmp_path
):
    settings.CREDENTIAL_SIGNING_KEY_FILE = ""
    certificate = issue(graduate)
    assert certificate.pdf and not certificate.credential
    client.force_login(graduate.user)
    url = f"/lernen/zertifikate/{certificate.pk}/nachweis/"
    assert client.get(url).status_code == 503
    settings.CREDENTIAL_SIGNING_KEY_FILE = str(tmp_path / "key.pem")
    payload = _verified_payload(client, _download(client, certificate))
    assert payload["credentialSubject"]["identifier"][0]["identityHash"] == (
        "Jürgen Weiß"
    )


def test_reissuing_marks_the_old_credential_and_signs_a_new_one(
    client, certificate, django_capture_on_commit_callbacks
):
    old = _verified_payload(client, _download(client, certificate))
    with django_capture_on_commit_callbacks(execute=True):
        new = services.reissue(certificate, reason="Namenskorrektur", by=None)
    new.refresh_from_db()
    assert _status_bit(client, old) is True
    payload = _verified_payload(client, _download(client, new))
    assert payload["credentialStatus"] != old["credentialStatus"]
    assert _status_bit(client, payload) is False


def test_a_malformed_header_is_named_not_an_error_page(client, certificate):
    header = _b64_encode({"alg": "EdDSA", "kid": 1})
    response = _upload(client, f"{header}.{_b64_encode({'a': 1})}.AAAA")
    assert response.status_code == 200
    assert "kein digitaler Nachweis" in response.content.decode()


def test_two_downloads_at_once_make_one_credential_with_one_status_position(
    graduate, issue, settings, tmp_path
):
    settings.CREDENTIAL_SIGNING_KEY_FILE = ""
    certificate = issue(graduate)
    settings.CREDENTIAL_SIGNING_KEY_FILE = str(tmp_path / "key.pem")
    first, second = (Certificate.objects.get(pk=certificate.pk) for _ in range(2))
    token = credentials.attach(first)
    assert credentials.attach(second) == token
    certificate.refresh_from_db()
    assert certificate.status_index == first.status_index == second.status_index
