"""The office's electronic seal on every certificate PDF (PAdES, pyHanko).

A sealed PDF proves itself: any PDF reader, and the public check, can tell
that the bytes are the ones the office sealed and whose seal it was, without
asking this site. The seal is an X.509 key and certificate in PEM files named
by `CERTIFICATE_SEAL_KEY_FILE` and `CERTIFICATE_SEAL_CERT_FILE` (the key
optionally protected by `CERTIFICATE_SEAL_PASSPHRASE`); they never live in
the repository. Production refuses to start without them. Elsewhere, a
self-signed "Demo-Siegel" is made on first use in `DEMO_SEAL_DIR`, named as a
demo in its certificate so that no one mistakes it for the office's seal.

The check calls a seal the office's only when its certificate is the
office's own: the first one in `CERTIFICATE_SEAL_CERT_FILE` (behind it may
follow its chain) or one of the earlier seals in
`CERTIFICATE_SEAL_EARLIER_FILE`, so replacing the seal never breaks a
document sealed before. `CERTIFICATE_SEAL_TRUSTED_FILE` holds the roots of a
qualified seal's CA; they serve the chain only, so that a seal the same CA
issued to anyone else is never taken for the office's. A seal is judged at
the time it was made: an expired seal certificate does not void documents
sealed while it was valid.
"""

import datetime
import io
import logging
import os
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from django.conf import settings
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

logger = logging.getLogger(__name__)

SEAL_FIELD = "Siegel"
DEMO_NAME = "Demo-Siegel (kein echtes Siegel) – Beccaria LMS"
KEY_NAME = "siegel-schluessel.pem"
CERT_NAME = "siegel-zertifikat.pem"


class SealError(RuntimeError):
    """The PDF could not be sealed; details are in the log."""


@dataclass(frozen=True)
class SealCheck:
    """What the seal of a PDF says. `intact`: the sealed bytes are unchanged;
    `trusted`: the seal is the office's (configured or trusted) seal."""

    present: bool
    intact: bool = False
    trusted: bool = False
    signer: str = ""
    demo: bool = False

    @property
    def valid(self):
        return self.present and self.intact and self.trusted


def _demo_directory():
    return Path(settings.DEMO_SEAL_DIR)


def seal_files():
    """The (key, certificate) paths of the seal in use; the demo seal,
    made on first use, when none is configured."""
    key, cert = settings.CERTIFICATE_SEAL_KEY_FILE, settings.CERTIFICATE_SEAL_CERT_FILE
    if key and cert:
        return Path(key), Path(cert)
    directory = _demo_directory()
    if not (directory / CERT_NAME).is_file():
        make_demo_seal(directory)
    return directory / KEY_NAME, directory / CERT_NAME


def make_demo_seal(directory):
    """A self-signed demo seal (EC P-256, ten years) in `directory`. Written
    into a fresh folder that is then renamed, so two processes starting at
    once never pair one's key with the other's certificate."""
    directory = Path(directory)
    directory.parent.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "DE"),
            x509.NameAttribute(
                NameOID.ORGANIZATION_NAME, "Demo – kein echter Aussteller"
            ),
            x509.NameAttribute(NameOID.COMMON_NAME, DEMO_NAME),
        ]
    )
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    staging = Path(tempfile.mkdtemp(prefix=".demo-seal-", dir=directory.parent))
    (staging / KEY_NAME).write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    os.chmod(staging / KEY_NAME, 0o600)
    (staging / CERT_NAME).write_bytes(
        certificate.public_bytes(serialization.Encoding.PEM)
    )
    try:
        staging.rename(directory)
    except OSError:
        # Another process made it first (or the folder exists): use theirs.
        for path in staging.iterdir():
            path.unlink()
        staging.rmdir()
    return directory


def _pem_certificates(path):
    """Every certificate in a PEM file, as asn1crypto objects (pyHanko's)."""
    loaded = x509.load_pem_x509_certificates(Path(path).read_bytes())
    return [
        asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
        for cert in loaded
    ]


def _configured(setting):
    path = getattr(settings, setting)
    return _pem_certificates(path) if path else []


def office_seals():
    """The certificates of the office's seals: the one in use, then the
    earlier ones."""
    return _pem_certificates(seal_files()[1])[:1] + _configured(
        "CERTIFICATE_SEAL_EARLIER_FILE"
    )


def trusted_certificates():
    """Trust anchors for validating a seal's chain."""
    return (
        _pem_certificates(seal_files()[1])
        + _configured("CERTIFICATE_SEAL_EARLIER_FILE")
        + _configured("CERTIFICATE_SEAL_TRUSTED_FILE")
    )


def _signer():
    key, cert = seal_files()
    passphrase = settings.CERTIFICATE_SEAL_PASSPHRASE
    signer = signers.SimpleSigner.load(
        str(key),
        str(cert),
        key_passphrase=passphrase.encode() if passphrase else None,
    )
    if signer is None:
        raise SealError(f"The seal in {key} / {cert} could not be loaded.")
    return signer


def _in_own_thread(function, *args, **kwargs):
    """pyHanko's synchronous calls start an asyncio event loop of their own,
    which fails in a thread that already runs one (a test driving the
    browser, an async server). A thread of their own never has one."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(function, *args, **kwargs).result()


def seal_pdf(data, *, reason):
    """`data` (PDF bytes) with the office's seal, as PAdES baseline signature
    over the whole file. Raises SealError."""
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data))
        output = _in_own_thread(
            signers.sign_pdf,
            writer,
            signers.PdfSignatureMetadata(
                field_name=SEAL_FIELD,
                md_algorithm="sha256",
                subfilter=fields.SigSeedSubFilter.PADES,
                reason=reason,
                location="Dresden",
            ),
            signer=_signer(),
        )
    except (OSError, PdfError, SigningError, ValueError) as error:
        logger.exception("Sealing the PDF failed.")
        raise SealError(str(error)) from error
    return output.getvalue()


def _subject(certificate):
    return (
        certificate.subject.native.get("common_name")
        or certificate.subject.human_friendly
    )


def check_seal(data):
    """What the seal of the PDF `data` says (see SealCheck); never raises
    for a malformed file: that is a file without a (readable) seal."""
    # An upload from anyone: whatever the parser trips over is a file
    # without a readable seal, never an error page.
    try:
        signatures = PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures
    except Exception:
        return SealCheck(present=False)
    if not signatures:
        return SealCheck(present=False)
    # The last signature covers the most; a document gets exactly one.
    embedded = signatures[-1]
    try:
        status = _in_own_thread(
            validate_pdf_signature,
            embedded,
            ValidationContext(
                trust_roots=trusted_certificates(),
                allow_fetching=False,
                moment=embedded.self_reported_timestamp,
            ),
        )
        signer_cert = embedded.signer_cert
    except Exception as error:
        logger.info("A seal could not be validated: %s", error)
        return SealCheck(present=True)
    ours = {certificate.sha256 for certificate in office_seals()}
    signer = _subject(signer_cert)
    return SealCheck(
        present=True,
        intact=bool(
            status.intact
            and status.valid
            and status.coverage == SignatureCoverageLevel.ENTIRE_FILE
        ),
        trusted=bool(status.trusted and signer_cert.sha256 in ours),
        signer=signer,
        demo=signer == DEMO_NAME,
    )
