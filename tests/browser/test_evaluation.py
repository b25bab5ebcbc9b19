"""The course evaluation from the office opening a questionnaire to its
results, in the browser."""

import pytest

from lms.demo.learners import COHORT_NAME
from lms.evaluation.models import Answer, Questionnaire
from lms.learning.models import Cohort
from modules.models import ModulePage
from tests.browser.conftest import admin_log_in, log_in, run_axe
from tests.factories import QuestionnaireFactory, evaluation_answers

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SCALE_QUESTION = "Die Inhalte waren für meine Arbeit nützlich."


def set_status(page, base_url, questionnaire, label):
    page.goto(f"{base_url}/admin/questionnaires/")
    page.get_by_role("link", name=questionnaire.title).first.click()
    page.locator("#id_status").select_option(label=label)
    page.get_by_role("button", name="Speichern").first.click()
    page.wait_for_url("**/admin/questionnaires/")


def answer_in_browser(page, base_url):
    log_in(page, base_url)
    page.get_by_role("heading", name="Ihre Meinung ist gefragt").wait_for()
    page.get_by_role("link", name="Rückmeldung zum Modul").click()
    page.get_by_role("group", name=SCALE_QUESTION).wait_for()
    violations = run_axe(page)
    page.get_by_label("Was sollten wir ändern?").fill("Mehr Zeit für Fallarbeit.")
    page.get_by_role("button", name="Antworten absenden").click()
    page.get_by_text("Bitte prüfen Sie Ihre Eingaben").wait_for()
    assert page.get_by_label("Was sollten wir ändern?").input_value() == (
        "Mehr Zeit für Fallarbeit."
    )
    group = page.get_by_role("group", name=SCALE_QUESTION)
    group.get_by_label("trifft eher zu").check()
    page.get_by_role("button", name="Antworten absenden").click()
    page.get_by_text("Ihre Antworten sind anonym gespeichert").wait_for()
    page.context.clear_cookies()
    return violations


def test_office_opens_participants_answer_office_sees_chart(page, demo_site, artifacts):
    cohort = Cohort.objects.get(name=COHORT_NAME)
    questionnaire = QuestionnaireFactory(
        cohort=cohort,
        module=ModulePage.objects.order_by("number").first(),
        status="draft",
    )
    admin_log_in(page, demo_site, "lpr")
    set_status(page, demo_site, questionnaire, "geöffnet")
    page.context.clear_cookies()
    evaluation_answers(questionnaire, 4, rating=5, text="Gute Beispiele.")

    violations = {"form": answer_in_browser(page, demo_site)}
    assert Answer.objects.filter(text="Mehr Zeit für Fallarbeit.").count() == 1

    admin_log_in(page, demo_site, "lpr")
    set_status(page, demo_site, questionnaire, "geschlossen")
    assert Questionnaire.objects.get().status == "closed"
    page.goto(f"{demo_site}/admin/evaluation/ergebnisse/")
    page.get_by_role("link", name="Rückmeldung zum Modul").click()
    page.get_by_text("5 Personen haben geantwortet.").wait_for()
    chart = page.get_by_role("img", name=SCALE_QUESTION)
    chart.wait_for()
    page.get_by_text("Mittelwert 4,8").wait_for()
    page.get_by_text("Mehr Zeit für Fallarbeit.").wait_for()
    violations["results"] = run_axe(page)
    page.screenshot(path=str(artifacts / "evaluation-results.png"), full_page=True)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Als XLSX herunterladen").click()
    assert download_info.value.suggested_filename.endswith(".xlsx")

    assert violations == {"form": [], "results": []}
