"""The office's seal on every certificate PDF (PAdES), checked by pyHanko's
own validator against the seal's certificate and on the public check page."""

import datetime
import hashlib
import io

import pytest
from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from certificates import seal
from tests.certificates.test_verification import upload


def seal_certificate():
    _key, cert = seal.seal_files()
    _type, _headers, der = pem.unarmor(cert.read_bytes())
    return asn1_x509.Certificate.load(der)


def pyhanko_status(data):
    signature = PdfFileReader(io.BytesIO(data)).embedded_signatures[0]
    return validate_pdf_signature(
        signature, ValidationContext(trust_roots=[seal_certificate()])
    )


def unsealed(data):
    """The PDF as xhtml2pdf wrote it, before the seal's incremental update."""
    return data[: data.index(b"%%EOF") + 5]


def changed(data):
    """`data` with one byte changed in the part the seal covers."""
    return data.replace(b"ReportLab Generated", b"ReportLab Xenerated", 1)


@pytest.fixture
def sealed_pdf(certificate):
    return certificate.pdf.read()


def test_an_issued_certificate_carries_the_seal_and_its_hash_is_that_of_the_sealed_file(
    certificate, sealed_pdf
):
    status = pyhanko_status(sealed_pdf)
    assert status.intact and status.valid and status.trusted
    assert status.signing_cert.subject.native["common_name"] == seal.DEMO_NAME
    assert certificate.sha256 == hashlib.sha256(sealed_pdf).hexdigest()


def test_a_changed_byte_breaks_the_seal(sealed_pdf):
    status = pyhanko_status(changed(sealed_pdf))
    assert not (status.intact and status.valid)
    assert not seal.check_seal(changed(sealed_pdf)).intact


def test_a_seal_of_someone_else_is_not_the_offices(sealed_pdf, tmp_path, settings):
    other = seal.make_demo_seal(tmp_path / "fremd")
    settings.CERTIFICATE_SEAL_KEY_FILE = str(other / seal.KEY_NAME)
    settings.CERTIFICATE_SEAL_CERT_FILE = str(other / seal.CERT_NAME)
    foreign = seal.seal_pdf(unsealed(sealed_pdf), reason="Fremd")
    settings.CERTIFICATE_SEAL_KEY_FILE = settings.CERTIFICATE_SEAL_CERT_FILE = ""
    check = seal.check_seal(foreign)
    assert check.present and not check.trusted and not check.valid


def test_the_public_check_reports_an_unchanged_sealed_file(client, sealed_pdf):
    page = upload(client, sealed_pdf).content.decode()
    assert "Die Datei ist echt und unverändert." in page
    assert "trägt das gültige elektronische Siegel" in page
    assert "Demo-Siegel einer Test- oder Vorführinstallation" in page


def test_the_public_check_says_in_german_that_a_changed_file_broke_the_seal(
    client, sealed_pdf
):
    page = upload(client, changed(sealed_pdf)).content.decode()
    assert "stimmt mit keinem ausgestellten Zertifikat überein" in page
    assert "Das Siegel ist gebrochen" in page


def test_an_unsealed_pdf_is_named_as_such(client, sealed_pdf):
    page = upload(client, unsealed(sealed_pdf)).content.decode()
    assert "trägt kein elektronisches Siegel" in page


def test_a_malformed_pdf_is_a_file_without_seal():
    assert seal.check_seal(b"%PDF-1.4\nkaputt") == seal.SealCheck(present=False)


def test_the_demo_seal_is_made_once(tmp_path):
    first = seal.make_demo_seal(tmp_path / "siegel")
    key = (first / seal.KEY_NAME).read_bytes()
    seal.make_demo_seal(tmp_path / "siegel")
    assert (first / seal.KEY_NAME).read_bytes() == key
    assert [path.name for path in tmp_path.iterdir()] == ["siegel"]


def _issued_by(ca_key, ca_name, common_name, directory):
    """A seal certificate for `common_name` issued by the CA, as key and
    certificate files in `directory`."""
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=365))
        .sign(ca_key, hashes.SHA256())
    )
    directory.mkdir()
    (directory / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    (directory / "cert.pem").write_bytes(
        certificate.public_bytes(serialization.Encoding.PEM)
    )
    return directory / "key.pem", directory / "cert.pem"


def _sealed_with(settings, key, cert, data):
    settings.CERTIFICATE_SEAL_KEY_FILE, settings.CERTIFICATE_SEAL_CERT_FILE = (
        str(key),
        str(cert),
    )
    sealed = seal.seal_pdf(data, reason="Test")
    settings.CERTIFICATE_SEAL_KEY_FILE = settings.CERTIFICATE_SEAL_CERT_FILE = ""
    return sealed


def test_a_seal_the_trusted_ca_issued_to_someone_else_is_not_the_offices(
    sealed_pdf, tmp_path, settings
):
    ca = seal.make_demo_seal(tmp_path / "ca")
    ca_key = serialization.load_pem_private_key((ca / seal.KEY_NAME).read_bytes(), None)
    ca_name = x509.load_pem_x509_certificate((ca / seal.CERT_NAME).read_bytes()).subject
    key, cert = _issued_by(ca_key, ca_name, "Firma X", tmp_path / "firma")
    foreign = _sealed_with(settings, key, cert, unsealed(sealed_pdf))
    settings.CERTIFICATE_SEAL_TRUSTED_FILE = str(ca / seal.CERT_NAME)
    check = seal.check_seal(foreign)
    assert check.present and check.intact and not check.trusted
    assert check.signer == "Firma X"


def test_documents_sealed_before_a_new_seal_stay_the_offices(
    sealed_pdf, tmp_path, settings
):
    old_cert = seal.seal_files()[1]
    new = seal.make_demo_seal(tmp_path / "neu")
    settings.CERTIFICATE_SEAL_KEY_FILE = str(new / seal.KEY_NAME)
    settings.CERTIFICATE_SEAL_CERT_FILE = str(new / seal.CERT_NAME)
    assert not seal.check_seal(sealed_pdf).trusted
    settings.CERTIFICATE_SEAL_EARLIER_FILE = str(old_cert)
    assert seal.check_seal(sealed_pdf).valid
