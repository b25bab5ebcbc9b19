import pytest

from tests.factories import EnrolmentFactory, QuestionnaireFactory


@pytest.fixture
def questionnaire(db):
    return QuestionnaireFactory()


@pytest.fixture
def member(questionnaire):
    """A participant of the questionnaire's cohort."""
    return EnrolmentFactory(cohort=questionnaire.cohort).user


@pytest.fixture
def outsider(questionnaire):
    """A participant of another cohort of the same programme."""
    return EnrolmentFactory(
        cohort__programme=questionnaire.cohort.programme, cohort__name="Andere"
    ).user
