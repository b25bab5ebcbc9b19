import datetime

import pytest
from django.utils import timezone

from certificates import services as certificate_services
from certificates.models import Certificate
from lms.learning import services
from lms.learning.models import AttendanceRecord, Enrolment, ParticipantProfile
from lms.projects.models import Submission
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

MODULES = [
    "Kriminologie",
    "Kriminalprävention",
    "Projektmanagement",
    "Projektbegleitung",
]


@pytest.fixture
def programme(db):
    """The four modules, a lesson in each, a seminar day in module 2 and the
    practice project in module 4; a cohort that holds the seminar day."""
    programme = ProgrammePageFactory()
    modules, lessons = [], []
    for number, title in enumerate(MODULES, start=1):
        module = ModulePageFactory(
            parent=programme, number=number, title=title, teaching_units=30 + number
        )
        modules.append(module)
        lessons.append(LessonPageFactory(parent=module))
    session = SessionPageFactory(
        parent=modules[1],
        starts_at=timezone.make_aware(datetime.datetime(2025, 3, 5, 9)),
        ends_at=timezone.make_aware(datetime.datetime(2025, 3, 5, 17)),
        teaching_units=8,
    )
    assignment = AssignmentPageFactory(parent=modules[3])
    cohort = CohortFactory(
        programme=programme,
        name="Durchgang 2025",
        start_date=datetime.date(2025, 1, 15),
        end_date=datetime.date(2025, 12, 10),
    )
    cohort.sessions.add(session)
    return {
        "page": programme,
        "modules": modules,
        "lessons": lessons,
        "session": session,
        "assignment": assignment,
        "cohort": cohort,
    }


def complete(enrolment, programme, *, project_title="Sicher im Quartier"):
    """Everything done: lessons, the seminar day, the project passed."""
    for lesson in programme["lessons"]:
        services.record_lesson_completion(enrolment=enrolment, lesson=lesson)
    AttendanceRecord.objects.create(
        enrolment=enrolment,
        page=programme["session"],
        status=AttendanceRecord.Status.PRESENT,
    )
    handed_in_version(enrolment, programme["assignment"], title=project_title)
    Submission.objects.filter(enrolment=enrolment).update(
        status=Submission.Status.PASSED
    )


def print_birth_date(programme, enrolment, born=None):
    """Let the programme print the date of birth; record `born` for the
    enrolment's participant."""
    page = programme["page"]
    page.certificate_shows_birth_date = True
    page.save()
    enrolment.cohort.programme.refresh_from_db()
    if born is not None:
        ParticipantProfile.objects.create(user=enrolment.user, date_of_birth=born)


@pytest.fixture
def graduate(programme):
    """A whole-programme enrolment that meets every rule."""
    user = UserFactory(username="absolventin", first_name="Jürgen", last_name="Weiß")
    enrolment = EnrolmentFactory(cohort=programme["cohort"], user=user)
    complete(enrolment, programme)
    return enrolment


@pytest.fixture
def module_participant(programme):
    """Booked for modules 1 and 2; module 2 (with the seminar day) is done."""
    user = UserFactory(username="einzelmodul", first_name="Dörte", last_name="Groß")
    enrolment = EnrolmentFactory(
        cohort=programme["cohort"], user=user, scope=Enrolment.Scope.MODULES
    )
    enrolment.modules.add(programme["modules"][0], programme["modules"][1])
    services.record_lesson_completion(
        enrolment=enrolment, lesson=programme["lessons"][1]
    )
    AttendanceRecord.objects.create(
        enrolment=enrolment,
        page=programme["session"],
        status=AttendanceRecord.Status.PRESENT,
    )
    return enrolment


@pytest.fixture
def issue(django_capture_on_commit_callbacks):
    """Issue and render a certificate as the tasks would: issue(enrolment,
    module=...) returns it issued."""

    def issue(enrolment, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            certificate, _created = certificate_services.issue(enrolment, **kwargs)
        certificate.refresh_from_db()
        assert certificate.status == Certificate.Status.ISSUED
        return certificate

    return issue


@pytest.fixture
def certificate(graduate, issue):
    """The graduate's issued certificate."""
    return issue(graduate)
