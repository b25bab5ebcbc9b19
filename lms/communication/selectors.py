"""Reads of communication: who gets an announcement, what a participant
sees, which seminar days and due dates are theirs."""

from lms.learning.models import Enrolment
from lms.projects.models import Submission
from lms.projects.selectors import NOTHING_DUE, base_due_at, due_dates
from modules.models import AssignmentPage, SessionPage

from .models import Announcement


def announcement_recipients(cohort):
    """The enrolments an announcement to `cohort` is mailed to: everyone
    enrolled but those who cancelled, with an active account and an address."""
    return (
        Enrolment.objects.filter(cohort=cohort)
        .exclude(status=Enrolment.Status.CANCELLED)
        .filter(user__is_active=True)
        .exclude(user__email="")
        .select_related("user")
    )


def announcements_for(user, limit=5):
    """The newest sent announcements to the cohorts `user` is enrolled in."""
    cohorts = (
        Enrolment.objects.for_user(user)
        .exclude(status=Enrolment.Status.CANCELLED)
        .values("cohort")
    )
    return (
        Announcement.objects.filter(cohort__in=cohorts, sent_at__isnull=False)
        .select_related("cohort")
        .order_by("-sent_at", "-pk")[:limit]
    )


def _calendar_enrolments(user):
    return (
        Enrolment.objects.for_user(user)
        .exclude(status=Enrolment.Status.CANCELLED)
        .select_related("cohort__programme")
        .prefetch_related("modules")
    )


def participant_sessions(user):
    """The live seminar days of `user`'s cohorts in the modules they booked,
    by date, each once."""
    sessions = {}
    for enrolment in _calendar_enrolments(user):
        for session in enrolment.cohort.sessions.live().specific():
            if enrolment.books_module(session):
                sessions[session.pk] = session
    return sorted(sessions.values(), key=lambda session: session.starts_at)


def participant_due_dates(user):
    """[(assignment page, due date)] of the practice projects `user` still
    owes, by the one rule of `lms.projects.selectors.due_dates`."""
    pages, base_dates = {}, {}
    for enrolment in _calendar_enrolments(user):
        programme = enrolment.cohort.programme
        for page in AssignmentPage.objects.live().descendant_of(programme):
            if enrolment.books_module(page):
                pages[page.pk] = page
                base_dates[enrolment.pk, page.pk] = base_due_at(enrolment.cohort, page)
    handed_in = set(
        Submission.objects.filter(
            enrolment__user=user, status__in=NOTHING_DUE
        ).values_list("enrolment_id", "page_id")
    )
    return sorted(
        (
            (pages[page_id], due_at)
            for (enrolment_id, page_id), due_at in due_dates(base_dates).items()
            if due_at is not None and (enrolment_id, page_id) not in handed_in
        ),
        key=lambda item: item[1],
    )


def may_download_session(user, session):
    """A participant downloads their own seminar days."""
    return any(own.pk == session.pk for own in participant_sessions(user))


def live_session(session_id):
    return SessionPage.objects.live().filter(pk=session_id).first()


def delivery_figures(announcement):
    """How the mailing of a sent announcement stands: recipients, mailed,
    failed (an error and not mailed) and waiting."""
    deliveries = list(announcement.deliveries.values_list("mailed_at", "error"))
    mailed = sum(1 for mailed_at, _error in deliveries if mailed_at)
    failed = sum(1 for mailed_at, error in deliveries if not mailed_at and error)
    return {
        "recipients": len(deliveries),
        "mailed": mailed,
        "failed": failed,
        "waiting": len(deliveries) - mailed - failed,
    }
