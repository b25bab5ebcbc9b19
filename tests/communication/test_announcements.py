"""Announcements: written in the admin for one's own cohorts, sent once,
mailed to each enrolled participant, shown on /lernen/ to that cohort only."""

import pytest
from django.urls import reverse
from django.utils import timezone

from lms.communication import services
from lms.communication.exceptions import AlreadySent
from lms.communication.models import Announcement, AnnouncementDelivery

pytestmark = pytest.mark.django_db


def _announcement(cohort, title="Raumänderung", body="Wir treffen uns in Raum 2."):
    return Announcement.objects.create(cohort=cohort, title=title, body=body)


def _send(announcement, user, capture):
    with capture(execute=True):
        return services.send_announcement(announcement=announcement, user=user)


def test_sending_mails_each_enrolled_participant_once_but_not_cancelled_ones(
    world, mailoutbox, django_capture_on_commit_callbacks
):
    announcement = _announcement(world["cohorts"][0])
    count = _send(
        announcement, world["trainers"][0], django_capture_on_commit_callbacks
    )

    assert count == 1
    assert [mail.to for mail in mailoutbox] == [[world["anna"].user.email]]
    mail = mailoutbox[0]
    assert mail.subject == "Durchgang A: Raumänderung"
    assert "Wir treffen uns in Raum 2." in mail.body
    delivery = AnnouncementDelivery.objects.get()
    assert delivery.mailed_at is not None and delivery.error == ""

    with pytest.raises(AlreadySent):
        _send(announcement, world["trainers"][0], django_capture_on_commit_callbacks)
    assert len(mailoutbox) == 1
    assert AnnouncementDelivery.objects.count() == 1


def test_a_failed_mail_is_logged_on_the_delivery(world, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("Mailserver nicht erreichbar")

    monkeypatch.setattr("lms.communication.services.send_templated_mail", refuse)
    announcement = _announcement(world["cohorts"][0])
    services.send_announcement(announcement=announcement, user=world["trainers"][0])
    delivery = AnnouncementDelivery.objects.get()
    with pytest.raises(OSError):
        services.deliver_announcement(delivery.pk)
    delivery.refresh_from_db()
    assert delivery.mailed_at is None
    assert delivery.error == "Mailserver nicht erreichbar"


def test_the_dashboard_shows_sent_announcements_to_the_own_cohort_only(
    world, client, django_capture_on_commit_callbacks
):
    sent = _announcement(world["cohorts"][0], title="Raumänderung")
    _send(sent, world["trainers"][0], django_capture_on_commit_callbacks)
    _announcement(world["cohorts"][0], title="Entwurf, nicht gesendet")
    other = _announcement(world["cohorts"][1], title="Nur für Durchgang B")
    _send(other, world["trainers"][1], django_capture_on_commit_callbacks)

    client.force_login(world["anna"].user)
    page = client.get(reverse("dashboard")).content.decode()
    assert "Raumänderung" in page and "Wir treffen uns in Raum 2." in page
    assert "Entwurf, nicht gesendet" not in page
    assert "Nur für Durchgang B" not in page

    client.force_login(world["gone"].user)
    assert "Raumänderung" not in client.get(reverse("dashboard")).content.decode()


def test_a_trainer_writes_to_the_own_cohort_and_not_to_another(world, client):
    client.force_login(world["trainers"][0])
    form = client.get(reverse("announcements:add")).content.decode()
    assert "Durchgang A" in form and "Durchgang B" not in form

    refused = client.post(
        reverse("announcements:add"),
        {"cohort": world["cohorts"][1].pk, "title": "Fremd", "body": "Text"},
    )
    assert refused.status_code == 200
    assert "Bitte wählen Sie einen Ihrer Durchgänge." in refused.content.decode()
    assert not Announcement.objects.exists()

    created = client.post(
        reverse("announcements:add"),
        {"cohort": world["cohorts"][0].pk, "title": "Eigen", "body": "Text"},
    )
    announcement = Announcement.objects.get()
    assert created.url == reverse("announcements:detail", args=[announcement.pk])
    assert announcement.created_by == world["trainers"][0]
    assert announcement.sent_at is None


def test_another_cohorts_announcement_is_not_found_for_a_trainer(world, client):
    other = _announcement(world["cohorts"][1], title="Nur für Durchgang B")
    client.force_login(world["trainers"][0])
    assert (
        client.get(reverse("announcements:detail", args=[other.pk])).status_code == 404
    )
    assert client.get(reverse("announcements:edit", args=[other.pk])).status_code == 404
    assert (
        client.post(
            reverse("announcements:detail", args=[other.pk]), {"confirm": "yes"}
        ).status_code
        == 404
    )
    for view in ("history", "usage", "delete"):
        url = reverse(f"announcements:{view}", args=[other.pk])
        assert client.get(url).status_code == 404
    own = _announcement(world["cohorts"][0])
    assert (
        client.get(reverse("announcements:history", args=[own.pk])).status_code == 200
    )
    index = client.get(reverse("announcements:index")).content.decode()
    assert "Nur für Durchgang B" not in index
    other.refresh_from_db()
    assert other.sent_at is None


def test_sending_in_the_admin_asks_first_and_then_shows_the_log(
    world, client, mailoutbox, django_capture_on_commit_callbacks
):
    announcement = _announcement(world["cohorts"][0])
    client.force_login(world["trainers"][0])
    url = reverse("announcements:detail", args=[announcement.pk])

    asked = client.post(url).content.decode()
    assert "Ja, jetzt senden" in asked
    announcement.refresh_from_db()
    assert announcement.sent_at is None and mailoutbox == []

    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"confirm": "yes"})
    page = client.get(url).content.decode()
    assert "Versandprotokoll" in page
    assert "Empfänger/innen: 1 · zugestellt: 1 · fehlgeschlagen: 0" in page
    assert len(mailoutbox) == 1

    index = client.get(reverse("announcements:index")).content.decode()
    sent_at = timezone.localtime(Announcement.objects.get().sent_at)
    assert f"gesendet am {sent_at:%d.%m.%Y, %H:%M}" in index

    again = client.post(url, {"confirm": "yes"}, follow=True).content.decode()
    assert "bereits gesendet" in again
    assert len(mailoutbox) == 1
    assert (
        client.get(reverse("announcements:edit", args=[announcement.pk])).status_code
        == 404
    )


def test_the_office_sees_every_cohort_and_participants_see_no_admin(
    world, client, lpr_office
):
    _announcement(world["cohorts"][1], title="Nur für Durchgang B")
    client.force_login(lpr_office)
    assert (
        "Nur für Durchgang B"
        in client.get(reverse("announcements:index")).content.decode()
    )
    client.force_login(world["anna"].user)
    assert client.get(reverse("announcements:index")).status_code in (302, 403)
