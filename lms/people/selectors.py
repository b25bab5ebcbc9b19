"""The accounts the office manages: participants, never staff."""

from django.contrib.auth import get_user_model
from django.db.models import Q

from lms.learning.models import Cohort

from .accounts import staff_accounts_q

MANAGE = "lms.manage_participant_accounts"


def may_manage_people(user):
    return user.is_authenticated and user.is_active and user.has_perm(MANAGE)


def participant_accounts():
    """Every account without admin access, staff flag or superuser status."""
    User = get_user_model()
    staff = User._default_manager.filter(staff_accounts_q()).values("pk")
    return User._default_manager.exclude(pk__in=staff)


def search_people(*, query="", cohort=None):
    """Participants whose name, e-mail or user name contain every word."""
    people = participant_accounts()
    for word in query.split():
        people = people.filter(
            Q(first_name__icontains=word)
            | Q(last_name__icontains=word)
            | Q(email__icontains=word)
            | Q(username__icontains=word)
        )
    if cohort is not None:
        people = people.filter(
            pk__in=Cohort.objects.filter(pk=cohort.pk).values("enrolments__user")
        )
    return people.order_by("last_name", "first_name", "pk").prefetch_related(
        "enrolments__cohort"
    )
