"""A participant's new e-mail address counts once a link mailed to it is used.

The link carries a signed token (account, old and new address) that expires
after `PASSWORD_RESET_TIMEOUT`; it stops working once the address changed.
The old address is told about the change.
"""

from django.conf import settings
from django.core import signing
from django.urls import reverse

from cms.core.mail import render_templated_mail
from cms.core.tasks import send_mail_task

SALT = "lms.people.email-change"


class InvalidEmailChange(Exception):
    """The link is expired, tampered with, for someone else or used."""

    def __init__(self, *, expired=False):
        super().__init__()
        self.expired = expired


def make_token(user, new_email):
    return signing.dumps(
        {"user": user.pk, "old": user.email, "new": new_email}, salt=SALT
    )


def read_token(token, *, user):
    """The new address of `user`'s request; raises InvalidEmailChange."""
    try:
        data = signing.loads(token, salt=SALT, max_age=settings.PASSWORD_RESET_TIMEOUT)
    except signing.SignatureExpired as error:
        raise InvalidEmailChange(expired=True) from error
    except signing.BadSignature as error:
        raise InvalidEmailChange from error
    if data.get("user") != user.pk or data.get("old") != user.email:
        raise InvalidEmailChange
    return data["new"]


def _queue_mail(template, context, recipient):
    subject, body = render_templated_mail(template, context)
    send_mail_task.delay_on_commit(subject=subject, body=body, recipients=[recipient])


def request_change(user, new_email):
    """Mail the confirmation link to the new address."""
    token = make_token(user, new_email)
    link = reverse("email_change_confirm", kwargs={"token": token})
    _queue_mail(
        "people/mail/email_change",
        {
            "user": user,
            "confirm_url": settings.SITE_URL + link,
            "valid_days": max(settings.PASSWORD_RESET_TIMEOUT // (24 * 60 * 60), 1),
        },
        new_email,
    )


def confirm_change(user, new_email):
    """Use the new address and tell the old one."""
    old_email = user.email
    user.email = new_email
    user.save(update_fields=["email"])
    if old_email:
        _queue_mail(
            "people/mail/email_changed",
            {"user": user, "new_email": new_email},
            old_email,
        )
