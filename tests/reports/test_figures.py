"""The report's figures against the cohort counted by hand (conftest)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from lms.reports.figures import Selection, report, section_report
from tests.reports.conftest import person


def figures(selection):
    return {section.key: section for section in report(selection)}


def rows(section):
    return [list(row) for row in section.rows]


def test_participants_by_status_field_and_organisation(counted):
    sections = figures(Selection(cohort=counted["cohort"]))
    assert rows(sections["status"]) == [
        ["aktiv", 2],
        ["pausiert", 1],
        ["abgeschlossen", 1],
        ["abgebrochen", 1],
    ]
    assert rows(sections["berufsfeld"]) == [
        ["Polizei", 2],
        ["Schule", 1],
        ["Soziale Arbeit", 1],
        ["nicht angegeben", 1],
    ]
    assert rows(sections["organisation"]) == [
        ["Polizeidirektion Dresden", 2],
        ["nicht angegeben", 2],
        ["Stadt Leipzig", 1],
    ]


def test_completion_per_module_leaves_out_the_cancelled_enrolment(counted):
    section = figures(Selection(cohort=counted["cohort"]))["module"]
    assert rows(section) == [
        ["Modul 1 „Kriminologie“", 4, 3, 75],
        ["Modul 2 „Projektarbeit“", 4, 2, 50],
    ]
    assert section.chart == [
        ("Modul 1 „Kriminologie“", 75),
        ("Modul 2 „Projektarbeit“", 50),
    ]


def test_attendance_per_seminar_day_counts_excused_as_absent(counted):
    section = figures(Selection(cohort=counted["cohort"]))["anwesenheit"]
    assert rows(section) == [
        ["05.03.2025 Seminarwochenende 1 (Durchgang 2025)", 4, 2, 1, 50]
    ]


def test_project_outcomes_count_revision_rounds_that_stand(counted):
    section = figures(Selection(cohort=counted["cohort"]))["projekte"]
    # Ben's revision request was corrected into „nicht bestanden“: no round.
    assert rows(section) == [
        ["bestanden", 2],
        ["davon bestanden nach Überarbeitung", 1],
        ["Überarbeitung erbeten", 0],
        ["eingereicht, in Bewertung", 1],
        ["nicht bestanden", 1],
        ["Überarbeitungsrunden insgesamt", 1],
    ]


def test_certificates_issued_revoked_and_replaced(counted):
    section = figures(Selection(year=2025))["zertifikate"]
    assert section.columns == [
        "Art",
        "ausgestellt",
        "gültig",
        "widerrufen",
        "ersetzt (neu ausgestellt)",
    ]
    assert rows(section) == [
        ["Zertifikat", 2, 1, 1, 0],
        ["Teilnahmebescheinigung", 2, 1, 0, 1],
    ]
    assert figures(Selection(year=2026))["zertifikate"].rows == [
        ["Zertifikat", 0, 0, 0, 0],
        ["Teilnahmebescheinigung", 0, 0, 0, 0],
    ]


def test_year_and_cohort_filters(counted):
    everyone = figures(Selection())["status"]
    assert rows(everyone)[0] == ["aktiv", 3]
    in_2026 = figures(Selection(year=2026))
    assert rows(in_2026["status"]) == [
        ["aktiv", 1],
        ["pausiert", 0],
        ["abgeschlossen", 0],
        ["abgebrochen", 0],
    ]
    assert rows(in_2026["berufsfeld"]) == [["Justiz", 1]]
    assert rows(in_2026["anwesenheit"]) == []
    both = figures(Selection(cohort=counted["cohort"], year=2026))
    assert rows(both["berufsfeld"]) == []


def test_one_section_alone(counted):
    section = section_report(Selection(cohort=counted["cohort"]), "anwesenheit")
    assert section.rows[0][1:] == [4, 2, 1, 50]
    assert section_report(Selection(), "unbekannt") is None


def test_queries_do_not_grow_with_participants(counted):
    selection = Selection(cohort=counted["cohort"])
    with CaptureQueriesContext(connection) as before:
        report(selection)
    for number in range(6):
        person(counted["cohort"], f"Neu{number}")
    with CaptureQueriesContext(connection) as after:
        sections = figures(selection)
    assert rows(sections["status"])[0] == ["aktiv", 8]
    assert len(after) == len(before)
