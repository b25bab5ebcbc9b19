"""The rule "is module M booked for enrolment E", in all its forms."""

import pytest

from lms.learning.models import Enrolment
from lms.learning.selectors import prefetch_booked_modules
from tests.factories import (
    CohortFactory,
    EnrolmentFactory,
    LessonPageFactory,
    ModulePageFactory,
    ProgrammePageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    programme = ProgrammePageFactory()
    first = ModulePageFactory(parent=programme, number=1)
    second = ModulePageFactory(parent=programme, number=2)
    cohort = CohortFactory(programme=programme)
    whole = EnrolmentFactory(cohort=cohort)
    single = EnrolmentFactory(cohort=cohort, scope=Enrolment.Scope.MODULES)
    single.modules.set([second])
    return {
        "first": first,
        "second": second,
        "lesson": LessonPageFactory(parent=first),
        "whole": whole,
        "single": single,
        "none": EnrolmentFactory(cohort=cohort, scope=Enrolment.Scope.MODULES),
    }


def test_the_whole_programme_books_every_module(course, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert course["whole"].books_module(course["first"])
        assert course["whole"].books_module(course["second"])


def test_single_modules_book_only_those_modules(course):
    assert course["single"].books_module(course["second"])
    assert not course["single"].books_module(course["first"])
    assert not course["none"].books_module(course["first"])


def test_a_page_inside_a_module_is_judged_by_its_module(course):
    assert course["whole"].books_module(course["lesson"])
    assert not course["single"].books_module(course["lesson"])
    course["single"].modules.add(course["first"])
    assert course["single"].books_module(course["lesson"])


def test_the_filter_agrees_with_the_method(course):
    enrolments = [course["whole"], course["single"], course["none"]]
    for module in (course["first"], course["second"]):
        booking = set(
            Enrolment.objects.booking(module).distinct().values_list("pk", flat=True)
        )
        assert booking == {e.pk for e in enrolments if e.books_module(module)}


def test_prefetched_bookings_are_read_without_queries(
    course, django_assert_num_queries
):
    enrolments = list(Enrolment.objects.order_by("pk"))
    with django_assert_num_queries(1):
        prefetch_booked_modules(enrolments)
    with django_assert_num_queries(0):
        booked = [e.books_module(course["second"]) for e in enrolments]
    assert booked == [True, True, False]


def test_no_query_when_everyone_has_the_whole_programme(
    course, django_assert_num_queries
):
    with django_assert_num_queries(0):
        prefetch_booked_modules([course["whole"]])
