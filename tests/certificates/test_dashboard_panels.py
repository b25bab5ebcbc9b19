"""The LPR office's dashboard names the cohorts with participants who meet
the requirements but have no certificate yet, and certificates stuck."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from certificates import services
from certificates.models import Certificate
from lms.learning.models import Enrolment
from tests.factories import EnrolmentFactory, UserFactory

from .conftest import complete

pytestmark = pytest.mark.django_db


def _dashboard(client, user):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def test_eligible_participants_without_certificate_are_counted(
    client, lpr_office, programme, graduate
):
    EnrolmentFactory(cohort=programme["cohort"])  # nothing done yet
    html = _dashboard(client, lpr_office)
    assert "1 Person erfüllt die Voraussetzungen" in html
    assert "Durchgang 2025" in html
    assert reverse("certificates_admin:cohort", args=[programme["cohort"].pk]) in html


def test_issued_or_cancelled_ones_are_not_waiting(
    client, lpr_office, programme, graduate
):
    services.issue(graduate, queue_render=False)
    dropped = EnrolmentFactory(cohort=programme["cohort"])
    complete(dropped, programme)
    dropped.status = Enrolment.Status.CANCELLED
    dropped.save()
    html = _dashboard(client, lpr_office)
    assert "Niemand wartet auf ein Zertifikat oder eine Bescheinigung." in html


def test_module_participant_counts_once(client, lpr_office, module_participant):
    html = _dashboard(client, lpr_office)
    assert "1 Person erfüllt die Voraussetzungen" in html


def test_stuck_certificate_is_shown_with_its_link(
    client, lpr_office, graduate, settings
):
    certificate, _created = services.issue(graduate, queue_render=False)
    Certificate.objects.filter(pk=certificate.pk).update(
        created_at=timezone.now()
        - datetime.timedelta(seconds=settings.OUTBOX_STUCK_AFTER + 60)
    )
    html = _dashboard(client, lpr_office)
    assert "Zertifikate, die noch erstellt werden" in html
    assert reverse("certificates_admin:certificate", args=[certificate.pk]) in html


def test_trainers_do_not_see_the_certificate_panels(
    client, lpr_office, programme, graduate
):
    trainer = UserFactory(groups=["Trainer/innen"])
    programme["cohort"].trainers.add(trainer)
    html = _dashboard(client, trainer)
    assert "Voraussetzungen erfüllt, noch ohne Zertifikat" not in html
