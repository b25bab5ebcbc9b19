"""Which account a login means, and where a person lands after it."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import reverse

ADMIN_ACCESS = "wagtailadmin.access_admin"


def find_account(identifier):
    """The account a login form's first field names, or None.

    The user name wins (exact, as Django compares it); otherwise the e-mail
    address, ignoring case, among active accounts. An address shared by two
    active accounts names none of them: never log into the wrong one.
    """
    if not identifier:
        return None
    User = get_user_model()
    by_username = User._default_manager.filter(
        **{User.USERNAME_FIELD: identifier}
    ).first()
    if by_username is not None:
        return by_username
    matches = list(
        User._default_manager.filter(
            **{f"{User.get_email_field_name()}__iexact": identifier.strip()},
            is_active=True,
        )[:2]
    )
    return matches[0] if len(matches) == 1 else None


def lockout_key(request, credentials=None):
    """What django-axes counts failures against: the account's user name
    when the input names one, so that typing the e-mail address (in any
    case) or the user name locks the same account; otherwise the input
    itself, lower-cased."""
    if credentials:
        identifier = credentials.get("username")
    else:
        identifier = getattr(request, "POST", {}).get("username")
    account = find_account(identifier)
    if account is not None:
        return account.get_username()
    return (identifier or "").strip().lower() or None


def is_staff_account(user):
    """Trainers, editors, the office and superusers: not managed as people."""
    return user.is_superuser or user.is_staff or user.has_perm(ADMIN_ACCESS)


def landing_url(user):
    """Staff land on the admin dashboard, participants on /lernen/."""
    if user.has_perm(ADMIN_ACCESS):
        return reverse("wagtailadmin_home")
    return settings.LOGIN_REDIRECT_URL


def staff_accounts_q():
    """Accounts with admin access through a group or directly, or flagged."""
    app_label, codename = ADMIN_ACCESS.split(".")
    access = Q(
        groups__permissions__codename=codename,
        groups__permissions__content_type__app_label=app_label,
    ) | Q(
        user_permissions__codename=codename,
        user_permissions__content_type__app_label=app_label,
    )
    return access | Q(is_superuser=True) | Q(is_staff=True)
