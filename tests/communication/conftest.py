import datetime

import pytest
from django.utils import timezone

from lms.learning.roles import ensure_role_groups
from tests.factories import (
    CohortFactory,
    EnrolmentFactory,
    ModulePageFactory,
    ProgrammePageFactory,
    SessionPageFactory,
    UserFactory,
)


def local(year, month, day, hour=9):
    return timezone.make_aware(datetime.datetime(year, month, day, hour))


@pytest.fixture
def world(db):
    """A programme with one module and two cohorts; a trainer for each, a
    seminar day for each, two participants in the first (one cancelled)
    and one in the second."""
    ensure_role_groups()
    programme = ProgrammePageFactory()
    module = ModulePageFactory(parent=programme, number=1)
    cohorts = [
        CohortFactory(programme=programme, name="Durchgang A"),
        CohortFactory(programme=programme, name="Durchgang B"),
    ]
    sessions = [
        SessionPageFactory(
            parent=module,
            title=f"Seminarwochenende {name}",
            starts_at=local(2027, 3, 12),
            ends_at=local(2027, 3, 12, 17),
            location=f"Dresden, Raum {name}",
        )
        for name in ("A", "B")
    ]
    trainers = []
    for cohort, session, name in zip(cohorts, sessions, ("a", "b"), strict=True):
        cohort.sessions.add(session)
        trainer = UserFactory(username=f"trainer-{name}", groups=["Trainer/innen"])
        cohort.trainers.add(trainer)
        trainers.append(trainer)
    anna = EnrolmentFactory(
        cohort=cohorts[0], user=UserFactory(username="anna", groups=["Teilnehmende"])
    )
    gone = EnrolmentFactory(
        cohort=cohorts[0],
        status="cancelled",
        user=UserFactory(username="abgebrochen", groups=["Teilnehmende"]),
    )
    bernd = EnrolmentFactory(
        cohort=cohorts[1], user=UserFactory(username="bernd", groups=["Teilnehmende"])
    )
    return {
        "programme": programme,
        "module": module,
        "cohorts": cohorts,
        "sessions": sessions,
        "trainers": trainers,
        "anna": anna,
        "gone": gone,
        "bernd": bernd,
    }
