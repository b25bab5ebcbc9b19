"""A participant's progress, kept in the shared cache until a write changes it.

Every figure still comes from `programme_progress`; this module only keeps
its result per user, so that a lesson page or `/lernen/` need not compute
the whole programme again. Freshness rests on two stamps in the cache:

- one per user, renewed whenever a record of theirs is written (lesson
  completion, knowledge-check attempt and grant, attendance, practice
  project);
- one for everyone, renewed whenever an enrolment (status, booked modules),
  a cohort (its seminar days) or a page (publish, unpublish, move, delete)
  is written.

A result is stored under the stamps read *before* it was computed, and a
stamp is renewed both at the write and once its transaction has committed:
a computation that raced a write lands under a stamp nobody reads again.
A seminar day that begins or ends changes figures without a write, so a
result expires at the next such moment. The writes are caught by model
signals, so every path (services, admin, imports) invalidates alike;
`QuerySet.update()` and `bulk_create()` send none and must call
`forget_user` / `forget_everyone` themselves.

Production requires a shared cache (CACHE_URL, Redis): every gunicorn and
Celery process reads and renews the same stamps.
"""

import math
import uuid
from datetime import timedelta

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from ..models import ActivityRecord, Cohort, Enrolment, QuizAttemptGrant
from .attendance import SESSION
from .compute import programme_progress

# Part of every key: raise FORMAT when the cached classes change shape, so
# that a deployment never reads what the previous code stored. The database
# is named too: a cache server outlives a test database.
FORMAT = 1
MAX_AGE = timedelta(hours=6)
COURSE_ACCESS = (Enrolment.Status.ACTIVE, Enrolment.Status.COMPLETED)


def _prefix():
    return f"lms:progress:{FORMAT}:{connection.settings_dict['NAME']}"


def _everyone_stamp():
    return f"{_prefix()}:stamp"


def _user_stamp(user_id):
    return f"{_prefix()}:stamp:{user_id}"


def _renew(key):
    cache.set(key, uuid.uuid4().hex, timeout=None)


def _renew_now_and_on_commit(key):
    _renew(key)
    transaction.on_commit(lambda: _renew(key))


def forget_user(user_id):
    """The cached progress of one user is no longer read."""
    _renew_now_and_on_commit(_user_stamp(user_id))


def forget_everyone():
    """No cached progress is read any more."""
    _renew_now_and_on_commit(_everyone_stamp())


def _stamps(user_id):
    keys = [_everyone_stamp(), _user_stamp(user_id)]
    found = cache.get_many(keys)
    for key in keys:
        if key not in found:
            cache.add(key, uuid.uuid4().hex, timeout=None)
            found[key] = cache.get(key) or uuid.uuid4().hex
    return [found[key] for key in keys]


def _valid_until(progress_list, now):
    """The next moment a seminar day of these results begins or ends (then
    `held`, `over` and the upcoming dates change), at most MAX_AGE ahead."""
    moments = [now + MAX_AGE]
    for progress in progress_list:
        for module in progress.modules:
            for activity in module.activities:
                if activity.kind == SESSION:
                    page = activity.page
                    moments += [m for m in (page.starts_at, page.ends_at) if m > now]
    return min(moments)


def user_progress(user):
    """The ProgrammeProgress of each enrolment of `user` (any status), the
    latest cohort first; from the cache while no write changed it."""
    if not user.is_authenticated:
        return []
    key = ":".join([_prefix(), str(user.pk), *_stamps(user.pk)])
    now = timezone.now()
    cached = cache.get(key)
    if cached is not None and cached[0] > now:
        return cached[1]
    enrolments = list(
        Enrolment.objects.filter(user=user)
        .select_related("cohort__programme")
        .order_by("-cohort__start_date", "-pk")
    )
    computed = programme_progress(enrolments)
    result = [computed[enrolment.pk] for enrolment in enrolments]
    until = _valid_until(result, now)
    seconds = math.ceil((until - now).total_seconds())
    cache.set(key, (until, result), timeout=max(seconds, 1))
    return result


def page_progress(user, page):
    """What `policies.learner_progress` answers, from `user_progress`: the
    progress in the programme containing `page` of the latest enrolment with
    course access, or None. It holds the whole programme."""
    for progress in user_progress(user):
        enrolment = progress.enrolment
        if enrolment.status in COURSE_ACCESS and page.path.startswith(
            enrolment.cohort.programme.path
        ):
            return progress
    return None


def _user_of(record):
    field = type(record)._meta.get_field("enrolment")
    if field.is_cached(record):
        return record.enrolment.user_id
    return (
        Enrolment.objects.filter(pk=record.enrolment_id)
        .values_list("user_id", flat=True)
        .first()
    )


@receiver(post_save)
@receiver(post_delete)
def _written(sender, instance, **kwargs):
    if isinstance(instance, (ActivityRecord, QuizAttemptGrant)):
        user_id = _user_of(instance)
        if user_id is None:
            forget_everyone()
        else:
            forget_user(user_id)
    elif isinstance(instance, (Enrolment, Cohort, Page)):
        forget_everyone()


@receiver(m2m_changed, sender=Enrolment.modules.through)
@receiver(m2m_changed, sender=Cohort.sessions.through)
@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def _structure_changed(sender, **kwargs):
    forget_everyone()
