"""Demo knowledge checks (modules 1 and 2) and seminar weekends (all modules)."""


def _question(text, answers, feedback, multiple=False):
    return {
        "text": text,
        "multiple": multiple,
        "answers": [
            {"text": answer, "correct": correct} for answer, correct in answers
        ],
        "feedback": feedback,
    }


QUIZZES = {
    "kriminologie": {
        "title": "Wissens-Check: Kriminologische Grundlagen",
        "slug": "wissens-check-kriminologie",
        "intro": "<p>Prüfen Sie, ob Sie die wichtigsten Begriffe des Moduls sicher "
        "einordnen können. Sie erhalten zu jeder Frage eine Erläuterung.</p>",
        "pass_mark": 60,
        "max_attempts": 3,
        "questions": [
            _question(
                "Was bildet die Polizeiliche Kriminalstatistik (PKS) ab?",
                [
                    (
                        "Die der Polizei bekannt gewordenen und bearbeiteten "
                        "Straftaten",
                        True,
                    ),
                    ("Alle tatsächlich begangenen Straftaten", False),
                    ("Die rechtskräftigen Verurteilungen", False),
                ],
                "Die PKS ist eine Ausgangsstatistik der Polizei: Sie zählt das "
                "Hellfeld, nicht das gesamte Kriminalitätsgeschehen.",
            ),
            _question(
                "Womit lässt sich das Dunkelfeld untersuchen?",
                [
                    ("Mit Opferbefragungen (Viktimisierungssurveys)", True),
                    ("Mit Täterbefragungen (Selbstberichtsstudien)", True),
                    ("Mit der Strafverfolgungsstatistik", False),
                ],
                "Befragungen erfassen auch Taten, die nie angezeigt wurden; "
                "amtliche Statistiken kennen nur das Hellfeld.",
                multiple=True,
            ),
            _question(
                "Welcher Ansatz erklärt Kriminalität mit dem Zusammentreffen von "
                "motivierten Tätern, geeigneten Zielen und fehlendem Schutz?",
                [
                    ("Routine-Activity-Ansatz", True),
                    ("Etikettierungsansatz", False),
                    ("Anomietheorie", False),
                ],
                "Der Routine-Activity-Ansatz von Cohen und Felson ist eine "
                "Grundlage der situativen Prävention.",
            ),
            _question(
                "Was beschreibt Kriminalitätsfurcht?",
                [
                    ("Die subjektive Sorge, Opfer einer Straftat zu werden", True),
                    ("Das statistische Risiko, Opfer zu werden", False),
                ],
                "Furcht und Risiko fallen oft auseinander; beide sind für die "
                "kommunale Prävention wichtig.",
            ),
        ],
    },
    "kriminalpraevention": {
        "title": "Wissens-Check: Ansätze der Prävention",
        "slug": "wissens-check-kriminalpraevention",
        "intro": "<p>Fünf Fragen zu den Ebenen und Ansätzen der "
        "Kriminalprävention.</p>",
        "pass_mark": 60,
        "max_attempts": 3,
        "questions": [
            _question(
                "An wen richtet sich primäre Prävention?",
                [
                    ("An alle, bevor Probleme entstehen", True),
                    ("An bereits straffällig gewordene Personen", False),
                    ("Nur an Risikogruppen", False),
                ],
                "Primäre Prävention ist universell; sekundäre richtet sich an "
                "Risikogruppen, tertiäre an bereits Auffällige.",
            ),
            _question(
                "Welche Maßnahmen gehören zur situativen Prävention?",
                [
                    ("Bessere Beleuchtung eines Bahnhofsvorplatzes", True),
                    ("Einbruchhemmende Fenster und Türen", True),
                    ("Ein Elterntraining zur Erziehungskompetenz", False),
                ],
                "Situative Prävention verändert Tatgelegenheiten; das "
                "Elterntraining ist soziale Prävention.",
                multiple=True,
            ),
            _question(
                "Welche Stufen der Effektivität unterscheidet die Grüne Liste "
                "Prävention?",
                [
                    (
                        "Theoretisch gut begründet, wahrscheinlich, nachgewiesen",
                        True,
                    ),
                    ("Gering, mittel, hoch", False),
                ],
                "Die Grüne Liste ordnet Programme nach der Güte ihrer "
                "Evaluation in drei Stufen ein.",
            ),
        ],
    },
}

# Two seminar weekends per module: (module slug, title, weeks after the start).
SESSIONS = [
    ("kriminologie", "Seminarwochenende 1: Theorien und Daten", 0),
    ("kriminologie", "Seminarwochenende 2: Lagebilder lesen", 6),
    ("kriminalpraevention", "Seminarwochenende 3: Präventionsansätze", 12),
    ("kriminalpraevention", "Seminarwochenende 4: Netzwerke und Evidenz", 18),
    ("projektmanagement", "Seminarwochenende 5: Die Beccaria-Standards", 24),
    ("projektmanagement", "Seminarwochenende 6: Projekte planen", 30),
    ("projektbegleitung", "Seminarwochenende 7: Zwischenstand der Praxisprojekte", 36),
    ("projektbegleitung", "Seminarwochenende 8: Abschluss und Präsentationen", 44),
]
SESSION_LOCATION = "Dresden, Sächsisches Staatsministerium des Innern"
SESSION_UNITS = 14

# The practice project of module 4: rubric criteria with levels (points,
# label, descriptor), lowest first.
ASSIGNMENT = {
    "title": "Ihr Praxisprojekt",
    "slug": "praxisprojekt",
    "brief": (
        "<p>Entwickeln Sie ein eigenes kriminalpräventives Projekt für Ihr "
        "Arbeitsfeld und dokumentieren Sie es entlang der sieben Schritte der "
        "Beccaria-Standards. Ihre Trainerin oder Ihr Trainer begleitet Sie dabei "
        "in Begleitgesprächen und bewertet das fertige Konzept nach dem "
        "Bewertungsraster unten.</p>"
    ),
    "pass_points": 10,
    "teaching_units": 8,
    "rubric": [
        (
            "Problembeschreibung und Ursachenanalyse",
            [
                (0, "nicht erfüllt", "Das Problem bleibt vage; Daten fehlen."),
                (
                    3,
                    "teilweise erfüllt",
                    "Das Problem ist beschrieben, aber kaum belegt.",
                ),
                (
                    5,
                    "erfüllt",
                    "Problem und Ursachen sind mit Daten und Theorie belegt.",
                ),
            ],
        ),
        (
            "Ziele und Maßnahmen",
            [
                (0, "nicht erfüllt", "Ziele und Maßnahmen passen nicht zusammen."),
                (3, "teilweise erfüllt", "Ziele sind genannt, Indikatoren fehlen."),
                (5, "erfüllt", "Ziele sind messbar, Maßnahmen begründet."),
            ],
        ),
        (
            "Evaluation und Dokumentation",
            [
                (0, "nicht erfüllt", "Keine Überprüfung vorgesehen."),
                (
                    3,
                    "teilweise erfüllt",
                    "Die Umsetzung wird überprüft, die Wirkung nicht.",
                ),
                (
                    5,
                    "erfüllt",
                    "Umsetzung und Wirkung werden überprüft und dokumentiert.",
                ),
            ],
        ),
    ],
}
