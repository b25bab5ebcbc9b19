import logging

from celery import shared_task
from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .core.mail import lpr_office_emails, send_templated_mail
from .core.tasks import MAIL_RETRY
from .models import AccessibilityFeedback

logger = logging.getLogger(__name__)


@shared_task(verbose_name=_("Barriere-Meldung an die Geschäftsstelle"), **MAIL_RETRY)
def notify_accessibility_feedback_task(feedback_id):
    """Mail the LPR office that a barrier was reported."""
    feedback = AccessibilityFeedback.objects.filter(pk=feedback_id).first()
    if feedback is None:
        logger.warning("Accessibility feedback %s no longer exists.", feedback_id)
        return
    recipients = lpr_office_emails()
    if not recipients:
        logger.warning("No LPR office member with an e-mail address to notify.")
        return
    send_templated_mail(
        template="cms/mail/accessibility_feedback",
        context={
            "feedback": feedback,
            "edit_url": settings.SITE_URL
            + reverse("accessibility_feedback:edit", args=[feedback.pk]),
        },
        recipients=recipients,
    )


@shared_task(acks_late=True)
def purge_personal_data_task():
    """Daily: delete personal data whose retention period has passed."""
    from .services import purge_personal_data

    deleted = purge_personal_data()
    logger.info("Purged personal data: %s", deleted)
