import pytest

from modules.models import (
    AssignmentPage,
    LessonPage,
    ModulePage,
    ProgrammePage,
    QuizPage,
    SessionPage,
)
from tests.browser.conftest import admin_log_in, log_in, run_axe
from tests.factories import PASSWORD, UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_walk_from_home_to_a_lesson(page, demo_site, artifacts):
    page.goto(demo_site)
    assert page.locator("html").get_attribute("lang") == "de"
    page.get_by_role("navigation", name="Hauptnavigation").get_by_role(
        "link", name="Fachkraft für Kriminalprävention"
    ).click()
    assert page.get_by_role("heading", level=1).inner_text() == (
        "Fachkraft für Kriminalprävention"
    )
    for title in [
        "Kriminologie",
        "Kriminalprävention",
        "Projektmanagement",
        "Projektbegleitung",
    ]:
        assert page.get_by_role("link", name=title, exact=False).first.is_visible()

    page.get_by_role("link", name="Modul 1 Kriminologie").click()
    lesson = (
        LessonPage.objects.child_of(ModulePage.objects.get(number=1)).live().first()
    )
    page.get_by_role("link", name=lesson.title).click()

    assert "/konto/anmelden/" in page.url
    page.get_by_label("Benutzername").fill("teilnehmerin")
    page.get_by_label("Passwort").fill("demo")
    page.get_by_role("button", name="Anmelden").click()

    page.wait_for_url(f"**{lesson.url}")
    assert page.get_by_role("heading", level=1).inner_text() == lesson.title
    assert page.locator(".prose h2").count() >= 2
    page.screenshot(path=str(artifacts / "lesson.png"), full_page=True)

    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Zum Inhalt springen")
    assert skip.evaluate("element => element === document.activeElement")


def test_every_page_type_meets_wcag_21_aa(page, demo_site, artifacts):
    programme = ProgrammePage.objects.get()
    module = ModulePage.objects.get(number=3)
    lesson = LessonPage.objects.child_of(module).first()
    anonymous = [
        "/",
        programme.url,
        module.url,
        "/impressum/",
        "/datenschutz/",
        "/barrierefreiheit/",
        "/barrierefreiheit/rueckmeldung/",
        "/konto/anmelden/",
        "/konto/passwort-vergessen/",
        "/gibt-es-nicht/",
    ]
    failures = {}
    for path in anonymous:
        page.goto(demo_site + path)
        failures[path] = run_axe(page)

    page.goto(demo_site + "/barrierefreiheit/rueckmeldung/")
    page.get_by_role("button", name="Meldung absenden").click()
    page.get_by_role("alert").wait_for()
    failures["feedback form with errors"] = run_axe(page)

    quiz = QuizPage.objects.first()
    session = SessionPage.objects.first()
    log_in(page, demo_site)
    assignment = AssignmentPage.objects.first()
    for path in [
        module.url,
        lesson.url,
        quiz.url,
        assignment.url,
        session.url,
        "/lernen/",
        "/lernen/profil/",
        "/konto/e-mail/",
        "/konto/passwort-aendern/",
        "/konto/abmelden/",
    ]:
        page.goto(demo_site + path)
        failures[path] = run_axe(page)
    page.context.clear_cookies()
    UserFactory(username="fremd")
    log_in(page, demo_site, username="fremd", password=PASSWORD)
    page.goto(demo_site + lesson.url)
    failures["not enrolled"] = run_axe(page)
    page.context.clear_cookies()
    log_in(page, demo_site)
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(demo_site + lesson.url)
    failures["lesson on a phone"] = run_axe(page)
    page.screenshot(path=str(artifacts / "lesson-phone.png"), full_page=True)

    failures = {path: found for path, found in failures.items() if found}
    assert not failures, "\n".join(
        f"{path}:\n  " + "\n  ".join(found) for path, found in failures.items()
    )


