"""What the office is told when the background service is away, what hangs
on its dashboard, and the integrity audit of the stored PDFs."""

import logging
from datetime import timedelta

import pytest
from django.contrib.messages import get_messages
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import timezone
from kombu.exceptions import OperationalError

from certificates import services, tasks
from certificates.models import Certificate
from cms.core import outbox

pytestmark = pytest.mark.django_db


def broker_unreachable(*args, **kwargs):
    raise OperationalError("Error 111 connecting to 127.0.0.1:6379.")


def key(enrolment):
    return f"{enrolment.pk}-0"


def message_texts(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


# Told after the commit, as in production: these tests commit for real.
committing = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def broker_away(monkeypatch):
    for task in (tasks.render_certificate_task, tasks.issue_batch_item_task):
        monkeypatch.setattr(task, "apply_async", broker_unreachable)
    return monkeypatch


@committing
def test_issue_one_with_the_broker_away_says_when_the_pdf_follows(
    client, lpr_office, programme, graduate, broker_away
):
    client.force_login(lpr_office)
    response = client.post(
        reverse("certificates_admin:cohort", args=[programme["cohort"].pk]),
        {"issue_one": key(graduate)},
    )
    certificate = Certificate.objects.get()
    assert message_texts(response) == [
        f"Die Bescheinigung {certificate.number} ist ausgestellt und wird erstellt, "
        "sobald der Hintergrunddienst erreichbar ist."
    ]

    broker_away.undo()
    outbox.redispatch(now=timezone.now() + timedelta(minutes=1))
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.ISSUED and certificate.pdf


def test_issue_one_with_the_broker_there_says_it_is_being_created(
    client, lpr_office, programme, graduate, django_capture_on_commit_callbacks
):
    client.force_login(lpr_office)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("certificates_admin:cohort", args=[programme["cohort"].pk]),
            {"issue_one": key(graduate)},
        )
    number = Certificate.objects.get().number
    assert message_texts(response) == [f"Die Bescheinigung {number} wird erstellt."]


@committing
def test_retry_with_the_broker_away_says_when_the_pdf_follows(
    client, lpr_office, graduate, broker_away
):
    certificate, _created = services.issue(graduate, by=lpr_office, queue_render=False)
    client.force_login(lpr_office)
    url = reverse("certificates_admin:certificate", args=[certificate.pk])
    response = client.post(url, {"action": "retry"})
    assert message_texts(response) == [
        "Das PDF wird erstellt, sobald der Hintergrunddienst erreichbar ist."
    ]


@committing
def test_bulk_issue_with_the_broker_away_says_when_it_follows(
    client, lpr_office, programme, graduate, broker_away
):
    client.force_login(lpr_office)
    response = client.post(
        reverse("certificates_admin:cohort", args=[programme["cohort"].pk]),
        {"action": "selected", "keys": [key(graduate)]},
    )
    assert message_texts(response) == [
        "Eine Bescheinigung wird ausgestellt, sobald der Hintergrunddienst "
        "erreichbar ist."
    ]
    html = client.get(response["Location"]).content.decode()
    assert "Der Hintergrunddienst ist gerade nicht erreichbar." in html


def test_the_office_sees_certificates_that_hang_on_its_dashboard(
    client, lpr_office, graduate, settings
):
    certificate, _created = services.issue(graduate, by=lpr_office, queue_render=False)
    client.force_login(lpr_office)
    home = reverse("wagtailadmin_home")
    assert (
        "Zertifikate, die noch erstellt werden" not in client.get(home).content.decode()
    )

    settings.OUTBOX_STUCK_AFTER = -1
    html = client.get(home).content.decode()
    assert 'aria-labelledby="stuck-certificates-heading"' in html
    assert (
        "Das PDF von 1 Zertifikat ist seit mehr als einigen Minuten nicht fertig."
        in html
    )
    url = reverse("certificates_admin:certificate", args=[certificate.pk])
    assert f'<a href="{url}">{certificate.number}</a>' in html


# The integrity audit


@pytest.fixture
def no_mail_yet(certificate):
    """The holder's „ready“ mail is not what these tests look at."""
    mail.outbox.clear()


def test_audit_passes_when_every_pdf_is_unchanged(
    certificate, lpr_office, no_mail_yet, capsys
):
    call_command("audit_certificates")
    assert "Alle gespeicherten Zertifikate sind unverändert." in capsys.readouterr().out
    assert not mail.outbox


def test_audit_reports_an_altered_pdf_to_the_office(
    certificate, lpr_office, no_mail_yet, caplog
):
    storage, name = certificate.pdf.storage, certificate.pdf.name
    with storage.open(name, "rb") as pdf:
        data = bytearray(pdf.read())
    data[200:201] = b"X"
    storage.overwrite(name, bytes(data))
    with (
        caplog.at_level(logging.ERROR),
        pytest.raises(CommandError, match="1 Zertifikat"),
    ):
        call_command("audit_certificates")
    assert f"Certificate audit: {certificate.number}" in caplog.text
    (message,) = mail.outbox
    assert message.to == [lpr_office.email]
    assert message.subject == "Prüfung der Zertifikate: 1 Auffälligkeit"
    assert certificate.number in message.body
    assert "verändert oder beschädigt" in message.body
    assert (
        reverse("certificates_admin:certificate", args=[certificate.pk]) in message.body
    )


def test_audit_reports_a_missing_pdf(certificate, lpr_office, no_mail_yet):
    certificate.pdf.storage.delete(certificate.pdf.name)
    with pytest.raises(CommandError):
        call_command("audit_certificates")
    assert "Die PDF-Datei fehlt im Speicher." in mail.outbox[0].body


def test_the_weekly_task_audits_too(certificate, lpr_office, no_mail_yet):
    certificate.pdf.storage.delete(certificate.pdf.name)
    assert tasks.audit_certificates_task.delay().get() == 1
    assert len(mail.outbox) == 1


def test_the_audit_is_scheduled_weekly(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["audit-certificates"]
    assert entry["task"] == tasks.audit_certificates_task.name
    assert entry["schedule"].day_of_week == {0}
