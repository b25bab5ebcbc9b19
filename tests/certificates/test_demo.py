import io

import pytest
from django.core.management import call_command
from django.test import Client

from certificates import seal
from certificates.credential_check import check
from certificates.models import Certificate, CertificateSettings
from lms.learning.models import Enrolment
from lms.learning.progress import programme_progress

pytestmark = pytest.mark.django_db


def test_seed_demo_adds_absolventin_with_an_issued_certificate(
    settings, django_capture_on_commit_callbacks
):
    settings.DEBUG = True
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", stdout=io.StringIO())

    enrolment = Enrolment.objects.get(user__username="absolventin")
    assert enrolment.status == Enrolment.Status.COMPLETED
    assert programme_progress([enrolment])[enrolment.pk].complete
    certificate = Certificate.objects.get(enrolment=enrolment)
    assert certificate.status == Certificate.Status.ISSUED
    assert certificate.pdf and certificate.sha256
    assert certificate.snapshot["project_title"]
    assert len(certificate.snapshot["signatories"]) == 2
    assert len(CertificateSettings.load().signatories) == 2

    client = Client()
    client.force_login(enrolment.user)
    assert enrolment.user.check_password("demo")
    response = client.get(f"/lernen/zertifikate/{certificate.pk}/pdf/")
    assert response.status_code == 200
    sealed = seal.check_seal(b"".join(response.streaming_content))
    assert sealed.valid and sealed.demo
    response = client.get(f"/lernen/zertifikate/{certificate.pk}/nachweis/")
    assert check(response.content).valid

    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", stdout=io.StringIO())
    assert Certificate.objects.count() == 1