def test_no_page_loads_anything_from_another_host(page, demo_site):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(demo_site)
    log_in(page, demo_site)
    page.goto(demo_site + LessonPage.objects.first().url)
    page.get_by_role("button", name="Abmelden").click()
    page.goto(demo_site + "/admin/login/")
    page.locator("#id_username").fill("lpr")
    page.locator("#id_password").fill("demo")
    page.locator("form [type=submit]").click()
    page.wait_for_url("**/admin/")
    page.wait_for_load_state("networkidle")
    foreign = [
        url for url in requested if not url.startswith((demo_site, "data:", "blob:"))
    ]
    assert len(requested) > 10
    assert not foreign


def test_participant_marks_a_lesson_done_and_the_bars_move(page, demo_site, artifacts):
    log_in(page, demo_site)
    page.wait_for_url("**/lernen/")
    overall = page.get_by_role("progressbar", name="Pflichtaktivitäten insgesamt")
    before = int(overall.get_attribute("value"))
    page.get_by_role("link", name="Weiter lernen").click()
    page.get_by_role("button", name="Als erledigt markieren").click()
    assert page.get_by_text("als erledigt markiert").first.is_visible()
    page.goto(demo_site + "/lernen/")
    after = int(overall.get_attribute("value"))
    assert after > before
    page.screenshot(path=str(artifacts / "dashboard.png"), full_page=True)


def test_participant_takes_a_knowledge_check(page, demo_site):
    quiz = QuizPage.objects.first()
    log_in(page, demo_site)
    page.goto(demo_site + quiz.url)
    for question in quiz.questions:
        for answer in question.value["answers"].bound_blocks:
            if answer.value["correct"]:
                page.locator(f"#a-{answer.id}").check()
    page.get_by_role("button", name="Antworten absenden").click()
    assert "100 % – bestanden." in page.locator(".result").inner_text()
    assert not run_axe(page)


def test_lpr_office_imports_a_csv_and_sees_the_matrix(page, demo_site, tmp_path):
    csv_file = tmp_path / "teilnehmende.csv"
    csv_file.write_bytes(
        "Vorname;Nachname;E-Mail;Organisation\r\n"
        "Jörg;Weißbach;joerg.weissbach@example.org;Polizeidirektion Görlitz\r\n"
        "Änne;Groß;aenne.gross@example.org;Landkreis Bautzen\r\n".encode("cp1252")
    )
    admin_log_in(page, demo_site, "lpr")
    page.get_by_role("link", name="Einschreiben per CSV").click()
    page.get_by_label("Durchgang").select_option(
        label="Fachkraft für Kriminalprävention – Durchgang 2027"
    )
    page.get_by_label("CSV-Datei").set_input_files(str(csv_file))
    page.get_by_role("button", name="Datei prüfen").click()
    page.get_by_role("button", name="Jetzt importieren").click()
    summary = page.locator("main").inner_text()
    assert "2 neue Konten angelegt und eingeladen." in summary, summary

    page.goto(demo_site + "/admin/lernstand/")
    page.get_by_role("link", name="Durchgang 2027").click()
    page.wait_for_url("**/admin/lernstand/*/")
    table = page.get_by_role("table").inner_text()
    for name in ["Jörg Weißbach", "Änne Groß", "Julia Krüger"]:
        assert name in table


def test_trainer_records_attendance_and_the_participant_sees_it(page, demo_site):
    session = SessionPage.objects.order_by("starts_at").last()
    admin_log_in(page, demo_site, "trainerin")
    page.get_by_role("link", name="Anwesenheit").click()
    page.get_by_role("link", name=session.title, exact=True).click()
    page.get_by_label("entschuldigt: Julia Krüger").check()
    page.get_by_role("button", name="Anwesenheit speichern").click()
    assert page.get_by_label("entschuldigt: Julia Krüger").is_checked()
    page.context.clear_cookies()
    log_in(page, demo_site)
    page.goto(demo_site + session.url)
    assert "entschuldigt" in page.locator(".facts").inner_text()
