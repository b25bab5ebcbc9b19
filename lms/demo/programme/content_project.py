"""A handed-in practice project for the demo, as a participant would write it.

The place is real, the project and its figures are made up. `SECTIONS`
follows the seven default sections of the brief, in order.
"""

TITLE = "Sicher wohnen in Döbeln-Nord: Einbruchschutz und Nachbarschaft"

SECTIONS = [
    (
        "Im Wohngebiet Döbeln-Nord (rund 4.800 Einwohnerinnen und Einwohner, "
        "überwiegend sanierte Plattenbauten zweier Wohnungsgenossenschaften) hat "
        "das Polizeirevier Döbeln von 2024 bis 2026 im Mittel 38 Wohnungseinbrüche "
        "und 61 Kellereinbrüche im Jahr registriert, deutlich mehr als in den "
        "übrigen Stadtteilen. Fast die Hälfte der Taten blieb im Versuch stecken. "
        "Betroffen sind vor allem Wohnungen im Erdgeschoss und ersten Obergeschoss "
        "sowie Kellerabteile; die Taten geschehen meist werktags zwischen 10 und "
        "18 Uhr. In der Bürgerumfrage der Stadt 2025 gaben 41 Prozent der "
        "Befragten aus Döbeln-Nord an, sich nachts in ihrer Wohnung nicht sicher "
        "zu fühlen (Stadt gesamt: 23 Prozent). Beim Stadtteilforum im Herbst "
        "schilderten vor allem ältere Mieterinnen, dass Haustüren offen stehen "
        "und Fremde im Treppenhaus niemandem auffallen. Unbekannt ist bisher, wie "
        "viele Kellereinbrüche gar nicht angezeigt werden; das klären wir mit "
        "einer kurzen Haushaltsbefragung."
    ),
    (
        "Die Auswertung der Tatortberichte zeigt vor allem Gelegenheiten: alte "
        "Wohnungstüren ohne Schutzbeschlag, Kellerverschläge aus Holzlatten, "
        "Hauseingangstüren, die tagsüber mit Keilen offen gehalten werden. Nach "
        "dem Routine-Activity-Ansatz treffen hier geeignete Ziele auf fehlende "
        "Aufsicht: Viele Bewohnerinnen und Bewohner kennen ihre Nachbarn kaum, "
        "seit in den letzten Jahren viele Wohnungen neu vermietet wurden und "
        "einzelne Aufgänge leer stehen. Die geringe informelle Kontrolle passt zur "
        "Theorie der kollektiven Wirksamkeit (Sampson): Wo Nachbarn einander nicht "
        "vertrauen, greift auch niemand ein. Ein Teil der ermittelten "
        "Tatverdächtigen sind junge Männer aus dem Stadtteil, die Beute für den "
        "Eigenbedarf oder zum Weiterverkauf suchen. Am schwersten wiegen aus "
        "unserer Sicht die technisch leicht zu überwindenden Türen und die "
        "fehlende Nachbarschaft; die Lage junger Menschen im Stadtteil ist eine "
        "längerfristige Ursache, die wir mit Partnern angehen wollen."
    ),
    (
        "Präventionsziel ist, dass Wohnungs- und Kellereinbrüche in Döbeln-Nord "
        "deutlich zurückgehen und sich die Bewohnerinnen und Bewohner wieder "
        "sicherer fühlen. Das Projekt selbst will erreichen, dass möglichst viele "
        "Haushalte ihre Wohnung und ihren Keller wirksam sichern und dass in den "
        "am stärksten betroffenen Hausaufgängen Nachbarinnen und Nachbarn "
        "aufeinander achten. Als Teilziel soll bis Ende 2027 ein Gebietsteam nach "
        "dem Verfahren Communities That Care die Lage der Kinder und Jugendlichen "
        "im Stadtteil erheben und einen Präventionsplan beschließen. Zielgruppen "
        "sind die Mieterhaushalte, besonders ältere Menschen in den unteren "
        "Geschossen, die Wohnungsgenossenschaften als Vermieter sowie Schule, "
        "Jugendhilfe und Vereine im Stadtteil. Die Ziele mit Indikatoren stehen "
        "in der Tabelle unten."
    ),
    (
        "Erste Maßnahme ist eine Sicherungsberatung in den Wohnungen durch die "
        "Polizeiliche Beratungsstelle, verbunden mit einem Zuschuss der "
        "Wohnungsgenossenschaften für geprüfte Schutzbeschläge und Kellerschlösser "
        "und mit einer Nachbarschaftsaktion in den zwölf am stärksten betroffenen "
        "Aufgängen. Sie setzt an den Gelegenheiten an, die die Analyse zeigt. "
        "Zweite Maßnahme ist der Einstieg in Communities That Care: Ein "
        "Gebietsteam aus Stadt, Schule, Jugendhilfe, Polizei und Vereinen erhebt "
        "mit der CTC-Jugendbefragung Risiko- und Schutzfaktoren und wählt "
        "wirksame Programme aus. Wir haben andere Maßnahmen geprüft: Mehr "
        "Streifen allein wirken nur, solange sie andauern, und Videoüberwachung "
        "im Treppenhaus lehnen Vermieter und Mieterbeirat ab. Begründung und "
        "Wissen über die Wirkung stehen bei den Maßnahmen unten."
    ),
    (
        "Das Projekt läuft zwei Jahre und wird von der Arbeitsgruppe "
        "„Sicheres Döbeln“ des kommunalen Präventionsrats gesteuert, die sich "
        "alle zwei Monate trifft. Ich koordiniere es als Bürgerpolizist für "
        "Döbeln-Nord mit der Stadtteilmanagerin. Die Polizeiliche Beratungsstelle "
        "stellt zwei Beraterinnen für je einen Nachmittag pro Woche, die "
        "Wohnungsgenossenschaften tragen den Zuschuss (bis zu 150 Euro je "
        "Wohnung, insgesamt 30.000 Euro), die Stadt stellt den Stadtteiltreff und "
        "beantragt für CTC eine Förderung beim Landespräventionsrat. Ehrenamtliche "
        "Hausansprechpersonen laden zu den Treffen in ihrem Aufgang ein. Die "
        "Arbeitspakete und Termine stehen in der Planungsübersicht, der "
        "ausführliche Zeitplan im Anhang."
    ),
    (
        "Wir prüfen die Umsetzung laufend: Zahl der Beratungen und umgesetzten "
        "Sicherungen (Protokolle, Zuschussanträge), Zahl der Hausansprechpersonen "
        "und Teilnehmende an den Treffen, Sitzungen und Beschlüsse des "
        "Gebietsteams. Abweichungen und ihre Gründe tragen wir in die "
        "Planungsübersicht ein. Die Wirkung messen wir an den Wohnungs- und "
        "Kellereinbrüchen laut PKS des Reviers (Vergleich mit 2024 bis 2026 und "
        "mit dem Stadtteil Döbeln-Ost ohne Projekt) und an einer Wiederholung der "
        "Fragen zum Sicherheitsgefühl aus der Bürgerumfrage. Weil Einbrüche "
        "schwanken und sich verlagern können, werten wir auch die angrenzenden "
        "Straßen aus und lassen uns bei der Auswertung von der Hochschule der "
        "Sächsischen Polizei beraten."
    ),
    (
        "Nach dem ersten Projektjahr entscheidet die Arbeitsgruppe anhand der "
        "Zwischenauswertung, ob die Beratung auf weitere Aufgänge ausgeweitet "
        "wird. Schon jetzt zeigt sich, dass die Zusage der Vermieter entscheidend "
        "war: Ohne Zuschuss hätten viele Mieterinnen die Sicherung nicht bezahlen "
        "können. Wir dokumentieren das Projekt in einem Abschlussbericht für den "
        "kommunalen Präventionsrat und stellen es auf dem Sächsischen "
        "Präventionstag vor. Anderen Kommunen würden wir raten, die "
        "Wohnungsunternehmen von Anfang an einzubinden und die Nachbarschaft "
        "nicht als Nebensache zu behandeln."
    ),
]

