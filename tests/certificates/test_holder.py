import datetime

import pytest
from django.urls import reverse

from certificates import services
from certificates.models import Certificate
from certificates.selectors import holder_certificates
from lms.learning.roles import ensure_role_groups
from tests.certificates.conftest import print_birth_date
from tests.factories import EnrolmentFactory, UserFactory

DASHBOARD = reverse("dashboard")


def detail_url(certificate):
    return reverse("certificate_detail", args=[certificate.pk])


def pdf_url(certificate):
    return reverse("certificate_pdf", args=[certificate.pk])


def test_holder_downloads_the_stored_pdf(client, certificate):
    client.force_login(certificate.enrolment.user)
    response = client.get(pdf_url(certificate))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        f'attachment; filename="{certificate.number}.pdf"'
    )
    assert b"".join(response.streaming_content) == certificate.pdf.read()


def test_holder_reads_the_text_version_with_birth_date(
    client, graduate, programme, issue
):
    print_birth_date(programme, graduate, datetime.date(1980, 5, 17))
    certificate = issue(graduate)
    client.force_login(graduate.user)
    response = client.get(detail_url(certificate))
    content = response.content.decode()
    assert response.status_code == 200
    assert "Status: gültig" in content
    assert "Jürgen Weiß" in content
    assert "geboren am 17. Mai 1980" in content
    assert "<caption>" in content and 'scope="row"' in content
    assert pdf_url(certificate) in content


@pytest.mark.parametrize("who", ["other participant", "trainer", "lpr office"])
def test_nobody_else_sees_the_holder_pages(client, certificate, programme, who):
    if who == "other participant":
        user = EnrolmentFactory(cohort=programme["cohort"]).user
    elif who == "trainer":
        user = UserFactory(username="trainerin", groups=["Trainer/innen"])
        programme["cohort"].trainers.add(user)
    else:
        ensure_role_groups()
        user = UserFactory(username="lpr", groups=["LPR-Geschäftsstelle"])
    client.force_login(user)
    assert client.get(detail_url(certificate)).status_code == 404
    assert client.get(pdf_url(certificate)).status_code == 404


def test_anonymous_visitors_are_sent_to_the_login(client, certificate):
    for url in (detail_url(certificate), pdf_url(certificate)):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


def test_dashboard_lists_the_certificate_with_download(client, certificate):
    client.force_login(certificate.enrolment.user)
    content = client.get(DASHBOARD).content.decode()
    assert "Zertifikate und Bescheinigungen" in content
    assert f"PDF herunterladen (Nummer {certificate.number})" in content
    assert f'href="{pdf_url(certificate)}"' in content
    assert f'href="{detail_url(certificate)}"' in content


def test_dashboard_lists_certificates_in_one_query(
    certificate, django_assert_num_queries
):
    user = certificate.enrolment.user
    with django_assert_num_queries(1):
        listed = holder_certificates(user)
    assert listed == [certificate]


def test_dashboard_shows_revoked_and_pending_certificates(
    client, certificate, lpr_office
):
    services.revoke(certificate, reason="Irrtum", by=lpr_office)
    pending = Certificate.objects.create(
        enrolment=certificate.enrolment,
        kind=Certificate.Kind.CERTIFICATE,
        year=2030,
        serial=7,
        number="BEC-2030-0007",
        snapshot=certificate.snapshot,
    )
    client.force_login(certificate.enrolment.user)
    content = client.get(DASHBOARD).content.decode()
    assert "widerrufen am" in content
    assert "wird erstellt" in content
    assert f'href="{pdf_url(certificate)}"' not in content
    assert f'href="{pdf_url(pending)}"' not in content


def test_dashboard_hides_replaced_certificate(
    client, certificate, lpr_office, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        new = services.reissue(certificate, reason="Name korrigiert", by=lpr_office)
    client.force_login(certificate.enrolment.user)
    content = client.get(DASHBOARD).content.decode()
    assert new.number in content
    assert certificate.number not in content


def test_dashboard_without_certificates_has_no_section(client, graduate):
    client.force_login(graduate.user)
    content = client.get(DASHBOARD).content.decode()
    assert "Zertifikate und Bescheinigungen" not in content


def test_revoked_certificate_cannot_be_downloaded(client, certificate, lpr_office):
    services.revoke(certificate, reason="Irrtum", by=lpr_office)
    client.force_login(certificate.enrolment.user)
    response = client.get(pdf_url(certificate))
    content = response.content.decode()
    assert response.status_code == 404
    assert "Das PDF kann nicht heruntergeladen werden" in content
    assert "Status: widerrufen am" in content
    assert "Grund: Irrtum" in content
    detail = client.get(detail_url(certificate)).content.decode()
    assert pdf_url(certificate) not in detail


def test_replaced_certificate_points_the_holder_to_its_successor(
    client, certificate, lpr_office, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        new = services.reissue(certificate, reason="Name korrigiert", by=lpr_office)
    client.force_login(certificate.enrolment.user)
    assert client.get(pdf_url(certificate)).status_code == 404
    content = client.get(detail_url(certificate)).content.decode()
    assert "Status: ersetzt – nicht mehr gültig" in content
    assert f'href="{detail_url(new)}"' in content
    assert client.get(pdf_url(new)).status_code == 200


def test_revoked_and_reissued_certificate_points_to_the_new_one(
    client, certificate, lpr_office, django_capture_on_commit_callbacks
):
    services.revoke(certificate, reason="Irrtum", by=lpr_office)
    with django_capture_on_commit_callbacks(execute=True):
        new = services.reissue(certificate, reason="Korrigiert", by=lpr_office)
    client.force_login(certificate.enrolment.user)
    content = client.get(detail_url(certificate)).content.decode()
    assert "Status: widerrufen am" in content
    assert f'href="{detail_url(new)}"' in content
    dashboard = client.get(DASHBOARD).content.decode()
    assert f'href="{pdf_url(new)}"' in dashboard
    assert f'href="{pdf_url(certificate)}"' not in dashboard


def test_pdf_download_is_private_and_not_sniffed(client, certificate):
    client.force_login(certificate.enrolment.user)
    response = client.get(pdf_url(certificate))
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "private, no-store"
    # The page policy (django-csp) leaves the stricter sandbox of the file.
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"


def test_attendance_certificate_for_a_module_participant(
    client, module_participant, programme, issue
):
    certificate = issue(module_participant, module=programme["modules"][1])
    client.force_login(module_participant.user)
    content = client.get(DASHBOARD).content.decode()
    assert "Teilnahmebescheinigung – Modul 2: Kriminalprävention" in content
    detail = client.get(detail_url(certificate)).content.decode()
    assert "Davon an Seminarterminen teilgenommen" in detail
    assert client.get(pdf_url(certificate)).status_code == 200
