"""Writes of communication: sending an announcement, mailing one
delivery, the participant's calendar address."""

from smtplib import SMTPException

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.core.mail import send_templated_mail

from .exceptions import AlreadySent
from .models import Announcement, AnnouncementDelivery, CalendarFeed
from .selectors import announcement_recipients


def send_announcement(*, announcement, user):
    """Send `announcement` to its cohort, once: a delivery row per
    recipient, each mailed by a background task through the outbox.
    Returns the number of recipients; raises AlreadySent."""
    from .tasks import deliver_announcement_task

    with transaction.atomic():
        locked = Announcement.objects.select_for_update().get(pk=announcement.pk)
        if locked.is_sent:
            raise AlreadySent(_("Diese Mitteilung wurde bereits gesendet."))
        locked.sent_at = timezone.now()
        locked.sent_by = user
        locked.save(update_fields=["sent_at", "sent_by"])
        deliveries = AnnouncementDelivery.objects.bulk_create(
            AnnouncementDelivery(
                announcement=locked, user=enrolment.user, email=enrolment.user.email
            )
            for enrolment in announcement_recipients(locked.cohort)
        )
        for delivery in deliveries:
            deliver_announcement_task.delay_on_commit(delivery.pk)
    return len(deliveries)


def deliver_announcement(delivery_id):
    """Mail one delivery unless it went out; a failure is logged on the row
    and raised again, so that the task tries again."""
    delivery = (
        AnnouncementDelivery.objects.select_related("announcement__cohort", "user")
        .filter(pk=delivery_id, mailed_at__isnull=True)
        .first()
    )
    if delivery is None:
        return False
    rows = AnnouncementDelivery.objects.filter(pk=delivery.pk)
    try:
        send_templated_mail(
            template="communication/mail/announcement",
            context={
                "announcement": delivery.announcement,
                "participant": delivery.user,
                "dashboard_url": settings.SITE_URL + reverse("dashboard"),
            },
            recipients=[delivery.email],
        )
    except (OSError, SMTPException) as error:
        rows.update(error=str(error)[:500] or type(error).__name__)
        raise
    rows.update(mailed_at=timezone.now(), error="")
    return True


def calendar_feed(user):
    """The participant's calendar address, made on first use."""
    return CalendarFeed.objects.get_or_create(user=user)[0]


def renew_calendar_feed(user):
    """A new secret address; the old one is dead from now on."""
    feed = calendar_feed(user)
    feed.renew()
    return feed