GOALS = [
    {
        "key": "ziel-praevention",
        "kind": "prevention",
        "text": "Die Wohnungs- und Kellereinbrüche in Döbeln-Nord gehen bis Ende "
        "2028 um ein Viertel gegenüber dem Mittel der Jahre 2024 bis 2026 zurück.",
        "target_group": "Bewohnerinnen und Bewohner von Döbeln-Nord",
        "indicator": "Wohnungs- und Kellereinbrüche laut PKS des Polizeireviers "
        "Döbeln, Jahreswerte; Sicherheitsgefühl in der Bürgerumfrage",
    },
    {
        "key": "ziel-projekt",
        "kind": "project",
        "text": "Bis Ende 2027 lassen sich 300 Haushalte beraten; mindestens "
        "jeder dritte setzt eine empfohlene Sicherung um.",
        "target_group": "Mieterhaushalte, besonders ältere Menschen im "
        "Erdgeschoss und ersten Obergeschoss",
        "indicator": "Beratungsprotokolle, bewilligte Zuschüsse, Nachbefragung "
        "nach sechs Monaten",
    },
    {
        "key": "ziel-teil",
        "kind": "sub",
        "text": "Bis Dezember 2027 hat ein CTC-Gebietsteam mit mindestens acht "
        "Einrichtungen ein Gebietsprofil erstellt und einen Präventionsplan "
        "beschlossen.",
        "target_group": "Schule, Jugendhilfe, Vereine, Stadtverwaltung und "
        "Polizei im Stadtteil",
        "indicator": "Mitglieder des Gebietsteams, vorliegendes Gebietsprofil, "
        "Beschluss des Präventionsplans",
    },
]

