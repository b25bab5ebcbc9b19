"""Demo text of the programme page „Fachkraft für Kriminalprävention“."""

PROGRAMME = {
    "title": "Fachkraft für Kriminalprävention",
    "slug": "fachkraft-kriminalpraevention",
    "certificate_title": "Fachkraft für Kriminalprävention",
    "provider": "Landespräventionsrat Sachsen",
    "search_description": (
        "Berufsbegleitende Qualifizierung nach dem Beccaria-Programm: vier Module, "
        "eigenes Praxisprojekt und Zertifikat."
    ),
    "intro": (
        "<p>Der Lehrgang „Fachkraft für Kriminalprävention“ zeigt in vier aufeinander "
        "aufbauenden Modulen, wie Kriminalprävention auf wissenschaftlicher Grundlage "
        "geplant, umgesetzt und überprüft wird. Er findet berufsbegleitend statt und "
        "schließt mit einem Zertifikat ab.</p>"
    ),
    "body": [
        ("heading", {"text": "Das Beccaria-Programm", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Das Qualifizierungsprogramm wurde vom Landespräventionsrat "
                "Niedersachsen beim Niedersächsischen Justizministerium entwickelt. "
                "Benannt ist es nach Cesare Beccaria, dem italienischen Aufklärer und "
                "Strafrechtsreformer. Es entstand von 2003 bis 2011 in EU-geförderten "
                "Projekten, unter anderem im Beccaria-Projekt „Qualitätsmanagement in "
                "der Kriminalprävention“ und im Projekt „Wissenstransfer in der "
                "Kriminalprävention“.</p>"
                "<p>Der Landespräventionsrat Niedersachsen bietet den Lehrgang seit "
                "2008 jedes Jahr an. Bis 2017 wurden dort mehr als 200 "
                "Beccaria-Fachkräfte zertifiziert – aus allen Bundesländern sowie aus "
                "der Schweiz und Österreich. 2013 erhielt das Programm die "
                "Auszeichnung „Meilenstein der Kriminalprävention“ der Stiftung "
                "Kriminalprävention. „Beccaria Fachkraft Kriminalprävention“ ist als "
                "Marke beim Deutschen Patent- und Markenamt eingetragen.</p>"
                "<p>Inzwischen wird der Lehrgang auch an anderen Orten angeboten: in "
                "Sachsen seit 2013 und in Rheinland-Pfalz seit 2019. In Österreich "
                "begann 2017 in Graz eine eigene Variante.</p>"
                "<p>In Sachsen führt der Landespräventionsrat Sachsen den Lehrgang "
                "durch. Er wurde am 16. Dezember 2008 gegründet; seine Geschäftsstelle "
                "ist beim Sächsischen Staatsministerium des Innern in Dresden "
                "eingerichtet.</p>"
            ),
        ),
        ("heading", {"text": "Aufbau des Lehrgangs", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Der Lehrgang besteht aus vier Modulen, die aufeinander aufbauen. "
                "Zu jedem Modul gehören in der Regel zwei Seminarwochenenden; "
                "insgesamt erstreckt sich der Lehrgang über etwa ein Jahr. Zwischen "
                "den Seminaren lernen Sie mit Online-Lektionen auf dieser Plattform "
                "weiter.</p>"
                "<ol>"
                "<li><b>Kriminologie:</b> Grundlagen der Kriminologie – warum manche "
                "Menschen straffällig werden und andere nicht, wie kriminelle "
                "Karrieren verlaufen und was hilft, sie zu unterbrechen. Sie lernen, "
                "kriminologische Theorien und empirische Studien kritisch "
                "einzuschätzen.</li>"
                "<li><b>Kriminalprävention:</b> Anwendungsbezogenes Wissen aus dem "
                "gesamten Feld der Kriminalprävention sowie Zusammenarbeit und "
                "Vernetzung mit anderen Professionen.</li>"
                "<li><b>Projektmanagement:</b> Projekt- und Qualitätsmanagement – "
                "kriminalpräventive Projekte auf Grundlage wissenschaftlicher "
                "Erkenntnisse und Daten systematisch planen, durchführen und auf ihren "
                "Erfolg prüfen.</li>"
                "<li><b>Projektbegleitung:</b> Das in den Modulen erworbene Wissen im "
                "eigenen Praxisprojekt anwenden, begleitet von den Trainerinnen und "
                "Trainern.</li>"
                "</ol>"
            ),
        ),
        ("heading", {"text": "Das Praxisprojekt", "level": "h3"}),
        (
            "paragraph",
            (
                "<p>Herzstück des Lehrgangs ist Ihr eigenes Praxisprojekt. Sie "
                "entwickeln ein kriminalpräventives Vorhaben aus Ihrem Arbeitsfeld und "
                "orientieren sich dabei an den Beccaria-Standards zur "
                "Qualitätssicherung kriminalpräventiver Projekte: Sie beschreiben das "
                "Problem, analysieren seine Ursachen, legen Ziele und Maßnahmen fest "
                "und planen, wie Sie die Wirkung überprüfen. Ihre Arbeitsstände "
                "reichen Sie auf der Plattform ein; die Trainerinnen und Trainer geben "
                "Ihnen Rückmeldung und bewerten das Projekt.</p>"
            ),
        ),
        ("heading", {"text": "Zielgruppe", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Der Lehrgang richtet sich an Menschen mit Erfahrung in der "
                "Kriminalprävention – hauptamtlich, nebenamtlich oder ehrenamtlich. "
                "Dazu gehören zum Beispiel:</p>"
                "<ul>"
                "<li>Geschäftsführerinnen und Geschäftsführer kommunaler "
                "Präventionsräte,</li>"
                "<li>Präventionsfachkräfte von Land, Kommunen und freien Trägern,</li>"
                "<li>Beschäftigte der Justiz, etwa aus Bewährungshilfe, Gerichten und "
                "Justizvollzug,</li>"
                "<li>Fachkräfte aus Bildung und Schule.</li>"
                "</ul>"
            ),
        ),
        ("heading", {"text": "Wer mit Ihnen lernt", "level": "h3"}),
        (
            "paragraph",
            (
                "<p>Erfahrungsgemäß kommt etwa ein Drittel der Teilnehmenden aus der "
                "Polizei, ein Drittel aus den Kommunen und ein Drittel aus Sozialer "
                "Arbeit, Wissenschaft und Schule. Ein Durchgang umfasst in der Regel "
                "bis zu 25 Personen. So lernen Sie die Sichtweisen anderer Berufe "
                "kennen und knüpfen Kontakte für die spätere Zusammenarbeit.</p>"
            ),
        ),
        ("heading", {"text": "Abschluss und Zertifikat", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Das Zertifikat „Fachkraft für Kriminalprävention“ erhalten Sie, "
                "wenn Sie alle drei Voraussetzungen erfüllen:</p>"
                "<ul>"
                "<li>Sie haben <b>alle vier Module</b> abgeschlossen.</li>"
                "<li>Ihr <b>Praxisprojekt</b> wurde als bestanden bewertet.</li>"
                "<li>Sie haben an den <b>Seminartagen</b> mindestens im geforderten "
                "Umfang teilgenommen. Die Anwesenheitsquote wird für jeden Durchgang "
                "festgelegt und liegt in der Regel bei 80 Prozent.</li>"
                "</ul>"
                "<p>Das Zertifikat nennt Ihren Namen, den Lehrgang, die "
                "abgeschlossenen Module und das Ausstellungsdatum und trägt eine "
                "eindeutige Nummer. Mit dieser Nummer oder dem zugehörigen Prüfcode "
                "kann zum Beispiel Ihr Arbeitgeber online prüfen, ob das Zertifikat "
                "echt ist. Angezeigt werden dabei nur Name, Lehrgang, Module und "
                "Datum.</p>"
            ),
        ),
        (
            "key_statement",
            {
                "text": (
                    "Das Zertifikat bestätigt mehr als die Teilnahme: Es zeigt, dass "
                    "Sie das Gelernte in einem eigenen Projekt angewendet haben."
                ),
            },
        ),
        (
            "reflection_question",
            {
                "question": (
                    "Welches Kriminalitäts- oder Sicherheitsproblem in Ihrem "
                    "Arbeitsumfeld möchten Sie mit einem eigenen Praxisprojekt angehen?"
                ),
                "hint": (
                    "Denken Sie an ein Problem, zu dem Sie Daten haben oder beschaffen "
                    "können."
                ),
            },
        ),
    ],
}
