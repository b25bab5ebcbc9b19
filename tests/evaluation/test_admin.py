"""The office's and the trainers' side: questionnaires and their results."""

import csv
import io

import openpyxl
import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from lms.evaluation.models import Questionnaire
from lms.learning.roles import ensure_role_groups
from tests.factories import (
    CohortFactory,
    QuestionnaireFactory,
    UserFactory,
    evaluation_answers,
)


def _close(questionnaire):
    questionnaire.status = "closed"
    questionnaire.save()


def _results(client, questionnaire):
    return client.get(reverse("evaluation_results:results", args=[questionnaire.pk]))


def _export(client, questionnaire, export_format):
    return client.get(
        reverse("evaluation_results:export", args=[questionnaire.pk]),
        {"format": export_format},
    )


@pytest.fixture
def trainer(db):
    ensure_role_groups()
    return UserFactory(username="trainerin", groups=["Trainer/innen"])


def test_four_answers_show_no_figures(client, lpr_office, questionnaire):
    evaluation_answers(questionnaire, 4, rating=2, text="Zu kurz.")
    _close(questionnaire)
    client.force_login(lpr_office)
    html = _results(client, questionnaire).text
    assert "Es fehlt noch 1 Antwort bis zur Mindestzahl von 5" in html
    assert 'role="img"' not in html
    assert "Mittelwert" not in html
    assert "Zu kurz." not in html
    assert _export(client, questionnaire, "csv").status_code == 404
    assert _export(client, questionnaire, "xlsx").status_code == 404


def test_five_answers_show_chart_mean_and_texts(client, lpr_office, questionnaire):
    evaluation_answers(questionnaire, 3, rating=5, text="Mehr Praxis.")
    evaluation_answers(questionnaire, 2, rating=2, text="Bessere Räume.")
    _close(questionnaire)
    client.force_login(lpr_office)
    html = _results(client, questionnaire).text
    assert "5 Personen haben geantwortet." in html
    assert '<svg xmlns="http://www.w3.org/2000/svg" role="img"' in html
    assert "Mittelwert 3,8" in html
    assert '<th scope="row">5 – trifft voll und ganz zu</th><td>3</td>' in html
    assert html.index("Bessere Räume.") < html.index("Mehr Praxis.")


def test_free_texts_of_fewer_people_than_the_minimum_are_withheld(
    client, lpr_office, questionnaire
):
    evaluation_answers(questionnaire, 2, text="Der Raum war zu kalt.")
    evaluation_answers(questionnaire, 3)
    _close(questionnaire)
    client.force_login(lpr_office)
    html = _results(client, questionnaire).text
    assert "Mittelwert" in html
    assert "Der Raum war zu kalt." not in html
    assert "Zum Schutz der Anonymität werden diese Antworten nicht gezeigt." in html
    csv = _export(client, questionnaire, "csv").getvalue().decode("utf-8-sig")
    assert "Der Raum war zu kalt." not in csv


def test_an_open_questionnaire_shows_no_figures_yet(client, lpr_office, questionnaire):
    evaluation_answers(questionnaire, 6)
    client.force_login(lpr_office)
    html = _results(client, questionnaire).text
    assert "noch nicht geschlossen" in html
    assert 'role="img"' not in html
    assert _export(client, questionnaire, "csv").status_code == 404


def test_the_minimum_is_a_setting_of_the_questionnaire(client, lpr_office):
    questionnaire = QuestionnaireFactory(min_answers=7)
    evaluation_answers(questionnaire, 6)
    _close(questionnaire)
    client.force_login(lpr_office)
    assert "Es fehlt noch 1 Antwort bis zur Mindestzahl von 7" in (
        _results(client, questionnaire).text
    )


def test_csv_export_counts_each_step_and_escapes_formulas(
    client, lpr_office, questionnaire
):
    evaluation_answers(questionnaire, 4, rating=4, text="Gut.")
    evaluation_answers(questionnaire, 1, rating=1, text="=HYPERLINK(1)")
    _close(questionnaire)
    client.force_login(lpr_office)
    response = _export(client, questionnaire, "csv")
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(body[1:]), delimiter=";"))
    assert rows[:4] == [
        ["Befragung", "Rückmeldung zum Modul"],
        ["Durchgang", questionnaire.cohort.name],
        ["Modul", questionnaire.module.title],
        ["Antworten", "5"],
    ]
    rows = rows[5:]
    question = "Die Inhalte waren für meine Arbeit nützlich."
    assert rows[0] == ["Nr.", "Frage", "Antwortart", "Antwort", "Anzahl"]
    assert [question, "1 – trifft überhaupt nicht zu", "1"] == [
        rows[1][1],
        rows[1][3],
        rows[1][4],
    ]
    assert rows[4][3:] == ["4 – trifft eher zu", "4"]
    assert rows[6][3:] == ["Mittelwert", "3,40"]
    texts = [row[3] for row in rows if row[2] == "Freitext"]
    assert texts == ["'=HYPERLINK(1)"] + ["Gut."] * 4


