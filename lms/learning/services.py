"""Every write to the learner record goes through these functions."""

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from .exceptions import NoAttemptsLeft
from .models import (
    AttendanceRecord,
    Enrolment,
    LessonCompletion,
    ParticipantProfile,
    QuizAttempt,
    QuizAttemptGrant,
)
from .policies import attempts_allowed, attempts_left


def enrol(*, user, cohort, scope=Enrolment.Scope.PROGRAMME, modules=()):
    """Enrol `user` in `cohort`; an existing enrolment is returned unchanged."""
    with transaction.atomic():
        enrolment, created = Enrolment.objects.get_or_create(
            user=user, cohort=cohort, defaults={"scope": scope}
        )
        if created and scope == Enrolment.Scope.MODULES:
            enrolment.modules.set(modules)
        ParticipantProfile.objects.get_or_create(user=user)
    return enrolment


def activity_record(model, *, enrolment, page):
    """The one record of `model` (an ActivityRecord type) for this
    participant and activity, created if there is none. The database allows
    one; when a second request (double click, other tab) wins the race to
    create it, theirs is returned."""
    try:
        with transaction.atomic():
            record, _created = model.objects.get_or_create(
                enrolment=enrolment, page=page
            )
    except IntegrityError:
        record = model.objects.get(enrolment=enrolment, page=page)
    return record


def record_lesson_completion(*, enrolment, lesson):
    """Mark `lesson` done; marking it twice keeps the first mark."""
    return activity_record(LessonCompletion, enrolment=enrolment, page=lesson)


def undo_lesson_completion(*, enrolment, lesson):
    """Take back the mark; nothing happens if the lesson was not marked."""
    LessonCompletion.objects.filter(enrolment=enrolment, page=lesson).delete()


def submit_quiz_attempt(*, enrolment, quiz, answers, token=None):
    """Score and store one attempt; every attempt is kept.

    `answers` maps question ids to lists of chosen answer ids. `token`
    identifies the submitted form: sending the same form twice (double
    click, reload) returns the first attempt instead of using another one.
    Raises NoAttemptsLeft when the quiz allows no further attempt.
    """
    if token:
        earlier = QuizAttempt.objects.filter(enrolment=enrolment, token=token).first()
        if earlier:
            return earlier
    with transaction.atomic():
        # Lock the enrolment so two tabs cannot both use the last attempt.
        Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        used = QuizAttempt.objects.filter(enrolment=enrolment, page=quiz).count()
        granted = QuizAttemptGrant.objects.filter(
            enrolment=enrolment, page=quiz
        ).count()
        if attempts_left(quiz, used=used, granted=granted) == 0:
            raise NoAttemptsLeft(
                _("Sie haben alle %(count)s Versuche für diesen Wissens-Check genutzt.")
                % {"count": attempts_allowed(quiz, granted=granted)}
            )
        score, results = quiz.score(answers)
        return QuizAttempt.objects.create(
            enrolment=enrolment,
            page=quiz,
            single=False,
            token=token,
            answers=answers,
            results=results,
            score=score,
            passed=score >= quiz.pass_mark,
        )


def grant_quiz_attempt(*, enrolment, quiz, granted_by, reason):
    """Allow `enrolment` one more attempt at `quiz`; the grant is kept."""
    return QuizAttemptGrant.objects.create(
        enrolment=enrolment, page=quiz, granted_by=granted_by, reason=reason
    )


def record_attendance(*, enrolment, session, status, recorded_by):
    """Set the attendance of one participant at one seminar day."""
    with transaction.atomic():
        record, created = AttendanceRecord.objects.get_or_create(
            enrolment=enrolment,
            page=session,
            defaults={"status": status, "recorded_by": recorded_by},
        )
        if not created and record.status != status:
            record.status = status
            record.recorded_by = recorded_by
            record.save(update_fields=["status", "recorded_by", "recorded_at"])
    return record