MEASURES = [
    {
        "key": "massnahme-beratung",
        "title": "Sicherungsberatung mit Vermieterzuschuss und Nachbarschaftsaktion",
        "description": "Beratung in der Wohnung durch die Polizeiliche "
        "Beratungsstelle, Zuschuss der Wohnungsgenossenschaften für geprüfte "
        "Sicherungstechnik, Hausansprechpersonen und Treffen in den zwölf am "
        "stärksten betroffenen Aufgängen.",
        "goal_keys": ["ziel-projekt", "ziel-praevention"],
        "reason": "Die Analyse zeigt leicht zu überwindende Türen und fehlende "
        "Aufmerksamkeit unter Nachbarn als wichtigste Ursachen.",
        "evidence": "Ein großer Teil der Wohnungseinbrüche bleibt laut PKS im "
        "Versuch stecken, häufig an geprüfter Sicherungstechnik. Maßnahmen der "
        "situativen Prävention sind gut untersucht; aufmerksame Nachbarschaften "
        "erhöhen das Entdeckungsrisiko.",
        "programme": "",
        "programme_url": "",
        "rating": "",
    },
    {
        "key": "massnahme-ctc",
        "title": "Einstieg in Communities That Care (CTC) für Döbeln-Nord",
        "description": "Aufbau eines Gebietsteams, CTC-Jugendbefragung an den "
        "Schulen des Stadtteils, Gebietsprofil und Präventionsplan mit "
        "Programmen aus der Grünen Liste Prävention.",
        "goal_keys": ["ziel-teil", "ziel-praevention"],
        "reason": "Ein Teil der Tatverdächtigen sind junge Menschen aus dem "
        "Stadtteil; CTC setzt an den Risikofaktoren an, bevor Kriminalität "
        "entsteht.",
        "evidence": "CTC ist in Evaluationen in den USA und in Niedersachsen "
        "untersucht worden und in der Grünen Liste Prävention aufgeführt.",
        "programme": "Communities That Care – CTC",
        "programme_url": "https://www.gruene-liste-praevention.de/",
        "rating": "proven",
    },
]

# Rows of the planning table; the dates are weeks relative to the day of
# seeding (None: not done yet).
PLANNING = [
    {
        "measure_key": "massnahme-beratung",
        "planned_activity": "Auftaktveranstaltung im Stadtteiltreff mit "
        "Wohnungsgenossenschaften und Polizeirevier",
        "planned_date": -6,
        "actual_activity": "Auftaktveranstaltung mit 64 Gästen; beide "
        "Genossenschaften sagen den Zuschuss zu",
        "actual_date": -5,
        "deviation": "eine Woche später",
        "reason": "Der Saal war wegen einer Wahlveranstaltung belegt.",
    },
    {
        "measure_key": "massnahme-beratung",
        "planned_activity": "Beratungen in den zwölf Aufgängen, erste Treffen "
        "der Hausansprechpersonen",
        "planned_date": 8,
        "actual_activity": "",
        "actual_date": None,
        "deviation": "",
        "reason": "",
    },
    {
        "measure_key": "massnahme-ctc",
        "planned_activity": "CTC-Jugendbefragung an Oberschule und Gymnasium",
        "planned_date": 16,
        "actual_activity": "",
        "actual_date": None,
        "deviation": "",
        "reason": "",
    },
]

TIMETABLE = (
    "<p>Projekt „Sicher wohnen in Döbeln-Nord“ – Zeitplan der Arbeitspakete</p>"
    "<table><tr><th>Zeitraum</th><th>Arbeitspaket</th><th>Verantwortlich</th>"
    "</tr>"
    "<tr><td>Quartal 1</td><td>Auftakt, Hausansprechpersonen gewinnen</td>"
    "<td>Bürgerpolizist, Stadtteilmanagement</td></tr>"
    "<tr><td>Quartal 2–4</td><td>Sicherungsberatungen, Zuschussanträge</td>"
    "<td>Polizeiliche Beratungsstelle, Genossenschaften</td></tr>"
    "<tr><td>Quartal 2–3</td><td>CTC-Gebietsteam, Jugendbefragung</td>"
    "<td>Stadt Döbeln, Schulen</td></tr>"
    "<tr><td>Quartal 4</td><td>Gebietsprofil, Präventionsplan</td>"
    "<td>CTC-Gebietsteam</td></tr>"
    "<tr><td>Quartal 5–8</td><td>Umsetzung, Nachbefragung, Auswertung</td>"
    "<td>Arbeitsgruppe „Sicheres Döbeln“</td></tr>"
    "</table>"
)
