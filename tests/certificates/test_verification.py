import datetime
import re
import string
from types import SimpleNamespace

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from certificates import services
from certificates.forms import MAX_PDF_BYTES, HashingUploadHandler
from certificates.models import Certificate, new_verification_code
from tests.certificates.conftest import print_birth_date

pytestmark = pytest.mark.django_db

VERIFY = reverse("certificate_verify")
UNKNOWN = "Status: unbekannt"
WORDING = "Wortlaut des Dokuments"


@pytest.fixture(autouse=True)
def steady_rate_limit_window(monkeypatch):
    """django-ratelimit counts per clock window: a test whose requests cross
    a minute boundary would start counting again. Its clock stands still."""
    monkeypatch.setattr(
        "django_ratelimit.core.time", SimpleNamespace(time=lambda: 1_800_000_000.0)
    )


def check_url(certificate):
    return reverse("certificate_check", args=[certificate.code])


def result_section(response):
    """The result block of the verify page, without the re-filled form."""
    match = re.search(
        r'<section id="ergebnis".*?</section>', response.content.decode(), re.S
    )
    assert match, "no result shown"
    return match.group(0)


def upload(client, data, name="zertifikat.pdf"):
    return client.post(
        VERIFY,
        {"pruefung": "datei", "file": SimpleUploadedFile(name, data)},
    )


def test_new_verification_codes_carry_at_least_128_bits():
    alphabet = set(string.ascii_letters + string.digits + "-_")
    codes = {new_verification_code() for _ in range(50)}
    assert len(codes) == 50
    for code in codes:
        assert set(code) <= alphabet
        # Base64url: six bits per character.
        assert len(code) * 6 >= 128


def test_check_page_of_an_issued_certificate_says_valid(client, certificate):
    response = client.get(check_url(certificate))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Status: gültig" in content
    assert "Jürgen Weiß" in content
    assert certificate.number in content
    assert "Fachkraft für Kriminalprävention" in content
    assert "Kriminologie" in content
    assert WORDING in content
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def assert_summary_without_wording(content, certificate):
    """Name, kind, qualification, modules, date and number, not the text."""
    for text in [
        "Jürgen Weiß",
        "Zertifikat",
        "Fachkraft für Kriminalprävention",
        "Modul 1: Kriminologie",
        "Ausgestellt am",
        certificate.number,
    ]:
        assert text in content, text
    assert WORDING not in content
    assert certificate.snapshot["text"] not in content


