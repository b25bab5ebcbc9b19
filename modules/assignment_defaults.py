"""The seven Beccaria steps as the default sections of a project assignment.

Editors change them in the admin without a release; the titles follow the
working versions used in this course (steps 1–5 are not verified against
the original worksheets, steps 6 and 7 are).
"""

import uuid

BECCARIA_STEPS = [
    (
        "Problembeschreibung",
        "Beschreiben Sie das Kriminalitäts- oder Sicherheitsproblem so genau "
        "wie möglich und belegen Sie sein Ausmaß mit Daten.",
        [
            "Welches Problem genau wollen Sie angehen?",
            "Wo und wann tritt es auf, wer ist betroffen?",
            "Welche Datenquellen und Kennzahlen beschreiben das Ausmaß?",
            "Wie sehen die Betroffenen und Beteiligten das Problem?",
        ],
    ),
    (
        "Analyse der Entstehungsbedingungen",
        "Sammeln und gewichten Sie die Ursachen und ordnen Sie sie kriminologisch ein.",
        [
            "Welche Ursachen (örtliche Struktur, Gelegenheiten, soziale Lage) wirken?",
            "Welche kriminologischen Theorien erklären sie?",
            "Welche Ursachen wiegen am schwersten?",
        ],
    ),
    (
        "Präventions-, Projektziele und Zielgruppen",
        "Trennen Sie Präventionsziele, Projektziele und Teilziele und nennen "
        "Sie für jedes Ziel Zielgruppe und Indikator.",
        [
            "Was soll sich am Problem ändern (Präventionsziel)?",
            "Was will das Projekt erreichen (Projektziele, Teilziele)?",
            "Für wen, und woran messen Sie es?",
        ],
    ),
    (
        "Maßnahmen",
        "Wählen Sie Maßnahmen für Ihre Ziele aus und begründen Sie die Wahl "
        "mit dem Wissen über ihre Wirkung.",
        [
            "Welche Maßnahmen kommen für jedes Ziel infrage?",
            "Was ist über ihre Wirkung bekannt, z. B. in der Grünen Liste Prävention?",
            "Warum wählen Sie gerade diese?",
        ],
    ),
    (
        "Projektplanung und -durchführung",
        "Planen Sie Arbeitspakete, Zeitplan, Ressourcen und Partner und halten "
        "Sie die Umsetzung in der Planungsübersicht fest.",
        [
            "Wer macht was bis wann?",
            "Welche Mittel und Partner brauchen Sie?",
            "Wie lange läuft das Projekt?",
        ],
    ),
    (
        "Die Wirkung überprüfen (Evaluation)",
        "Überprüfen Sie von Beginn an Umsetzung und Zielerreichung.",
        [
            "Wurde umgesetzt wie geplant? Welche Abweichungen gab es, und warum?",
            "Wurden die Ziele erreicht, und hält die Wirkung an?",
            "Lassen sich die Veränderungen dem Projekt zuschreiben?",
        ],
    ),
    (
        "Schlussfolgerungen und Dokumentation",
        "Ziehen Sie Schlüsse für die Fortführung und dokumentieren Sie das "
        "Projekt so, dass andere daraus lernen.",
        [
            "Was hat sich bewährt, was nicht?",
            "Fortsetzen, ändern oder beenden?",
            "Was sollten andere wissen, die Ähnliches vorhaben?",
        ],
    ),
]


def default_sections():
    """Raw StreamField data of the seven steps, with fresh block ids."""
    return [
        {
            "type": "section",
            "id": str(uuid.uuid4()),
            "value": {
                "title": title,
                "guidance": f"<p>{guidance}</p>",
                "guiding_questions": [
                    {"type": "item", "id": str(uuid.uuid4()), "value": question}
                    for question in questions
                ],
            },
        }
        for title, guidance, questions in BECCARIA_STEPS
    ]
