"""Which certificate may be issued or re-issued now (`certificates.policies`)."""

import pytest

from certificates import policies, services
from certificates.eligibility import cohort_candidates
from certificates.models import Certificate
from lms.learning.models import Enrolment
from tests.certificates.conftest import complete
from tests.factories import EnrolmentFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def issued(programme):
    enrolment = EnrolmentFactory(cohort=programme["cohort"])
    complete(enrolment, programme)
    certificate, _created = services.issue(enrolment, queue_render=False)
    return certificate


def test_a_valid_certificate_is_reissuable(issued):
    assert policies.is_reissuable(issued, successor=None)
    assert policies.reissue_refusal(issued, successor=None) is None


def test_a_revoked_certificate_is_reissuable_once(issued):
    by = UserFactory(username="lpr")
    services.revoke(issued, reason="Fehler", by=by)
    assert policies.is_reissuable(issued, successor=None)
    new = services.reissue(issued, reason="Neu", by=by)
    assert not policies.is_reissuable(issued, successor=new)
    assert "bereits eine neue" in policies.reissue_refusal(issued, successor=new)


def test_a_replaced_certificate_is_not_reissuable(issued):
    new = services.reissue(issued, reason="Name", by=UserFactory(username="lpr"))
    issued.refresh_from_db()
    assert issued.status == Certificate.Status.REPLACED
    assert not policies.is_reissuable(issued, successor=new)
    assert "bereits ersetzt" in policies.reissue_refusal(issued, successor=new)


def test_nothing_is_reissued_for_a_cancelled_enrolment(issued):
    Enrolment.objects.filter(pk=issued.enrolment_id).update(
        status=Enrolment.Status.CANCELLED
    )
    issued.refresh_from_db()
    issued.enrolment.refresh_from_db()
    assert "abgebrochen" in policies.reissue_refusal(issued, successor=None)


def test_an_eligible_candidate_is_issuable_until_issued(programme):
    enrolment = EnrolmentFactory(cohort=programme["cohort"])
    complete(enrolment, programme)
    keys = policies.issuable_keys(cohort_candidates(enrolment.cohort))
    assert len(keys) == 1
    services.issue(enrolment, queue_render=False)
    assert not policies.issuable_keys(cohort_candidates(enrolment.cohort))
