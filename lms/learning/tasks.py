from celery import shared_task
from django.utils.translation import gettext_lazy as _

from cms.core.tasks import MAIL_RETRY


@shared_task(
    name="lms.tasks.send_invitation_task",
    verbose_name=_("Einladung zur Lernplattform"),
    **MAIL_RETRY,
)
def send_invitation_task(user_id):
    """Invite a participant created by the CSV import to set a password.

    A deleted or deactivated account, or one that already has a password
    (the task ran before), gets no mail.
    """
    # Imported here: enrolment_import enqueues this task, so a module-level
    # import would be circular.
    import logging

    from django.contrib.auth import get_user_model

    from .enrolment_import import send_invitation

    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None or user.has_usable_password():
        logging.getLogger(__name__).info(
            "Invitation skipped: user %s is gone, inactive or has a password.",
            user_id,
        )
        return
    send_invitation(user=user)
