import datetime
import io

import pytest
from django.core import mail
from django.urls import reverse

from cms.models import AccessibilityFeedback
from cms.services import submit_accessibility_feedback, update_accessibility_feedback
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

URL = "/barrierefreiheit/rueckmeldung/"


def test_form_prefills_the_page_the_visitor_came_from(client):
    response = client.get(URL, {"seite": "/lehrgang/kriminologie/"})
    assert response.status_code == 200
    assert 'value="/lehrgang/kriminologie/"' in response.content.decode()


def test_form_ignores_a_foreign_page_address(client):
    response = client.get(URL, {"seite": "https://example.com/"})
    assert 'value="https://example.com/"' not in response.content.decode()


def test_report_is_stored_due_in_one_month_and_mailed_to_the_lpr_office(
    client, lpr_office, django_capture_on_commit_callbacks, freezer_date
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            URL,
            {
                "kind": "barrier",
                "page_url": "/lehrgang/",
                "description": "Das Video hat keine Untertitel.",
                "email": "melderin@example.org",
            },
        )
    assert response.status_code == 302
    assert response["Location"] == reverse("accessibility_feedback_thanks")
    feedback = AccessibilityFeedback.objects.get()
    assert feedback.due_on == datetime.date(2027, 2, 28)
    assert feedback.status == AccessibilityFeedback.Status.OPEN
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [lpr_office.email]
    assert message.subject.startswith("Neue Meldung zur Barrierefreiheit vom ")
    assert "Das Video hat keine Untertitel." in message.body
    assert "28.02.2027" in message.body
    assert f"/admin/accessibility_feedback/edit/{feedback.pk}/" in message.body


@pytest.fixture
def freezer_date(monkeypatch):
    """Pin today's date to 31 January 2027 (a month with no 31st follows)."""
    from django.utils import timezone

    monkeypatch.setattr(
        timezone, "localdate", lambda *a, **k: datetime.date(2027, 1, 31)
    )


