"""The LPR office's dashboard lists open barrier reports with their due
dates; trainers do not see them."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from cms.models import AccessibilityFeedback
from lms.learning.roles import ensure_role_groups
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _dashboard(client, user):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def _report(days, **fields):
    return AccessibilityFeedback.objects.create(
        page_url=fields.pop("page_url", "/lernen/"),
        description="Der Kontrast ist zu schwach.",
        due_on=timezone.localdate() + datetime.timedelta(days=days),
        **fields,
    )


def test_open_reports_are_listed_with_due_date_and_link(client, lpr_office):
    overdue = _report(-2, page_url="/impressum/")
    later = _report(20, page_url="/lehrgang/")
    _report(-5, page_url="/erledigt/", status=AccessibilityFeedback.Status.CLOSED)
    html = _dashboard(client, lpr_office)
    assert "2 offene Meldungen" in html and "davon 1 überfällig" in html
    assert "/impressum/" in html and "/lehrgang/" in html
    assert "/erledigt/" not in html
    assert overdue.due_on.strftime("%d.%m.%Y") in html
    assert later.due_on.strftime("%d.%m.%Y") in html
    assert html.count("(überfällig)") == 1
    assert html.index("/impressum/") < html.index("/lehrgang/")
    assert reverse("accessibility_feedback:edit", args=[overdue.pk]) in html
    assert "<caption" in html and 'scope="col"' in html


def test_no_open_report_is_said_in_a_sentence(client, lpr_office):
    assert "Keine offenen Meldungen." in _dashboard(client, lpr_office)


def test_trainers_do_not_see_barrier_reports(client):
    ensure_role_groups()
    _report(3, page_url="/geheim/")
    trainer = UserFactory(groups=["Trainer/innen"])
    html = _dashboard(client, trainer)
    assert "Barriere-Meldungen" not in html and "/geheim/" not in html


def test_office_sees_no_page_counts(client, lpr_office):
    assert "w-summary__list" not in _dashboard(client, lpr_office)
