"""Answering once and anonymously."""

import threading

import pytest
from django.conf import settings
from django.db import connection, connections, models

from lms.evaluation import services
from lms.evaluation.exceptions import AlreadyAnswered, NotOpen
from lms.evaluation.models import Answer, Participation
from tests.factories import EnrolmentFactory, QuestionnaireFactory


def _answer(questionnaire, user, rating=4, text="Mehr Praxis."):
    scale, free = questionnaire.questions.all()
    services.submit_answers(
        questionnaire=questionnaire,
        user=user,
        ratings={scale.pk: rating},
        texts={free.pk: text},
    )


def test_no_column_of_an_answer_leads_to_a_person_or_a_time():
    fields = Answer._meta.get_fields()
    assert {f.name for f in fields} == {"id", "question", "rating", "text"}
    assert isinstance(Answer._meta.pk, models.UUIDField)
    for field in fields:
        assert getattr(field, "related_model", None) != settings.AUTH_USER_MODEL
        assert not isinstance(field, (models.DateField, models.DateTimeField))


def test_the_participation_knows_nothing_of_the_answers():
    fields = {f.name for f in Participation._meta.get_fields()}
    assert fields == {"id", "questionnaire", "user"}
    assert isinstance(Participation._meta.pk, models.UUIDField)


def test_answers_are_stored_without_the_person(questionnaire, member):
    _answer(questionnaire, member, rating=2, text="Mehr Pausen.")

    assert Participation.objects.get().user == member
    rows = set(Answer.objects.values_list("rating", "text"))
    assert rows == {(2, ""), (None, "Mehr Pausen.")}


def test_an_empty_free_text_is_not_stored(questionnaire, member):
    _answer(questionnaire, member, text="   ")
    assert Answer.objects.count() == 1


def test_answering_twice_is_refused_and_changes_nothing(questionnaire, member):
    _answer(questionnaire, member, rating=5)

    with pytest.raises(AlreadyAnswered):
        _answer(questionnaire, member, rating=1)

    assert Participation.objects.count() == 1
    assert list(
        Answer.objects.values_list("rating", flat=True).exclude(rating=None)
    ) == [5]


def test_a_closed_questionnaire_takes_no_answers(questionnaire, member):
    questionnaire.status = "closed"
    questionnaire.save()
    with pytest.raises(NotOpen):
        _answer(questionnaire, member)
    assert not Answer.objects.exists()


def test_a_participant_of_another_cohort_cannot_answer(questionnaire, outsider):
    with pytest.raises(NotOpen):
        _answer(questionnaire, outsider)
    assert not Participation.objects.exists()


def test_a_participant_without_the_module_cannot_answer(questionnaire):
    enrolment = EnrolmentFactory(cohort=questionnaire.cohort, scope="modules")
    with pytest.raises(NotOpen):
        _answer(questionnaire, enrolment.user)


postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="concurrent transactions need PostgreSQL (SQLite has one writer)",
)


@postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_tabs_at_the_same_moment_give_one_answer():
    questionnaire = QuestionnaireFactory()
    user = EnrolmentFactory(cohort=questionnaire.cohort).user
    barrier = threading.Barrier(4)
    outcomes = []

    def tab(rating):
        try:
            barrier.wait()
            _answer(questionnaire, user, rating=rating)
            outcomes.append("saved")
        except AlreadyAnswered:
            outcomes.append("refused")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=tab, args=(r,)) for r in (1, 2, 3, 4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["refused", "refused", "refused", "saved"]
    assert Participation.objects.count() == 1
    assert Answer.objects.exclude(rating=None).count() == 1
