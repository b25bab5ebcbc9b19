"""Reusable reads of the certificates app."""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from cms.core import outbox
from cms.models import OutboxMessage
from lms.learning.models import Enrolment

from .eligibility import candidates_for
from .models import Certificate
from .policies import is_issuable


def holder_certificates(user):
    """The user's certificates, newest first, in one query; replaced ones are
    left out (their successor is listed)."""
    if not user.is_authenticated:
        return []
    return list(
        Certificate.objects.filter(enrolment__user=user)
        .exclude(status=Certificate.Status.REPLACED)
        .order_by("-created_at", "-pk")
    )


def successor(certificate):
    """The certificate that replaces `certificate`, if any."""
    return Certificate.objects.filter(replaces=certificate).first()


def render_waiting_for_broker(certificate):
    """Whether the PDF of `certificate` could not be handed to the background
    service yet; it is rendered once the service is reachable."""
    from .tasks import render_certificate_task

    return certificate.status == Certificate.Status.PENDING and outbox.is_waiting(
        render_certificate_task, certificate.pk
    )


def batch_waiting_for_broker(batch):
    """Whether items of `batch` could not be handed to the background service
    yet; they are issued once it is reachable."""
    from .tasks import issue_batch_item_task

    return (
        OutboxMessage.objects.waiting_for_broker()
        .filter(
            task_name=issue_batch_item_task.name,
            args__0__in=list(batch.items.values_list("pk", flat=True)),
        )
        .exists()
    )


def stuck_certificates(now=None):
    """Certificates still being created OUTBOX_STUCK_AFTER seconds after they
    were issued, oldest first."""
    now = now or timezone.now()
    return Certificate.objects.filter(
        status=Certificate.Status.PENDING,
        created_at__lt=now - timedelta(seconds=settings.OUTBOX_STUCK_AFTER),
    ).order_by("created_at")


@dataclass
class CohortToCertify:
    """A cohort with participants who meet the requirements but have no
    valid certificate yet: `participants` of them, and `issuable`
    certificates or Bescheinigungen that can be issued now (the others only
    with a reason, before their certified period ends)."""

    cohort: object
    participants: int = 0
    issuable: int = 0


def cohorts_to_certify():
    """The cohorts, newest first, whose active or completed participants
    include eligible ones without a valid certificate. Queries do not grow
    with the number of enrolments; whole-programme participants who hold a
    valid certificate are not looked at."""
    certified = Certificate.objects.filter(
        enrolment=OuterRef("pk"), module=None, status__in=Certificate.VALID
    )
    enrolments = (
        Enrolment.objects.with_course_access()
        .exclude(Q(scope=Enrolment.Scope.PROGRAMME) & Exists(certified))
        .select_related("user__participant_profile", "cohort__programme")
        .order_by("-cohort__start_date", "cohort__name", "pk")
    )
    cohorts, counted = {}, set()
    for candidate in candidates_for(enrolments):
        if not candidate.eligible or candidate.certificate is not None:
            continue
        enrolment = candidate.enrolment
        row = cohorts.setdefault(enrolment.cohort_id, CohortToCertify(enrolment.cohort))
        if enrolment.pk not in counted:
            counted.add(enrolment.pk)
            row.participants += 1
        row.issuable += is_issuable(candidate)
    return list(cohorts.values())
