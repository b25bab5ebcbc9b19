"""A cohort counted by hand for the report tests.

Programme: module 1 (a lesson and the seminar day of 5 March 2025),
module 2 (the practice project). Durchgang 2025:

- Anna: Polizei, Polizeidirektion Dresden, active; lesson done, present,
  project passed after a revision round.
- Ben: Polizei, Polizeidirektion Dresden, active; lesson done, excused,
  project failed (its revision request was corrected into „failed“).
- Cara: Soziale Arbeit, Stadt Leipzig, paused; nothing done.
- Dirk: no profile, cancelled; lesson done, present, project handed in.
- Emil: Schule, no organisation, completed; lesson done, present, passed.

Certificates (2025): Emil's Zertifikat valid, Anna's revoked, a
Teilnahmebescheinigung for Ben replaced by its successor. One more
participant in Durchgang 2026 tells the filters apart.
"""

import datetime

import pytest
from django.utils import timezone

from certificates.models import Certificate
from lms.learning import services
from lms.learning.models import AttendanceRecord, Enrolment, ParticipantProfile
from lms.projects.models import Review, Submission
from tests.factories import (
    AssignmentPageFactory,
    CohortFactory,
    EnrolmentFactory,
    LessonPageFactory,
    ModulePageFactory,
    ProgrammePageFactory,
    SessionPageFactory,
    UserFactory,
    handed_in_version,
)

Field = ParticipantProfile.Field
Status = Enrolment.Status


def aware(*args):
    return timezone.make_aware(datetime.datetime(*args))


def person(cohort, name, field=None, organisation="", status=Status.ACTIVE):
    user = UserFactory(username=name.lower(), first_name=name, last_name="Beispiel")
    if field is not None:
        ParticipantProfile.objects.create(
            user=user, professional_field=field, organisation=organisation
        )
    return EnrolmentFactory(cohort=cohort, user=user, status=status)


def attend(enrolment, session, status=AttendanceRecord.Status.PRESENT):
    AttendanceRecord.objects.create(enrolment=enrolment, page=session, status=status)


def review(version, decision, corrects=None):
    return Review.objects.create(
        version=version,
        decision=decision,
        released_at=timezone.now(),
        corrects=corrects,
    )


def project(enrolment, assignment, outcome):
    """Hand in; set the outcome as the grading service leaves it."""
    version = handed_in_version(enrolment, assignment)
    if outcome == "revision_then_passed":
        review(version, Review.Decision.REVISION)
        outcome = Submission.Status.PASSED
    elif outcome == "corrected_revision_then_failed":
        wrong = review(version, Review.Decision.REVISION)
        review(version, Review.Decision.FAILED, corrects=wrong)
        outcome = Submission.Status.FAILED
    Submission.objects.filter(enrolment=enrolment).update(status=outcome)


def certificate(enrolment, serial, status, kind="certificate", module=None, **extra):
    return Certificate.objects.create(
        enrolment=enrolment,
        kind=kind,
        module=module,
        year=2025,
        serial=serial,
        number=f"LPR-2025-{serial:04d}",
        status=status,
        snapshot={"holder": {"name": enrolment.user.first_name}},
        **extra,
    )


@pytest.fixture
def counted(db):
    programme = ProgrammePageFactory()
    module_1 = ModulePageFactory(parent=programme, number=1, title="Kriminologie")
    module_2 = ModulePageFactory(parent=programme, number=2, title="Projektarbeit")
    lesson = LessonPageFactory(parent=module_1)
    session = SessionPageFactory(
        parent=module_1,
        title="Seminarwochenende 1",
        starts_at=aware(2025, 3, 5, 9),
        ends_at=aware(2025, 3, 5, 17),
    )
    assignment = AssignmentPageFactory(parent=module_2)
    cohort = CohortFactory(
        programme=programme,
        name="Durchgang 2025",
        start_date=datetime.date(2025, 1, 15),
        end_date=datetime.date(2025, 12, 10),
    )
    cohort.sessions.add(session)
    later = CohortFactory(
        programme=programme,
        name="Durchgang 2026",
        start_date=datetime.date(2026, 1, 15),
        end_date=datetime.date(2026, 12, 10),
    )
    anna = person(cohort, "Anna", Field.POLICE, "Polizeidirektion Dresden")
    ben = person(cohort, "Ben", Field.POLICE, "Polizeidirektion Dresden")
    person(cohort, "Cara", Field.SOCIAL_WORK, "Stadt Leipzig", Status.PAUSED)
    dirk = person(cohort, "Dirk", status=Status.CANCELLED)
    emil = person(cohort, "Emil", Field.SCHOOL, "", Status.COMPLETED)
    person(later, "Frieda", Field.JUSTICE, "Landgericht Chemnitz")
    for enrolment in (anna, ben, dirk, emil):
        services.record_lesson_completion(enrolment=enrolment, lesson=lesson)
    for enrolment in (anna, dirk, emil):
        attend(enrolment, session)
    attend(ben, session, AttendanceRecord.Status.EXCUSED)
    project(anna, assignment, "revision_then_passed")
    project(ben, assignment, "corrected_revision_then_failed")
    project(dirk, assignment, Submission.Status.SUBMITTED)
    project(emil, assignment, Submission.Status.PASSED)
    certificate(emil, 1, Certificate.Status.ISSUED)
    certificate(anna, 2, Certificate.Status.REVOKED, revoked_at=timezone.now())
    old = certificate(
        ben, 3, Certificate.Status.REPLACED, kind="attendance", module=module_1
    )
    certificate(
        ben,
        4,
        Certificate.Status.ISSUED,
        kind="attendance",
        module=module_1,
        replaces=old,
    )
    return {"cohort": cohort, "later": later, "programme": programme}