def test_number_and_code_lead_to_the_check_page(client, certificate):
    response = client.post(
        VERIFY,
        {
            "pruefung": "nummer",
            "number": certificate.number.lower(),
            "code": f"  https://example.org/zertifikate/pruefen/{certificate.code}/ ",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == check_url(certificate)
    assert "Status: gültig" in client.get(response["Location"]).content.decode()


def test_wrong_code_for_a_real_number_looks_like_a_made_up_one(client, certificate):
    wrong = client.post(
        VERIFY,
        {"pruefung": "nummer", "number": certificate.number, "code": "A" * 27},
    )
    made_up = client.post(
        VERIFY,
        {"pruefung": "nummer", "number": "BEC-1999-9999", "code": "B" * 27},
    )
    assert wrong.status_code == made_up.status_code == 200
    assert UNKNOWN in result_section(wrong)
    assert result_section(wrong) == result_section(made_up)
    assert "Jürgen" not in wrong.content.decode()


def test_unknown_codes_answer_alike_and_reveal_nothing(client, graduate):
    with_certificate_pending = Certificate.objects.create(
        enrolment=graduate,
        kind=Certificate.Kind.CERTIFICATE,
        year=2027,
        serial=1,
        number="BEC-2027-0001",
        snapshot={"holder": {"name": "Jürgen Weiß"}},
    )
    made_up = client.get(reverse("certificate_check", args=["x" * 27]))
    pending = client.get(check_url(with_certificate_pending))
    assert made_up.status_code == pending.status_code == 404
    for response in (made_up, pending):
        content = response.content.decode()
        assert UNKNOWN in content
        assert "Jürgen" not in content
        assert "BEC-" not in content


def test_revoked_certificate_verifies_as_revoked(client, certificate, lpr_office):
    services.revoke(certificate, reason="Interner Vermerk 4711", by=lpr_office)
    response = client.get(check_url(certificate))
    content = response.content.decode()
    assert response.status_code == 200
    assert "Status: widerrufen am" in content
    assert "Status: gültig" not in content
    assert "Interner Vermerk 4711" not in content
    assert_summary_without_wording(content, certificate)


def test_replaced_certificate_is_not_valid(
    client, certificate, lpr_office, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        new = services.reissue(certificate, reason="Name korrigiert", by=lpr_office)
    content = client.get(check_url(certificate)).content.decode()
    assert "Status: ersetzt – nicht mehr gültig" in content
    assert "Status: gültig" not in content
    assert new.code not in content and new.number not in content
    assert_summary_without_wording(content, certificate)
    assert "Status: gültig" in client.get(check_url(new)).content.decode()


def test_check_page_never_shows_birth_date_or_email(client, graduate, programme, issue):
    print_birth_date(programme, graduate, datetime.date(1980, 5, 17))
    certificate = issue(graduate)
    assert certificate.snapshot["holder"]["birth_date"] == "1980-05-17"
    content = client.get(check_url(certificate)).content.decode()
    assert "Status: gültig" in content
    assert "1980" not in content
    assert "geboren" not in content
    assert graduate.user.email not in content


def test_attendance_certificate_verifies_with_its_module(
    client, module_participant, programme, issue
):
    certificate = issue(module_participant, module=programme["modules"][1])
    content = client.get(check_url(certificate)).content.decode()
    assert "Status: gültig" in content
    assert "Teilnahmebescheinigung" in content
    assert "Modul 2: Kriminalprävention" in content


def test_uploaded_original_pdf_is_genuine_and_unchanged(client, certificate):
    response = upload(client, certificate.pdf.read())
    section = result_section(response)
    assert "echt und unverändert" in section
    assert certificate.number in section
    assert "Jürgen Weiß" in section


def test_uploaded_pdf_of_a_revoked_certificate_is_genuine_but_revoked(
    client, certificate, lpr_office
):
    data = certificate.pdf.read()
    services.revoke(certificate, reason="Irrtum", by=lpr_office)
    section = result_section(upload(client, data))
    assert "echt, aber das Dokument wurde am" in section
    assert "widerrufen" in section
    assert "unverändert" not in section
    assert "Vollständigen Wortlaut" not in section


def test_tampered_pdf_does_not_match(client, certificate):
    data = bytearray(certificate.pdf.read())
    data[len(data) // 2] ^= 0x01
    section = result_section(upload(client, bytes(data)))
    assert "stimmt mit keinem ausgestellten Zertifikat überein" in section
    assert certificate.number not in section


def test_non_pdf_upload_gets_a_german_error(client, certificate):
    response = upload(client, b"PK\x03\x04 not a pdf", name="zertifikat.pdf")
    content = response.content.decode()
    assert response.status_code == 200
    assert "Die Datei ist keine PDF-Datei." in content
    assert 'id="ergebnis"' not in content


def test_too_large_upload_is_refused(client, monkeypatch):
    monkeypatch.setattr("certificates.forms.MAX_PDF_BYTES", 1024)
    response = upload(client, b"%PDF-1.4\n" + b"0" * 4096)
    assert response.status_code == 200
    assert "größer als 10 MB" in response.content.decode()


def test_upload_over_10_mb_is_not_read_to_the_end(client, monkeypatch):
    received = []
    original = HashingUploadHandler.receive_data_chunk

    def counting(self, raw_data, start):
        received.append(len(raw_data))
        return original(self, raw_data, start)

    monkeypatch.setattr(HashingUploadHandler, "receive_data_chunk", counting)
    response = upload(client, b"%PDF-1.4\n" + b"0" * (2 * MAX_PDF_BYTES))
    content = response.content.decode()
    assert response.status_code == 200
    assert "Die Datei ist größer als 10 MB." in content
    assert 'href="#id_file"' in content
    assert "Bitte wählen Sie die PDF-Datei aus." not in content
    assert 'id="ergebnis"' not in content
    assert sum(received) <= MAX_PDF_BYTES + max(received)


def test_missing_fields_get_german_errors(client):
    response = client.post(VERIFY, {"pruefung": "nummer", "number": "", "code": ""})
    content = response.content.decode()
    assert "Bitte geben Sie die Nummer des Zertifikats an." in content
    assert "Bitte geben Sie den Prüfcode an." in content
    response = client.post(VERIFY, {"pruefung": "datei"})
    assert "Bitte wählen Sie die PDF-Datei aus." in response.content.decode()


def test_verify_page_offers_both_ways(client):
    response = client.get(VERIFY)
    content = response.content.decode()
    assert response.status_code == 200
    assert 'enctype="multipart/form-data"' in content
    assert 'for="id_number"' in content and 'for="id_code"' in content
    assert 'for="id_file"' in content


def test_check_page_is_rate_limited(client, certificate):
    url = check_url(certificate)
    for _ in range(30):
        assert client.get(url).status_code == 200
    response = client.get(url)
    assert response.status_code == 429
    assert "Zu viele Prüfungen" in response.content.decode()
    assert "Jürgen" not in response.content.decode()


def test_check_page_limit_counts_each_visitor_behind_the_proxy(
    client, certificate, settings
):
    settings.TRUSTED_PROXIES = ["10.0.0.5"]
    url = check_url(certificate)

    def check(visitor):
        return client.get(url, REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR=visitor)

    for _ in range(30):
        assert check("198.51.100.7").status_code == 200
    assert check("198.51.100.7").status_code == 429
    assert check("203.0.113.9").status_code == 200


def test_check_page_limit_ignores_a_spoofed_forwarded_header(
    client, certificate, settings
):
    settings.TRUSTED_PROXIES = ["10.0.0.5"]
    url = check_url(certificate)
    for number in range(30):
        client.get(
            url, REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR=f"192.0.2.{number}"
        )
    response = client.get(
        url, REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR="198.51.100.7"
    )
    assert response.status_code == 429


def test_verify_posts_are_rate_limited(client):
    data = {"pruefung": "nummer", "number": "BEC-1999-0001", "code": "abc"}
    for _ in range(10):
        assert client.post(VERIFY, data).status_code == 200
    response = client.post(VERIFY, data)
    assert response.status_code == 429
    assert "Zu viele Prüfungen" in response.content.decode()
    assert client.get(VERIFY).status_code == 200


def test_rate_limited_uploads_are_not_read(certificate, monkeypatch):
    # With the CSRF check enforced, as in production: it reads the body.
    client = Client(enforce_csrf_checks=True)
    client.get(VERIFY)
    token = client.cookies["csrftoken"].value
    data = {"pruefung": "nummer", "number": "BEC-1999-0001", "code": "abc"}
    for _ in range(10):
        assert (
            client.post(VERIFY, {**data, "csrfmiddlewaretoken": token}).status_code
            == 200
        )

    def refuse(*args, **kwargs):
        raise AssertionError("the upload was read")

    monkeypatch.setattr(HashingUploadHandler, "new_file", refuse)
    response = client.post(
        VERIFY,
        {
            "csrfmiddlewaretoken": token,
            "pruefung": "datei",
            "file": SimpleUploadedFile("zertifikat.pdf", certificate.pdf.read()),
        },
    )
    assert response.status_code == 429
    assert "Zu viele Prüfungen" in response.content.decode()


def test_verify_posts_need_the_csrf_token(certificate):
    client = Client(enforce_csrf_checks=True)
    data = {"pruefung": "nummer", "number": certificate.number, "code": "abc"}
    assert client.post(VERIFY, data).status_code == 403