def test_invalid_report_shows_german_errors_and_stores_nothing(client):
    response = client.post(
        URL, {"kind": "format", "description": "", "email": "kaputt"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bitte prüfen Sie Ihre Eingaben" in html
    assert "Bitte beschreiben Sie Ihr Anliegen." in html
    assert "Bitte geben Sie eine gültige E-Mail-Adresse an." in html
    assert "Bitte nennen Sie das Format" in html
    assert 'aria-invalid="true"' in html
    assert AccessibilityFeedback.objects.count() == 0


def test_report_without_lpr_office_members_is_still_stored(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(URL, {"kind": "barrier", "description": "Kontrast zu schwach."})
    assert AccessibilityFeedback.objects.count() == 1
    assert mail.outbox == []


def test_closing_a_report_records_who_and_when():
    feedback = submit_accessibility_feedback(
        data={"kind": "barrier", "description": "Fokus unsichtbar."}
    )
    user = UserFactory()
    update_accessibility_feedback(
        feedback=feedback, status="closed", answer="Behoben.", user=user
    )
    feedback.refresh_from_db()
    assert feedback.closed_at is not None
    assert feedback.handled_by == user
    assert AccessibilityFeedback.objects.open().count() == 0


def test_lpr_office_sees_open_reports_in_the_admin(client, lpr_office):
    still_open = submit_accessibility_feedback(
        data={"kind": "barrier", "description": "Offen A"}
    )
    closed = submit_accessibility_feedback(
        data={"kind": "barrier", "description": "Erledigt B"}
    )
    update_accessibility_feedback(
        feedback=closed, status="closed", answer="", user=lpr_office
    )
    client.force_login(lpr_office)
    response = client.get(reverse("accessibility_feedback:index"), {"status": "open"})
    html = response.content.decode()
    assert response.status_code == 200
    assert f"/admin/accessibility_feedback/edit/{still_open.pk}/" in html
    assert f"/admin/accessibility_feedback/edit/{closed.pk}/" not in html


def test_lpr_office_answers_a_report_in_the_admin(client, lpr_office):
    feedback = submit_accessibility_feedback(
        data={"kind": "barrier", "description": "Tabelle ohne Kopfzeile."}
    )
    client.force_login(lpr_office)
    url = reverse("accessibility_feedback:edit", args=[feedback.pk])
    response = client.post(url, {"status": "closed", "answer": "Kopfzeile ergänzt."})
    assert response.status_code == 302
    feedback.refresh_from_db()
    assert feedback.status == "closed"
    assert feedback.handled_by == lpr_office
    assert feedback.description == "Tabelle ohne Kopfzeile."


@pytest.mark.parametrize("username", [None, "teilnehmer"])
def test_reports_are_not_visible_to_anonymous_or_participants(
    client, participant, username
):
    submit_accessibility_feedback(
        data={"kind": "barrier", "description": "Geheim", "email": "a@example.org"}
    )
    if username:
        client.force_login(participant)
    response = client.get(reverse("accessibility_feedback:index"))
    assert response.status_code == 302
    assert "Geheim" not in response.content.decode()


def test_admin_dashboard_shows_open_and_overdue_reports(client, lpr_office):
    overdue = submit_accessibility_feedback(
        data={"kind": "barrier", "description": "Alt"}
    )
    AccessibilityFeedback.objects.filter(pk=overdue.pk).update(
        due_on=datetime.date(2020, 1, 1)
    )
    submit_accessibility_feedback(data={"kind": "barrier", "description": "Neu"})
    client.force_login(lpr_office)
    html = client.get("/admin/").content.decode()
    assert "2 offene Meldungen" in html
    assert "davon 1 überfällig" in html


def test_admin_dashboard_hides_reports_from_editors(client, editor):
    submit_accessibility_feedback(data={"kind": "barrier", "description": "Neu"})
    client.force_login(editor)
    assert "offene Meldung" not in client.get("/admin/").content.decode()


def test_reports_cannot_be_created_or_deleted_in_the_admin(client, admin_user):
    feedback = submit_accessibility_feedback(
        data={"kind": "barrier", "description": "Bleibt."}
    )
    client.force_login(admin_user)
    response = client.get(reverse("accessibility_feedback:add"))
    assert response.status_code == 302
    client.post(reverse("accessibility_feedback:delete", args=[feedback.pk]))
    assert AccessibilityFeedback.objects.filter(pk=feedback.pk).exists()


def test_a_broker_outage_keeps_the_report_and_thanks_the_visitor(
    client, monkeypatch, django_capture_on_commit_callbacks
):
    from cms import tasks

    def broker_down(*args, **kwargs):
        raise OSError("broker unreachable")

    monkeypatch.setattr(tasks.notify_accessibility_feedback_task, "delay", broker_down)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, {"kind": "barrier", "description": "Kontrast."})
    assert response.status_code == 302
    assert AccessibilityFeedback.objects.count() == 1


def test_form_links_to_the_privacy_notice(client):
    from cms.models import LegalSettings
    from tests.factories import ContentPageFactory

    privacy = ContentPageFactory(title="Datenschutzerklärung", slug="datenschutz")
    LegalSettings.objects.create(privacy_page=privacy)
    html = client.get(URL).content.decode()
    assert f'<a href="{privacy.url}">Hinweise zum Datenschutz</a>' in html


def test_a_flood_of_reports_is_stopped_with_a_german_message(client):
    for number in range(5):
        response = client.post(URL, {"kind": "barrier", "description": f"Nr. {number}"})
        assert response.status_code == 302
    response = client.post(URL, {"kind": "barrier", "description": "Nr. 6"})
    assert response.status_code == 200
    assert "schon mehrere Meldungen eingegangen" in response.content.decode()
    assert AccessibilityFeedback.objects.count() == 5


def test_personal_data_past_its_retention_is_purged(settings):
    from axes.models import AccessLog
    from django.core.management import call_command
    from django.utils import timezone

    from cms.services import purge_personal_data

    settings.LOGIN_LOG_RETENTION_DAYS = 30
    settings.FEEDBACK_RETENTION_DAYS = 365
    now = timezone.now()
    old_log = AccessLog.objects.create(username="alt", ip_address="10.0.0.1")
    AccessLog.objects.filter(pk=old_log.pk).update(
        attempt_time=now - datetime.timedelta(days=31)
    )
    AccessLog.objects.create(username="neu", ip_address="10.0.0.2")
    old = submit_accessibility_feedback(data={"kind": "barrier", "description": "Alt"})
    update_accessibility_feedback(feedback=old, status="closed", answer="", user=None)
    AccessibilityFeedback.objects.filter(pk=old.pk).update(
        closed_at=now - datetime.timedelta(days=400)
    )
    still_open = submit_accessibility_feedback(
        data={"kind": "barrier", "description": "Offen"}
    )
    AccessibilityFeedback.objects.filter(pk=still_open.pk).update(
        received_at=now - datetime.timedelta(days=400)
    )
    deleted = purge_personal_data()
    assert list(AccessLog.objects.values_list("username", flat=True)) == ["neu"]
    assert list(AccessibilityFeedback.objects.all()) == [still_open]
    assert sum(deleted.values()) == 2
    call_command("purge_personal_data", stdout=io.StringIO())
    assert sum(purge_personal_data().values()) == 0


def test_the_daily_purge_is_scheduled_for_celery_beat(settings):
    from lms.celery import app

    app.loader.import_default_modules()
    task = settings.CELERY_BEAT_SCHEDULE["purge-personal-data"]["task"]
    assert task in app.tasks