def test_xlsx_export_holds_the_same_figures(client, lpr_office, questionnaire):
    evaluation_answers(questionnaire, 5, rating=3, text="+49 Idee")
    _close(questionnaire)
    client.force_login(lpr_office)
    response = _export(client, questionnaire, "xlsx")
    assert response["Content-Type"].startswith("application/vnd.openxml")
    content = b"".join(response.streaming_content)
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    rows = [
        [value for value in row if value is not None]
        for row in sheet.iter_rows(values_only=True)
    ]
    assert rows[0] == ["Befragung", "Rückmeldung zum Modul"]
    assert rows[3] == ["Antworten", 5]
    assert rows[8][3:] == ["3 – teils, teils", 5]
    assert rows[11][3:] == ["Mittelwert", 3]
    assert rows[12][3:] == ["'+49 Idee", 1]


def test_a_trainer_sees_the_results_of_own_cohorts_only(client, trainer, questionnaire):
    other = QuestionnaireFactory()
    questionnaire.cohort.trainers.add(trainer)
    client.force_login(trainer)
    index = client.get(reverse("evaluation_results:index")).text
    assert reverse("evaluation_results:results", args=[questionnaire.pk]) in index
    assert _results(client, questionnaire).status_code == 200
    assert _results(client, other).status_code == 404
    assert client.get(reverse("questionnaires:index")).status_code == 302


def test_a_participant_sees_no_results(client, member, questionnaire):
    client.force_login(member)
    assert _results(client, questionnaire).status_code in (302, 403)


def test_the_comparison_puts_cohorts_side_by_side(client, lpr_office, questionnaire):
    later_cohort = CohortFactory(
        programme=questionnaire.cohort.programme, name="Durchgang 2099"
    )
    later = QuestionnaireFactory(cohort=later_cohort, module=questionnaire.module)
    evaluation_answers(questionnaire, 5, rating=2)
    evaluation_answers(later, 5, rating=4)
    _close(questionnaire)
    _close(later)
    client.force_login(lpr_office)
    html = client.get(reverse("evaluation_results:comparison", args=[later.pk])).text
    assert html.index(questionnaire.cohort.name) < html.index("Durchgang 2099")
    assert "<td>2,0</td><td>4,0</td>" in html


def _form(questionnaire, questions, status="draft"):
    return nested_form_data(
        {
            "title": "Rückmeldung Seminar",
            "cohort": questionnaire.cohort.pk,
            "module": questionnaire.module.pk,
            "intro": "",
            "min_answers": 5,
            "status": status,
            "questions": inline_formset(questions),
        }
    )


def test_the_office_creates_a_questionnaire(client, lpr_office, questionnaire):
    client.force_login(lpr_office)
    data = _form(
        questionnaire,
        [{"text": "Der Ort war gut erreichbar.", "kind": "scale"}],
        status="open",
    )
    response = client.post(reverse("questionnaires:add"), data)
    assert response.status_code == 302
    created = Questionnaire.objects.get(title="Rückmeldung Seminar")
    assert created.is_open
    assert [q.text for q in created.questions.all()] == ["Der Ort war gut erreichbar."]


def test_after_the_first_answer_the_questions_are_frozen(
    client, lpr_office, questionnaire
):
    evaluation_answers(questionnaire, 1)
    client.force_login(lpr_office)
    url = reverse("questionnaires:edit", args=[questionnaire.pk])
    html = client.get(url).text
    assert "Die Fragen sind eingefroren." in html
    assert "<li>Was sollten wir ändern? (Freitext)</li>" in html
    data = _form(questionnaire, [{"text": "Geändert", "kind": "text"}], "closed")
    assert client.post(url, data).status_code == 302
    questionnaire.refresh_from_db()
    assert questionnaire.status == "closed"
    assert questionnaire.title == "Rückmeldung zum Modul"
    assert "Geändert" not in [q.text for q in questionnaire.questions.all()]


def test_a_closed_questionnaire_with_answers_is_not_reopened(
    client, lpr_office, questionnaire
):
    evaluation_answers(questionnaire, 1)
    _close(questionnaire)
    client.force_login(lpr_office)
    url = reverse("questionnaires:edit", args=[questionnaire.pk])
    response = client.post(url, {"status": "open", "min_answers": 5})
    assert "Dieser Statuswechsel ist nicht möglich" in response.text
    questionnaire.refresh_from_db()
    assert questionnaire.status == "closed"
