"""The activity kinds of the learner record: lesson, knowledge check and
seminar day. Registered in LearningConfig.ready()."""

from bisect import insort
from collections import Counter, defaultdict

from django.utils import timezone
from django.utils.translation import gettext as _

from modules.models import LessonPage, QuizPage, SessionPage

from .models import AttendanceRecord, Cohort, QuizAttemptGrant
from .policies import attempts_left
from .progress import SESSION, ActivityKind, ActivityProgress


class LessonKind(ActivityKind):
    """A lesson is done once the participant marked it."""

    name = "lesson"
    page_model = LessonPage
    record_value = "lessoncompletion__pk"
    deferred_fields = ("body", "summary")

    def activity(self, page, progress, loaded):
        return ActivityProgress(
            page,
            self.name,
            page.required,
            page.teaching_units,
            done=(progress.enrolment.pk, page.pk) in loaded,
        )


class QuizKind(ActivityKind):
    """A knowledge check is done once an attempt reached the pass mark; it
    allows its attempts plus those a trainer granted."""

    name = "quiz"
    page_model = QuizPage
    record_value = "quizattempt__score"
    deferred_fields = ("questions", "intro")

    def load(self, enrolments, records):
        grants = Counter(
            QuizAttemptGrant.objects.filter(
                enrolment_id__in=[e.pk for e in enrolments]
            ).values_list("enrolment_id", "page_id")
        )
        return records, grants

    def activity(self, page, progress, loaded):
        records, grants = loaded
        key = (progress.enrolment.pk, page.pk)
        scores = records.get(key, [])
        return ActivityProgress(
            page,
            self.name,
            page.required,
            page.teaching_units,
            done=any(score >= page.pass_mark for score in scores),
            best_score=max(scores) if scores else None,
            attempts=len(scores),
            attempts_left=attempts_left(page, used=len(scores), granted=grants[key]),
        )

    def missing(self, activity):
        if not activity.exhausted:
            return []
        return [
            _(
                "Wissens-Check „%(title)s“: alle Versuche genutzt, "
                "ohne zu bestehen. Bitte wenden Sie sich an Ihre "
                "Trainerin oder Ihren Trainer."
            )
            % {"title": activity.page.title}
        ]


class SessionKind(ActivityKind):
    """A seminar day of the participant's cohort counts for the attendance
    quota (when required) once it has begun and, until then, as an upcoming
    date."""

    name = SESSION
    page_model = SessionPage
    record_value = "attendancerecord__status"
    deferred_fields = ("description",)

    def load(self, enrolments, records):
        cohort_sessions = defaultdict(set)
        for cohort_id, session_id in Cohort.sessions.through.objects.filter(
            cohort_id__in={e.cohort_id for e in enrolments}
        ).values_list("cohort_id", "sessionpage_id"):
            cohort_sessions[cohort_id].add(session_id)
        return records, cohort_sessions, timezone.now()

    def activity(self, page, progress, loaded):
        records, cohort_sessions, now = loaded
        enrolment = progress.enrolment
        if page.pk not in cohort_sessions[enrolment.cohort_id]:
            return None
        status = next(iter(records.get((enrolment.pk, page.pk), [])), None)
        # Attendance counts from the day's start: a list prepared earlier
        # is kept but credits nothing (README: „Was die Zahlen bedeuten“).
        held = page.starts_at <= now
        if not held:
            insort(
                progress.upcoming_sessions, page, key=lambda session: session.starts_at
            )
        return ActivityProgress(
            page,
            self.name,
            page.required,
            page.teaching_units,
            done=held and status == AttendanceRecord.Status.PRESENT,
            attendance=status,
            completes_module=False,
            held=held,
            over=page.ends_at <= now,
        )
