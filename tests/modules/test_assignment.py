import pytest
from django.core.exceptions import ValidationError

from lms.learning.progress import programme_progress
from modules.assignment_defaults import BECCARIA_STEPS
from tests.factories import (
    AssignmentPageFactory,
    CohortFactory,
    EnrolmentFactory,
    ModulePageFactory,
    ProgrammePageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def assignment():
    programme = ProgrammePageFactory()
    module = ModulePageFactory(parent=programme, number=4, title="Projektbegleitung")
    return AssignmentPageFactory(parent=module, title="Ihr Praxisprojekt")


def test_sections_default_to_the_seven_beccaria_steps(assignment):
    titles = [section.value["title"] for section in assignment.sections]
    assert titles == [title for title, _guidance, _questions in BECCARIA_STEPS]
    assert titles[5] == "Die Wirkung überprüfen (Evaluation)"
    assert len(assignment.sections[0].value["guiding_questions"]) == 4


def test_pass_threshold_cannot_exceed_the_rubric(assignment):
    assert assignment.max_points == 10
    assignment.pass_points = 11
    with pytest.raises(ValidationError) as error:
        assignment.full_clean()
    assert "über der erreichbaren Punktzahl (10)" in str(error.value)


def test_enrolled_participant_reads_brief_sections_and_rubric(client, assignment):
    enrolment = EnrolmentFactory(
        cohort=CohortFactory(programme=assignment.get_parent().get_parent().specific)
    )
    client.force_login(enrolment.user)
    html = client.get(assignment.url).content.decode()
    assert "Planen Sie ein eigenes Präventionsprojekt." in html
    assert "Schlussfolgerungen und Dokumentation" in html
    assert "Bestanden ist das Projekt ab 6 von 10 Punkten." in html
    assert "<caption>Evaluation</caption>" in html


def test_assignment_is_a_required_open_activity_until_it_is_passed(assignment):
    enrolment = EnrolmentFactory(
        cohort=CohortFactory(programme=assignment.get_parent().get_parent().specific)
    )
    progress = programme_progress([enrolment])[enrolment.pk]
    module, activity = progress.activity(assignment.pk)
    assert activity.kind == "assignment" and not activity.done
    assert not module.complete


def test_strangers_do_not_see_the_brief(client, assignment, participant):
    client.force_login(participant)
    assert client.get(assignment.url).status_code == 403


def test_editor_creates_an_assignment_with_the_default_steps(client, editor):
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    from modules.models import AssignmentPage

    module = ModulePageFactory()
    client.force_login(editor)
    add_url = f"/admin/pages/add/modules/assignmentpage/{module.pk}/"
    html = client.get(add_url).content.decode()
    assert "Problembeschreibung" in html
    sections = [
        (
            "section",
            {
                "title": "Problembeschreibung",
                "guidance": rich_text("<p>Beschreiben Sie das Problem.</p>"),
                "guiding_questions": streamfield([("item", "Wo tritt es auf?")]),
            },
        )
    ]
    data = nested_form_data(
        {
            "title": "Praxisprojekt",
            "slug": "praxisprojekt",
            "brief": rich_text("<p>Ihr Projekt.</p>"),
            "sections": streamfield(sections),
            "rubric": streamfield(
                [
                    (
                        "criterion",
                        {
                            "name": "Gesamteindruck",
                            "levels": streamfield(
                                [
                                    (
                                        "item",
                                        {
                                            "points": 0,
                                            "label": "schwach",
                                            "descriptor": "-",
                                        },
                                    ),
                                    (
                                        "item",
                                        {
                                            "points": 4,
                                            "label": "gut",
                                            "descriptor": "+",
                                        },
                                    ),
                                ]
                            ),
                        },
                    )
                ]
            ),
            "pass_points": 3,
            "max_resubmissions": 1,
            "max_file_size_mb": 10,
            "required": "on",
            "teaching_units": "8",
            "action-publish": "publish",
        }
    )
    data["file_types"] = ["pdf", "png"]
    response = client.post(add_url, data)
    assert response.status_code == 302, response.context["form"].errors
    page = AssignmentPage.objects.get(slug="praxisprojekt")
    assert page.max_points == 4
    assert page.allowed_file_types == ["pdf", "png"]
    assert page.max_file_bytes == 10 * 1024 * 1024
