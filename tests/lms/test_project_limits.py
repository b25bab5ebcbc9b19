"""Length limits of the texts a participant or trainer writes at length:
refused with a German message that names the field and the limit, counted
as the browser counts, and never at the cost of a text already stored."""

import re

import pytest
from django.urls import reverse

from lms.projects import selectors
from lms.projects import services as assignments
from lms.projects.exceptions import SubmissionRefused
from lms.projects.grading_forms import MentoringForm, ReviewForm
from lms.projects.limits import (
    FEEDBACK_MAX_LENGTH,
    MENTORING_NOTES_MAX_LENGTH,
    SECTION_MAX_LENGTH,
)
from lms.projects.models import SubmissionVersion
from tests.factories import enrolled_in_assignment, handed_in_version
from tests.lms.test_assignment_workspace import (
    all_sections_filled,
    browser_data,
    open_editor,
    section_field,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def project(participant):
    return enrolled_in_assignment(user=participant, title="Praxisprojekt Quartier")


@pytest.fixture
def workspace_url(project):
    return reverse("assignment_workspace", args=[project[0].pk])


@pytest.fixture
def me(client, participant):
    client.force_login(participant)
    return client


def stored_texts():
    return [section["text"] for section in SubmissionVersion.objects.get().sections]


def test_section_textarea_carries_the_limit_and_names_it(me, workspace_url):
    editor = open_editor(me, workspace_url)
    name = section_field(editor, 0)
    html = me.get(workspace_url).content.decode()
    [textarea] = re.findall(rf'<textarea name="{name}"[^>]*>', html)
    assert f'maxlength="{SECTION_MAX_LENGTH}"' in textarea
    assert f'aria-describedby="id_{name}_helptext"' in textarea
    assert (
        f'<p class="field__help" id="id_{name}_helptext">Höchstens 20.000 Zeichen.'
        in html
    )
    assert 'src="/static/js/draft-form.js"' in html


def test_section_over_the_limit_is_refused_naming_field_and_limit(
    me, project, workspace_url
):
    page, _enrolment = project
    editor = open_editor(me, workspace_url)
    title = editor.form.sections[0]["title"]
    too_long = "x" * (SECTION_MAX_LENGTH + 5)
    data = browser_data(
        editor, **{**all_sections_filled(editor), section_field(editor, 0): too_long}
    )

    response = me.post(workspace_url, data)

    html = response.content.decode()
    assert response.status_code == 200
    assert (
        f"„{title}“ darf höchstens 20.000 Zeichen lang sein; Ihr Text hat "
        "20.005 Zeichen. Bitte kürzen Sie ihn um 5 Zeichen." in html
    )
    assert too_long in html  # still in the form, nothing typed is lost
    assert stored_texts() == ["" for _section in editor.form.sections]


def test_line_breaks_count_once_as_in_the_browser(me, workspace_url):
    """A browser lets 20,000 characters through maxlength, counting a line
    break as one, and sends each as CR LF: the server must take them."""
    editor = open_editor(me, workspace_url)
    line = "a" * 99
    typed = "\n".join([line] * 200)  # 200 × 99 + 199 = 19,999 characters
    sent = typed.replace("\n", "\r\n")
    assert len(sent) > SECTION_MAX_LENGTH >= len(typed)
    data = browser_data(editor, **{section_field(editor, 0): sent})

    response = me.post(workspace_url, data)

    assert response.status_code == 302
    assert stored_texts()[0] == typed


def test_stored_draft_over_the_limit_stays_and_must_be_shortened_to_hand_in(
    me, project, workspace_url
):
    """A draft stored before the limit existed is neither lost nor blocked:
    it can be saved as long as it does not grow, and handing in asks for the
    shortening."""
    page, enrolment = project
    draft = assignments.open_draft(enrolment=enrolment, page=page)
    sections = selectors.brief_sections(page)
    legacy = "Lange Analyse. " * 2000  # 30,000 characters
    assignments.save_draft(
        version=draft,
        revision=0,
        title="Sicher im Quartier",
        sections=[
            {**section, "text": legacy.strip() if n == 0 else "Text"}
            for n, section in enumerate(sections)
        ],
        goals=[],
        measures=[],
        planning=[],
    )

    html = me.get(workspace_url).content.decode()
    assert "Ihr gespeicherter Text hat 29.999 Zeichen und ist damit zu lang." in html
    assert legacy.strip() in html

    editor = open_editor(me, workspace_url)
    response = me.post(
        workspace_url, browser_data(editor, **{section_field(editor, 1): "Neu"})
    )
    assert response.status_code == 302
    assert stored_texts()[:2] == [legacy.strip(), "Neu"]

    editor = open_editor(me, workspace_url)
    response = me.post(
        workspace_url,
        browser_data(editor, **{section_field(editor, 0): legacy.strip() + " Mehr"}),
    )
    assert "darf höchstens 20.000 Zeichen lang sein" in response.content.decode()
    assert stored_texts()[0] == legacy.strip()

    confirm_url = reverse("assignment_submit", args=[page.pk])
    html = me.get(confirm_url).content.decode()
    assert (
        f"Der Abschnitt „{sections[0]['title']}“ hat 29.999 Zeichen, erlaubt sind "
        "höchstens 20.000. Bitte kürzen Sie ihn vor dem Einreichen" in html
    )
    me.post(confirm_url, {"version": 1, "confirm": "on"})
    draft.refresh_from_db()
    assert draft.is_draft
    with pytest.raises(SubmissionRefused, match="Bitte kürzen Sie ihn"):
        assignments.submit(version=draft, page=page, user=enrolment.user)


def test_goal_row_over_its_limit_names_the_field(me, workspace_url):
    editor = open_editor(me, workspace_url)
    data = browser_data(editor, **{"ziele-0-indicator": "i" * 2001})

    html = me.post(workspace_url, data).content.decode()

    assert "„Indikator“ darf höchstens 2.000 Zeichen lang sein" in html


def test_trainer_texts_have_limits(participant):
    page, enrolment = enrolled_in_assignment(user=participant)
    version = handed_in_version(enrolment, page)
    review = ReviewForm(
        {
            "review_revision": "0",
            "feedback": "f" * (FEEDBACK_MAX_LENGTH + 1),
            f"comment_{version.sections[0]['id']}": "c" * 5001,
        },
        page=page,
        sections=version.sections,
        resubmissions_left=1,
    )
    assert not review.is_valid()
    assert "„Gesamtrückmeldung“ darf höchstens 10.000 Zeichen" in str(
        review.errors["feedback"]
    )
    assert "höchstens 5.000 Zeichen" in str(
        review.errors[f"comment_{version.sections[0]['id']}"]
    )

    notes = MentoringForm(
        {
            "held_on": "2026-01-05",
            "duration_minutes": "30",
            "notes": "n" * (MENTORING_NOTES_MAX_LENGTH + 1),
        }
    )
    assert not notes.is_valid()
    assert "„Notizen“ darf höchstens 10.000 Zeichen" in str(notes.errors["notes"])
