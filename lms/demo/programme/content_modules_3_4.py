"""Demo content of modules 3 (Projektmanagement) and 4 (Projektbegleitung)."""

MODULES_3_4 = [
    {
        "number": 3,
        "title": "Projektmanagement",
        "slug": "projektmanagement",
        "summary": (
            "Wie plant man ein kriminalpräventives Projekt so, dass es "
            "nachvollziehbar, umsetzbar und überprüfbar ist? Das Modul führt in die "
            "Beccaria-Standards zur Qualitätssicherung ein und erarbeitet die Schritte "
            "1 bis 5: von der Problembeschreibung über Ursachen, Ziele und Maßnahmen "
            "bis zur Projektplanung. Parallel beginnen Sie Ihr eigenes Praxisprojekt."
        ),
        "learning_goals": (
            "<ul>"
            "<li>Sie können Herkunft, Zweck und Aufbau der Beccaria-Standards "
            "erläutern und die sieben Schritte eines Präventionsprojekts benennen.</li>"
            "<li>Sie können ein Kriminalitätsproblem anhand verfügbarer Daten "
            "beschreiben und mit Kennzahlen fassen.</li>"
            "<li>Sie können die Entstehungsbedingungen eines Problems mithilfe "
            "kriminologischer Erklärungsansätze analysieren und gewichten.</li>"
            "<li>Sie können Präventionsziele, Projektziele und Teilziele unterscheiden "
            "und mit Zielgruppen und Indikatoren überprüfbar formulieren.</li>"
            "<li>Sie können Maßnahmen evidenzorientiert auswählen, etwa mithilfe der "
            "Grünen Liste Prävention, und Ihre Auswahl begründen.</li>"
            "<li>Sie können ein Projekt in Arbeitspakete, Meilensteine, Ressourcen und "
            "Zuständigkeiten gliedern und die Tabelle Planungsübersicht anlegen.</li>"
            "</ul>"
        ),
        "teaching_units": 28,
        "lessons": [
            {
                "title": "Die Beccaria-Standards: Qualität in der Kriminalprävention",
                "slug": "beccaria-standards",
                "summary": (
                    "Sie erfahren, woher die Beccaria-Standards stammen, welche "
                    "Anforderungen sie an Planung, Durchführung und Evaluation stellen "
                    "und wie sieben Schritte ein Präventionsprojekt strukturieren."
                ),
                "estimated_minutes": 20,
                "teaching_units": "1.0",
                "required": True,
                "body": [
                    (
                        "heading",
                        {
                            "text": "Warum Qualität in der Prävention zählt",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Kriminalprävention lebt vom Engagement vieler Menschen: "
                        "Polizeibeamtinnen und Polizeibeamte, Mitarbeitende der "
                        "Kommunalverwaltung, Fachkräfte der Sozialen Arbeit und "
                        "Lehrkräfte setzen sich dafür ein, dass Straftaten gar nicht "
                        "erst entstehen. Oft beginnen Projekte mit einem konkreten "
                        "Anlass: Nach einer Serie von Wohnungseinbrüchen soll "
                        "„schnell etwas passieren“, nach einer Schlägerei am Bahnhof "
                        "wird ein runder Tisch einberufen.</p>"
                        "<p>Dieser Handlungsdruck ist verständlich. Er führt aber "
                        "leicht dazu, dass Maßnahmen gewählt werden, weil sie "
                        "naheliegen, bereits bekannt sind oder sich öffentlich gut "
                        "darstellen lassen – und nicht, weil sie zum Problem passen. "
                        "Aus der Evaluationsforschung ist bekannt, dass gut gemeinte "
                        "Maßnahmen wirkungslos bleiben und in manchen Fällen sogar "
                        "unerwünschte Nebenwirkungen haben können. Wer Prävention "
                        "verantwortet, setzt zudem öffentliche Mittel, Arbeitszeit "
                        "und das Vertrauen der Beteiligten ein. Es braucht deshalb "
                        "Maßstäbe, an denen sich Planung, Umsetzung und Überprüfung "
                        "eines Projekts messen lassen. Genau hier setzen die "
                        "Beccaria-Standards an.</p>",
                    ),
                    (
                        "key_statement",
                        {
                            "text": (
                                "Gute Absichten ersetzen keine gute Planung: Ein "
                                "Präventionsprojekt ist nur so stark wie die "
                                "Verbindung zwischen Problem, Ursachen, Zielen und "
                                "Maßnahmen."
                            ),
                        },
                    ),
                    (
                        "heading",
                        {
                            "text": "Herkunft und Anspruch der Beccaria-Standards",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Die „Beccaria-Standards zur Qualitätssicherung "
                        "kriminalpräventiver Projekte“ hat der Landespräventionsrat "
                        "Niedersachsen im Beccaria-Projekt „Qualitätsmanagement in "
                        "der Kriminalprävention“ entwickelt, das die Europäische "
                        "Union über ihr Programm AGIS gefördert hat. Die Standards "
                        "liegen in einer Fassung mit Stand November 2005 vor. "
                        "Namensgeber ist der italienische Aufklärer Cesare Beccaria "
                        "(1738–1794), der in seiner Schrift „Über Verbrechen und "
                        "Strafen“ (1764) die Auffassung vertrat, es sei besser, "
                        "Verbrechen zu verhüten, als sie zu bestrafen.</p>"
                        "<p>Die Standards beschreiben Qualitätsanforderungen an drei "
                        "Phasen kriminalpräventiver Programme und Projekte: "
                        "<b>Planung</b>, <b>Durchführung</b> und <b>Evaluation</b>. "
                        "Sie sind bewusst allgemein gehalten und lassen sich auf ein "
                        "Schulprojekt ebenso anwenden wie auf eine kommunale "
                        "Sicherheitspartnerschaft. Für die praktische Arbeit gibt es "
                        "ergänzende Arbeitshilfen unter dem Titel „Beccaria: In 7 "
                        "Schritten zum erfolgreichen Präventionsprojekt“ mit einem "
                        "Arbeitsblatt zu jedem Schritt.</p>"
                        "<p>Der Ansatz ist weit verbreitet. Das Programm Polizeiliche "
                        "Kriminalprävention der Länder und des Bundes (ProPK) stützt "
                        "sein Online-„PraxisWerkzeug“ ausdrücklich auf die "
                        "Beccaria-Standards und gliedert die Arbeit dort in eine "
                        "Konzeptions-, eine Durchführungs- und eine "
                        "Überprüfungsphase. Auch der Landespräventionsrat Sachsen "
                        "bezieht sich in seinem Programm „Allianz Sichere Sächsische "
                        "Kommunen“ (ASSKomm) auf den Beccaria-Ansatz.</p>",
                    ),
                    (
                        "heading",
                        {"text": "Die sieben Schritte im Überblick", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>Die Arbeitshilfen übersetzen die Standards in eine "
                        "Abfolge von sieben Schritten, die vom Problem bis zur "
                        "Überprüfung der Wirkung führen:</p>",
                    ),
                    (
                        "image",
                        {
                            "image": "beccaria_sieben_schritte",
                            "alt_text": (
                                "Ablaufdiagramm mit sieben nummerierten Kästen: 1 "
                                "Problembeschreibung, 2 Analyse der "
                                "Entstehungsbedingungen, 3 Ziele und Zielgruppen, 4 "
                                "Maßnahmen, 5 Projektplanung und -durchführung, 6 Die "
                                "Wirkung überprüfen, 7 Schlussfolgerungen und "
                                "Dokumentation."
                            ),
                            "caption": (
                                "Die sieben Schritte eines Präventionsprojekts nach "
                                "den Beccaria-Arbeitshilfen (Schritte 1 bis 5 in den "
                                "Arbeitsfassungen dieses Lehrgangs)."
                            ),
                        },
                    ),
                    (
                        "paragraph",
                        "<ol>"
                        "<li><b>Problembeschreibung:</b> Was genau ist das Problem? "
                        "Wo, wann und wen betrifft es, und wie groß ist es?</li>"
                        "<li><b>Analyse der Entstehungsbedingungen:</b> Welche "
                        "Ursachen und begünstigenden Bedingungen erklären das "
                        "Problem?</li>"
                        "<li><b>Ziele und Zielgruppen:</b> Was soll sich bei wem "
                        "verändern, und woran ist das zu erkennen?</li>"
                        "<li><b>Maßnahmen:</b> Mit welchen Maßnahmen lassen sich die "
                        "Ziele am ehesten erreichen, und was spricht für ihre "
                        "Wirksamkeit?</li>"
                        "<li><b>Projektplanung und -durchführung:</b> Wer macht was "
                        "bis wann mit welchen Mitteln?</li>"
                        "<li><b>Die Wirkung überprüfen:</b> Wurde umgesetzt wie "
                        "geplant, und wurden die Ziele erreicht?</li>"
                        "<li><b>Schlussfolgerungen und Dokumentation:</b> Was folgt "
                        "aus den Ergebnissen, und wie wird das Wissen für andere "
                        "festgehalten?</li>"
                        "</ol>"
                        "<p>Grob gesagt bilden die Schritte 1 bis 4 die Konzeption, "
                        "Schritt 5 die Umsetzung und die Schritte 6 und 7 die "
                        "Überprüfung und Auswertung. In der Praxis verlaufen sie "
                        "nicht streng nacheinander: Wer bei der Zielbestimmung merkt, "
                        "dass Daten fehlen, kehrt zur Problembeschreibung zurück. Und "
                        "wie die Wirkung überprüft werden soll, wird nicht erst am "
                        "Ende überlegt, sondern schon bei der Formulierung der Ziele "
                        "mitgedacht.</p>"
                        "<p><b>Hinweis zu den Bezeichnungen:</b> Die Titel der "
                        "Schritte 6 („Die Wirkung überprüfen“) und 7 "
                        "(„Schlussfolgerungen und Dokumentation“) entsprechen den "
                        "veröffentlichten Arbeitshilfen. Für die Schritte 1 bis 5 "
                        "verwendet dieser Lehrgang Arbeitsfassungen der Titel. Sie "
                        "geben den Inhalt der Originalmaterialien wieder, können im "
                        "Wortlaut aber abweichen. Maßgeblich ist die Originalfassung "
                        "der Arbeitshilfen.</p>",
                    ),
                    (
                        "heading",
                        {"text": "Was die Standards im Alltag bedeuten", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>Ein Beispiel: In der fiktiven sächsischen Kleinstadt "
                        "Musterhain klagen Anwohnende und Pendelnde über Pöbeleien "
                        "und Schlägereien unter Jugendlichen am Bahnhof. Der "
                        "kommunale Präventionsrat will handeln. Ohne strukturiertes "
                        "Vorgehen läge der Griff zu schnell sichtbaren Maßnahmen "
                        "nahe: mehr Streifen, eine Kamera, ein Flyer. Mit den sieben "
                        "Schritten stellt der Präventionsrat zunächst andere Fragen: "
                        "Was genau passiert dort, zu welchen Zeiten und zwischen wem? "
                        "Was wissen Polizei, Ordnungsamt, Jugendarbeit und "
                        "Verkehrsunternehmen? Warum treffen sich die Jugendlichen "
                        "gerade dort? Was soll in einem Jahr anders sein – und woran "
                        "ließe sich das ablesen?</p>"
                        "<p>Die Standards verlangen dabei nichts Unmögliches. Sie "
                        "fordern vor allem Nachvollziehbarkeit: Jede Entscheidung im "
                        "Projekt soll sich begründen lassen, und die Begründung wird "
                        "schriftlich festgehalten. Daraus ergeben sich Leitgedanken, "
                        "die sich durch alle Schritte ziehen:</p>"
                        "<ul>"
                        "<li><b>Datenbasierung:</b> Aussagen über das Problem stützen "
                        "sich auf Daten und nicht allein auf Eindrücke.</li>"
                        "<li><b>Theoriebezug:</b> Ursachen werden mit "
                        "kriminologischem Wissen erklärt, wie Sie es aus Modul 1 "
                        "kennen.</li>"
                        "<li><b>Evidenzorientierung:</b> Maßnahmen mit nachgewiesener "
                        "oder wahrscheinlicher Wirkung haben Vorrang.</li>"
                        "<li><b>Überprüfbarkeit:</b> Ziele werden so formuliert, dass "
                        "sich später feststellen lässt, ob sie erreicht wurden.</li>"
                        "<li><b>Dokumentation:</b> Planung, Abweichungen und "
                        "Ergebnisse werden festgehalten, damit andere daraus lernen "
                        "können.</li>"
                        "</ul>"
                        "<p>In diesem Modul arbeiten Sie die Schritte 1 bis 5 durch "
                        "und beginnen parallel Ihr eigenes Praxisprojekt. Modul 4 "
                        "widmet sich den Schritten 6 und 7 und der Begleitung Ihres "
                        "Projekts.</p>",
                    ),
                    (
                        "reflection_question",
                        {
                            "question": (
                                "Denken Sie an ein Präventionsprojekt, das Sie kennen "
                                "oder an dem Sie beteiligt waren. Bei welchem der "
                                "sieben Schritte wurde besonders sorgfältig gearbeitet "
                                "– und welcher kam zu kurz?"
                            ),
                            "hint": (
                                "Achten Sie besonders auf den Übergang von der "
                                "Problembeschreibung zu den Maßnahmen: Wurde die "
                                "Maßnahme aus der Analyse abgeleitet, oder stand sie "
                                "schon vorher fest?"
                            ),
                        },
                    ),
                ],
            },
            {
                "title": (
                    "Vom Problem zum Ziel: Problembeschreibung, Ursachenanalyse, "
                    "Zielbestimmung"
                ),
                "slug": "problem-ursachen-ziele",
                "summary": (
                    "Sie beschreiben ein Kriminalitätsproblem mit Daten und "
                    "Kennzahlen, analysieren seine Entstehungsbedingungen und leiten "
                    "daraus überprüfbare Ziele für klar benannte Zielgruppen ab "
                    "(Schritte 1 bis 3)."
                ),
                "estimated_minutes": 30,
                "teaching_units": "1.5",
                "required": True,
                "body": [
                    (
                        "heading",
                        {"text": "Schritt 1: Das Problem beschreiben", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>Am Anfang steht eine möglichst genaue Beschreibung des "
                        "Problems. „Jugendgewalt“ oder „Einbrüche“ sind noch keine "
                        "Problembeschreibungen, sondern Überschriften. Weiter helfen "
                        "die klassischen W-Fragen: Was geschieht genau? Wo und wann "
                        "geschieht es? Wer ist betroffen, und was ist über die "
                        "Tatverdächtigen bekannt? Seit wann besteht das Problem, und "
                        "wie entwickelt es sich? Wer nimmt es als Problem wahr – und "
                        "wer nicht?</p>"
                        "<p>Für die Antworten nutzen Sie mehrere Quellen. Die "
                        "Polizeiliche Kriminalstatistik (PKS) und Auswertungen des "
                        "örtlichen Polizeireviers zeigen das Hellfeld, also die "
                        "polizeilich bekannt gewordenen Taten. Was nicht angezeigt "
                        "wird, bleibt dort unsichtbar; Hinweise auf das Dunkelfeld "
                        "und auf das Sicherheitsgefühl liefern etwa Befragungen. "
                        "Hinzu kommen Erkenntnisse des Ordnungsamts, der Schulen, der "
                        "Jugendarbeit, von Verkehrsunternehmen oder "
                        "Wohnungsgesellschaften. Beziehen Sie auch die Sichtweisen "
                        "der Betroffenen ein: Anwohnende, Gewerbetreibende und, wo es "
                        "passt, die Jugendlichen selbst.</p>"
                        "<p>Damit das Problem greifbar wird, legen Sie "
                        "<b>Kennzahlen</b> fest, die seine Größe beschreiben und sich "
                        "später erneut erheben lassen. Am Bahnhof von Musterhain, der "
                        "fiktiven Kleinstadt aus der vorigen Lerneinheit, wären das "
                        "etwa die Zahl der registrierten Körperverletzungen im "
                        "Bahnhofsumfeld je Quartal, die Zahl der Einsätze von Polizei "
                        "und Ordnungsamt am Wochenende oder der Anteil der Befragten, "
                        "die den Bahnhof abends meiden. Ginge es um Wohnungseinbrüche "
                        "in einem Wohngebiet, kämen die Zahl der vollendeten und "
                        "versuchten Einbrüche und ihre Verteilung nach Tageszeit und "
                        "Gebäudeart in Frage.</p>"
                        "<p>Bedenken Sie bei der Deutung: Bei kleinen Fallzahlen "
                        "schwanken die Werte von Jahr zu Jahr stark, ohne dass sich "
                        "wirklich etwas verändert hat. Und Veränderungen im Hellfeld "
                        "können auch auf ein verändertes Anzeigeverhalten oder auf "
                        "mehr Kontrollen zurückgehen.</p>",
                    ),
                    (
                        "document",
                        {
                            "document": "arbeitsblatt_problembeschreibung",
                            "description": (
                                "Arbeitsblatt mit Leitfragen zu Schritt 1 "
                                "(Problembeschreibung) – nutzen Sie es für die "
                                "Problembeschreibung Ihres Praxisprojekts."
                            ),
                        },
                    ),
                    (
                        "key_statement",
                        {
                            "text": (
                                "Ein Problem, das nur als Eindruck besteht, lässt sich "
                                "nicht gezielt bearbeiten. Beschreiben Sie es so "
                                "konkret, dass Sie seine Größe messen und "
                                "Veränderungen später erkennen können."
                            ),
                        },
                    ),
                    (
                        "heading",
                        {
                            "text": "Schritt 2: Die Entstehungsbedingungen analysieren",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Im zweiten Schritt fragen Sie, warum das Problem gerade "
                        "hier und gerade jetzt auftritt. Ordnen Sie es zunächst "
                        "kriminologisch ein: Um welche Deliktsformen geht es, welche "
                        "Erklärungsansätze sind einschlägig? Die Theorien aus Modul 1 "
                        "helfen dabei, Ursachen nicht nur zu sammeln, sondern zu "
                        "verstehen. Der Routine-Activity-Ansatz etwa lenkt den Blick "
                        "auf das Zusammentreffen von motivierten Täterinnen und "
                        "Tätern, geeigneten Zielen und dem Fehlen schützender "
                        "Personen; lern- und kontrolltheoretische Ansätze fragen nach "
                        "Gruppendynamik, sozialen Bindungen und Perspektiven junger "
                        "Menschen.</p>"
                        "<p>Im Beispiel Musterhain ergibt die Analyse ein "
                        "vielschichtiges Bild: Jugendliche treffen sich abends am "
                        "Bahnhof, weil es dort Licht, ein Vordach und einen Kiosk "
                        "gibt, während der Jugendtreff nur noch an zwei Wochentagen "
                        "geöffnet hat. Konflikte entstehen vor allem an Wochenenden "
                        "zwischen zwei Gruppen, häufig unter Alkoholeinfluss. Eine "
                        "Ecke des Vorplatzes ist schlecht einsehbar. (Alle Angaben zu "
                        "Musterhain sind frei erfunden.)</p>"
                        "<p>Sammeln Sie mögliche Ursachen zunächst breit und bewerten "
                        "Sie sie dann: Welche sind gut belegt, welche nur vermutet? "
                        "Welche wiegen schwer? Welche lassen sich mit den Mitteln vor "
                        "Ort überhaupt beeinflussen? Halten Sie fest, worauf sich "
                        "Ihre Einschätzung stützt. Auch eine Ursache, die Sie nicht "
                        "bearbeiten können, bleibt wichtig: Sie erklärt womöglich "
                        "später, warum ein Projekt an Grenzen stößt.</p>",
                    ),
                    (
                        "heading",
                        {
                            "text": "Schritt 3: Ziele und Zielgruppen festlegen",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Aus der Analyse leiten Sie Ziele ab. Die "
                        "Beccaria-Materialien verlangen dabei eine klare Trennung der "
                        "Zielebenen:</p>"
                        "<ul>"
                        "<li><b>Präventionsziele</b> beschreiben die angestrebte "
                        "Veränderung des Problems selbst, etwa weniger Gewalttaten am "
                        "Bahnhof und ein höheres Sicherheitsgefühl der Fahrgäste.</li>"
                        "<li><b>Projekt- oder Programmziele</b> beschreiben, was das "
                        "Projekt bewirken will, damit sich das Problem verändert, "
                        "etwa dass Jugendliche am Wochenende einen betreuten "
                        "Treffpunkt als Alternative zum Bahnhof nutzen.</li>"
                        "<li><b>Teilziele</b> zerlegen die Projektziele in "
                        "überprüfbare Etappen, etwa dass der Jugendtreff bis zu einem "
                        "festgelegten Datum auch freitags und samstags abends "
                        "geöffnet ist.</li>"
                        "</ul>"
                        "<p>Ziele sollten <b>SMART</b> formuliert sein: spezifisch, "
                        "messbar, attraktiv (oder akzeptiert), realistisch und "
                        "terminiert. „Die Situation am Bahnhof verbessern“ erfüllt "
                        "keines dieser Kriterien. Besser ist zum Beispiel: „Bis zum "
                        "Ende des zweiten Projektjahres sinkt die Zahl der "
                        "polizeilich registrierten Körperverletzungen am Bahnhof und "
                        "auf dem Vorplatz gegenüber dem Jahr vor Projektbeginn um ein "
                        "Viertel.“ Ob ein solcher Zielwert realistisch ist, hängt von "
                        "den Ausgangszahlen und den geplanten Maßnahmen ab.</p>"
                        "<p>Zu jedem Ziel gehören <b>Zielgruppen</b> und "
                        "<b>Indikatoren</b>. Zielgruppen können direkt angesprochen "
                        "werden, etwa die Jugendlichen am Bahnhof, oder mittelbar, "
                        "etwa Eltern, Fachkräfte oder Gewerbetreibende. Indikatoren "
                        "machen sichtbar, ob ein Ziel erreicht ist. Notieren Sie für "
                        "jeden Indikator den Ausgangswert, den Zielwert und die "
                        "Quelle, aus der Sie ihn erheben. Prüfen Sie auch, ob ein "
                        "Indikator wirklich zum Ziel passt: Mehr Präsenz von Polizei "
                        "und Ordnungsamt kann dazu führen, dass zunächst mehr Taten "
                        "bekannt werden. Ein Anstieg im Hellfeld wäre dann nicht ohne "
                        "Weiteres ein Misserfolg.</p>",
                    ),
                    (
                        "key_statement",
                        {
                            "text": (
                                "Präventionsziele sagen, was sich am Problem ändern "
                                "soll; Projekt- und Teilziele sagen, was das Projekt "
                                "dafür erreichen muss. Ohne Indikator und Ausgangswert "
                                "lässt sich kein Ziel überprüfen."
                            ),
                        },
                    ),
                    (
                        "reflection_question",
                        {
                            "question": (
                                "Formulieren Sie für das Problem Ihres Praxisprojekts "
                                "ein Präventionsziel und ein Projektziel. Welcher "
                                "Indikator würde zeigen, dass das Projektziel erreicht "
                                "ist, und woher bekommen Sie den Ausgangswert?"
                            ),
                            "hint": (
                                "Wenn Ihnen für einen Indikator keine Datenquelle "
                                "einfällt, ist das ein Hinweis, zur "
                                "Problembeschreibung zurückzukehren oder eine eigene "
                                "Erhebung einzuplanen."
                            ),
                        },
                    ),
                ],
            },
            {
                "title": "Maßnahmen planen und umsetzen",
                "slug": "massnahmen-planen-umsetzen",
                "summary": (
                    "Sie wählen Maßnahmen begründet und evidenzorientiert aus, etwa "
                    "mithilfe der Grünen Liste Prävention, und planen die Umsetzung "
                    "mit Arbeitspaketen, Meilensteinen, Ressourcen, Partnern und der "
                    "Tabelle Planungsübersicht (Schritte 4 und 5)."
                ),
                "estimated_minutes": 30,
                "teaching_units": "1.5",
                "required": True,
                "body": [
                    (
                        "heading",
                        {
                            "text": (
                                "Schritt 4: Maßnahmen sammeln, bewerten und auswählen"
                            ),
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Erst wenn Problem, Ursachen und Ziele geklärt sind, geht "
                        "es um Maßnahmen. Diese Reihenfolge ist kein Formalismus: Sie "
                        "schützt davor, eine Lieblingsmaßnahme zu wählen und das "
                        "Problem nachträglich passend zu beschreiben. Gehen Sie in "
                        "drei Teilschritten vor:</p>"
                        "<ol>"
                        "<li><b>Sammeln:</b> Tragen Sie zu jedem Projektziel "
                        "möglichst viele denkbare Maßnahmen zusammen, zunächst "
                        "kreativ und ohne vorschnelle Bewertung. Nutzen Sie "
                        "Fachliteratur, Datenbanken zu Präventionsprogrammen und die "
                        "Erfahrungen anderer Kommunen.</li>"
                        "<li><b>Bewerten:</b> Prüfen Sie jede Maßnahme: Setzt sie an "
                        "einer der analysierten Ursachen an? Erreicht sie die "
                        "Zielgruppe? Was ist über ihre Wirksamkeit bekannt? Ist sie "
                        "mit den verfügbaren Mitteln umsetzbar, und passt sie zu den "
                        "Gegebenheiten vor Ort?</li>"
                        "<li><b>Auswählen und begründen:</b> Entscheiden Sie sich für "
                        "eine überschaubare Zahl von Maßnahmen und halten Sie "
                        "schriftlich fest, warum. Erprobte Programme mit belegter "
                        "Wirkung haben dabei Vorrang vor Eigenentwicklungen.</li>"
                        "</ol>",
                    ),
                    (
                        "heading",
                        {
                            "text": "Evidenz nutzen: die Grüne Liste Prävention",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Die <a "
                        'href="https://www.gruene-liste-praevention.de">Grüne Liste '
                        "Prävention</a> haben Sie in Modul 2 kennengelernt: eine "
                        "kostenfrei nutzbare Online-Datenbank evaluierter "
                        "Präventionsprogramme, die der Landespräventionsrat "
                        "Niedersachsen 2011 aufgebaut hat und seit 2016 gemeinsam mit "
                        "der Medizinischen Hochschule Hannover betreibt. In Schritt 4 "
                        "wird sie zum Arbeitsinstrument. Suchen Sie gezielt mit den "
                        "Ergebnissen Ihrer Analyse: nach dem Problemverhalten, dem "
                        "Alter Ihrer Zielgruppe, dem Handlungsfeld – Familie, Schule "
                        "und Kita, Kinder und Jugendliche oder Nachbarschaft und "
                        "Kommune – und nach den Risiko- und Schutzfaktoren, die Sie "
                        "in Schritt 2 herausgearbeitet haben.</p>"
                        "<p>Zur Erinnerung: Die Programme werden nach ihrer "
                        "Konzeptqualität, Umsetzungsqualität und Evaluationsqualität "
                        "bewertet und einer von drei Stufen zugeordnet:</p>"
                        "<ul>"
                        "<li><b>„Effektivität theoretisch gut begründet“:</b> Das "
                        "Konzept erfüllt die Kriterien, die bisherige Evaluation – "
                        "etwa eine Prozessevaluation oder eine Wirkungsmessung ohne "
                        "Vergleichsgruppe – belegt die Wirkung aber noch nicht.</li>"
                        "<li><b>„Effektivität wahrscheinlich“</b></li>"
                        "<li><b>„Effektivität nachgewiesen“</b></li>"
                        "</ul>"
                        "<p>Die genauen Aufnahme- und Bewertungskriterien sind auf "
                        "den Seiten der Grünen Liste veröffentlicht. Notieren Sie für "
                        "jedes Programm, das für Ihre Ziele und Zielgruppen in Frage "
                        "kommt, Name, Fundstelle und Evidenzstufe zum Zeitpunkt Ihrer "
                        "Recherche. Ein gelistetes Programm kann seine Wirkung "
                        "allerdings nur entfalten, wenn es so umgesetzt wird, wie es "
                        "konzipiert ist – mit geschultem Personal, im vorgesehenen "
                        "Umfang und für die vorgesehene Zielgruppe.</p>"
                        "<p>Nicht für jedes Problem finden Sie dort ein passendes "
                        "Programm. Für situative Maßnahmen gegen Wohnungseinbruch in "
                        "einem Wohngebiet, etwa Beratung zum Einbruchschutz, "
                        "aufmerksame Nachbarschaften oder bessere Beleuchtung, ist "
                        "die Grüne Liste mit ihrem Schwerpunkt auf Kindern und "
                        "Jugendlichen nicht die richtige Quelle. Dann stützen Sie "
                        "Ihre Begründung auf Fachliteratur, polizeiliche "
                        "Beratungsangebote und die Erfahrungen anderer Kommunen – und "
                        "planen die Überprüfung der Wirkung umso sorgfältiger.</p>"
                        "<p>Im Beispiel Musterhain entscheidet sich der "
                        "Präventionsrat für drei Maßnahmen, die an den analysierten "
                        "Ursachen ansetzen: erweiterte Öffnungszeiten des "
                        "Jugendtreffs am Wochenende, verbunden mit aufsuchender "
                        "Jugendarbeit am Bahnhof; ein in der Grünen Liste "
                        "aufgeführtes Programm zur Förderung sozialer Kompetenzen an "
                        "der örtlichen Oberschule; und die bessere Einsehbarkeit der "
                        "dunklen Ecke des Vorplatzes in Abstimmung mit den "
                        "Verantwortlichen für das Bahnhofsgelände.</p>",
                    ),
                    (
                        "key_statement",
                        {
                            "text": (
                                "Wählen Sie Maßnahmen danach aus, ob sie an den "
                                "analysierten Ursachen ansetzen und ob ihre Wirkung "
                                "belegt ist – nicht danach, ob sie gerade verfügbar "
                                "oder besonders sichtbar sind."
                            ),
                        },
                    ),
                    (
                        "heading",
                        {
                            "text": "Schritt 5: Das Projekt planen und durchführen",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Mit der Auswahl der Maßnahmen beginnt die eigentliche "
                        "Projektplanung. Sie übersetzt das Konzept in einen "
                        "Arbeitsplan, der für alle Beteiligten verbindlich ist. "
                        "Bewährt haben sich folgende Bausteine:</p>"
                        "<ul>"
                        "<li><b>Arbeitspakete:</b> abgegrenzte Aufgaben mit einem "
                        "klaren Ergebnis, zum Beispiel „Konzept für die aufsuchende "
                        "Jugendarbeit mit dem Träger abgestimmt“. Jedes Arbeitspaket "
                        "hat eine verantwortliche Person.</li>"
                        "<li><b>Zeitplan und Meilensteine:</b> Wann beginnt und endet "
                        "jedes Arbeitspaket? Meilensteine markieren "
                        "Zwischenergebnisse, an denen Sie den Stand prüfen. Legen Sie "
                        "auch die gesamte Projektlaufzeit fest.</li>"
                        "<li><b>Ressourcen:</b> Personal, Arbeitszeit, Räume, "
                        "Sachmittel und Budget. Klären Sie früh, woher die Mittel "
                        "kommen und welche Antragsfristen gelten.</li>"
                        "<li><b>Partner und Zuständigkeiten:</b> Wer wirkt mit – "
                        "Polizeirevier, Ordnungsamt, Jugendamt, freie Träger, Schule, "
                        "Verkehrsunternehmen? Halten Sie Absprachen schriftlich fest, "
                        "etwa in einer Kooperationsvereinbarung.</li>"
                        "<li><b>Risiken:</b> Was könnte das Projekt verzögern oder "
                        "gefährden, und wie wollen Sie darauf reagieren?</li>"
                        "</ul>"
                        "<p>Denken Sie in diesem Schritt auch schon an die spätere "
                        "Überprüfung: Welche Daten müssen während der Umsetzung "
                        "erhoben werden, wer erhebt sie, und wird der Ausgangswert "
                        "rechtzeitig vor Beginn der Maßnahmen gemessen?</p>",
                    ),
                    (
                        "heading",
                        {"text": "Die Tabelle Planungsübersicht", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>Ein zentrales Werkzeug der Beccaria-Arbeitshilfen ist die "
                        "„Tabelle Planungsübersicht“. Sie listet jede Maßnahme mit "
                        "dem, was geplant ist, und hält während der Umsetzung fest, "
                        "was tatsächlich geschehen ist. Die Spalten „Abweichung“ und "
                        "„Begründung“ machen Veränderungen sichtbar und erklären sie. "
                        "Legen Sie die Tabelle schon bei der Planung an und führen "
                        "Sie sie ab dem ersten Projekttag fort. So entsteht nebenbei "
                        "die Grundlage für Schritt 6, die Überprüfung der Wirkung.</p>"
                        "<p>Ein Eintrag aus Musterhain könnte so aussehen: Geplant "
                        "waren aufsuchende Einsätze an jedem Freitag- und "
                        "Samstagabend ab März; tatsächlich begannen sie erst im Mai, "
                        "weil die Stelle später besetzt wurde. Eine solche Abweichung "
                        "ist kein Makel, sondern eine wichtige Information – etwa "
                        "wenn später zu erklären ist, warum sich im Frühjahr noch "
                        "wenig verändert hat.</p>",
                    ),
                    (
                        "document",
                        {
                            "document": "arbeitsblatt_planungsuebersicht",
                            "description": (
                                "Arbeitsblatt „Tabelle Planungsübersicht“ mit den "
                                "Spalten Maßnahme, geplant, tatsächlich, Abweichung "
                                "und Begründung – zum Ausfüllen für Ihr Praxisprojekt."
                            ),
                        },
                    ),
                    (
                        "reflection_question",
                        {
                            "question": (
                                "Welche Partnerinnen und Partner brauchen Sie für die "
                                "Maßnahmen Ihres Praxisprojekts, und was muss mit "
                                "ihnen geklärt sein, bevor die Umsetzung beginnt?"
                            ),
                            "hint": (
                                "Denken Sie an Zuständigkeiten, an den Zugang zu "
                                "Daten, an Ressourcen und daran, wer welche "
                                "Entscheidungen treffen darf."
                            ),
                        },
                    ),
                ],
            },
        ],
    },
    {
        "number": 4,
        "title": "Projektbegleitung",
        "slug": "projektbegleitung",
        "summary": (
            "Im Mittelpunkt steht Ihr eigenes Praxisprojekt. Sie lernen, Umsetzung und "
            "Wirkung eines Präventionsprojekts zu überprüfen, Schlussfolgerungen zu "
            "ziehen und die Ergebnisse für andere zu dokumentieren (Schritte 6 und 7). "
            "Trainerinnen und Trainer begleiten Ihr Projekt mit schriftlichen "
            "Rückmeldungen und Begleitgesprächen."
        ),
        "learning_goals": (
            "<ul>"
            "<li>Sie können die Überprüfung eines Präventionsprojekts von Beginn an "
            "planen und die Umsetzung laufend mit der Planung vergleichen.</li>"
            "<li>Sie können Prozess- und Wirkungsevaluation unterscheiden und ein "
            "angemessenes Design wählen, etwa einen Vorher-Nachher-Vergleich oder "
            "einen Vergleich mit einer Kontrollgruppe.</li>"
            "<li>Sie können Zielerreichung, Dauerhaftigkeit und Zurechenbarkeit von "
            "Veränderungen kritisch beurteilen.</li>"
            "<li>Sie können aus Ergebnissen begründete Schlussfolgerungen ziehen und "
            "entscheiden, ob ein Projekt fortgeführt, verändert oder beendet wird.</li>"
            "<li>Sie können ein Projekt so dokumentieren, dass andere es "
            "nachvollziehen und übertragen können.</li>"
            "<li>Sie können Ihr Praxisprojekt entlang der sieben Schritte ausarbeiten, "
            "Rückmeldungen aufnehmen und es überarbeiten.</li>"
            "</ul>"
        ),
        "teaching_units": 28,
        "lessons": [
            {
                "title": "Die Wirkung überprüfen: Evaluation im Praxisprojekt",
                "slug": "wirkung-ueberpruefen",
                "summary": (
                    "Sie lernen, wie Sie Umsetzung und Wirkung eines "
                    "Präventionsprojekts überprüfen: vom laufenden Soll-Ist-Vergleich "
                    "über die Zielerreichung bis zur Frage, ob Veränderungen wirklich "
                    "dem Projekt zuzuschreiben sind (Schritt 6)."
                ),
                "estimated_minutes": 30,
                "teaching_units": "1.5",
                "required": True,
                "body": [
                    (
                        "heading",
                        {
                            "text": "Überprüfen beginnt nicht erst am Ende",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Schritt 6 der Beccaria-Arbeitshilfen heißt „Die Wirkung "
                        "überprüfen“. Ein verbreitetes Missverständnis lautet, "
                        "Evaluation finde nach dem Projektende statt. Die "
                        "Arbeitshilfen betonen das Gegenteil: Die Überprüfung beginnt "
                        "bereits während der Umsetzung. Wer erst am Ende fragt, was "
                        "erreicht wurde, stellt oft fest, dass Ausgangswerte fehlen, "
                        "Aktivitäten nicht dokumentiert sind und sich nicht mehr "
                        "klären lässt, warum etwas anders lief als geplant.</p>"
                        "<p>Deshalb dokumentieren Sie Ihre Aktivitäten vom "
                        "Projektstart an in der „Tabelle Planungsübersicht“, die Sie "
                        "aus Modul 3 kennen. Laufend vergleichen Sie: Welche "
                        "Maßnahmen waren geplant, welche wurden tatsächlich "
                        "umgesetzt? Wo gibt es Abweichungen, und wie lassen sie sich "
                        "erklären? Dieser Vergleich von Soll und Ist ist keine "
                        "Kontrolle der Beteiligten, sondern ein Steuerungsinstrument: "
                        "Er zeigt rechtzeitig, wo nachgesteuert werden muss, und er "
                        "liefert später die Erklärung für Ergebnisse, die anders "
                        "ausfallen als erwartet.</p>",
                    ),
                    (
                        "key_statement",
                        {
                            "text": (
                                "Die Überprüfung der Wirkung beginnt am ersten "
                                "Projekttag: Wer von Anfang an festhält, was geplant "
                                "war und was tatsächlich getan wurde, kann am Ende "
                                "belastbare Aussagen treffen."
                            ),
                        },
                    ),
                    (
                        "heading",
                        {
                            "text": "Prozessevaluation und Wirkungsevaluation",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Bei der Überprüfung lassen sich zwei Blickrichtungen "
                        "unterscheiden. Die <b>Prozessevaluation</b> fragt, ob das "
                        "Projekt wie geplant umgesetzt wurde: Wurden die Maßnahmen "
                        "durchgeführt, in welchem Umfang und in welcher Qualität? "
                        "Wurde die Zielgruppe erreicht? Wie bewerten die Beteiligten "
                        "die Zusammenarbeit? Gab es unerwartete Nebenwirkungen? Die "
                        "<b>Wirkungsevaluation</b> fragt, ob sich die Situation "
                        "verändert hat: Wurden die Projekt- und Teilziele erreicht, "
                        "und hat sich das Problem im Sinne der Präventionsziele "
                        "verringert?</p>"
                        "<p>Beide Blickrichtungen gehören zusammen. Bleibt eine "
                        "Wirkung aus, kann das daran liegen, dass die Maßnahme nicht "
                        "wirkt – oder daran, dass sie gar nicht wie vorgesehen "
                        "umgesetzt wurde. Ohne Prozessevaluation lassen sich diese "
                        "beiden Erklärungen nicht unterscheiden.</p>"
                        "<p>Im Beispiel der fiktiven Kleinstadt Musterhain, die gegen "
                        "Gewalt unter Jugendlichen am Bahnhof vorgeht, erfasst die "
                        "Prozessevaluation etwa, an wie vielen Abenden die "
                        "aufsuchende Jugendarbeit vor Ort war, wie viele Jugendliche "
                        "sie erreicht hat und wie gut der Jugendtreff am Wochenende "
                        "besucht war. Die Wirkungsevaluation betrachtet die "
                        "registrierten Körperverletzungen am Bahnhof, die Einsätze "
                        "von Polizei und Ordnungsamt und das Sicherheitsgefühl der "
                        "Fahrgäste – jeweils vor und nach der Umsetzung erhoben.</p>",
                    ),
                    (
                        "heading",
                        {
                            "text": (
                                "Zielerreichung, Dauerhaftigkeit und Zurechenbarkeit"
                            ),
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Für die Wirkungsevaluation nennen die Arbeitshilfen zu "
                        "Schritt 6 drei Prüffragen:</p>"
                        "<ul>"
                        "<li><b>Zielerreichung:</b> Wurden die Projektziele und "
                        "Teilziele erreicht? Hier zahlt es sich aus, wenn Sie in "
                        "Schritt 3 Indikatoren mit Ausgangs- und Zielwerten "
                        "festgelegt haben.</li>"
                        "<li><b>Dauerhaftigkeit:</b> Halten die Veränderungen an, "
                        "auch wenn eine Maßnahme ausläuft oder die Aufmerksamkeit "
                        "nachlässt? Planen Sie, wenn möglich, eine weitere Messung "
                        "einige Zeit nach dem Ende der Maßnahmen ein.</li>"
                        "<li><b>Zurechenbarkeit:</b> Lassen sich die Veränderungen "
                        "tatsächlich auf das Projekt zurückführen? Oder gibt es "
                        "andere Erklärungen – etwa einen Umbau des Bahnhofs, "
                        "geänderte Fahrpläne, jahreszeitliche Schwankungen, eine "
                        "allgemeine Entwicklung in der Region oder mehr Kontrollen, "
                        "die das Hellfeld verändern? Prüfen Sie auch, ob sich das "
                        "Problem nur an einen anderen Ort verlagert hat.</li>"
                        "</ul>",
                    ),
                    (
                        "heading",
                        {
                            "text": "Das passende Untersuchungsdesign wählen",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Wie sicher Sie eine Veränderung dem Projekt zuschreiben "
                        "können, hängt vom Untersuchungsdesign ab. Der einfachste "
                        "Ansatz ist der <b>Vorher-Nachher-Vergleich</b>: Sie erheben "
                        "die Indikatoren vor Beginn der Maßnahmen und nach ihrer "
                        "Umsetzung mit denselben Instrumenten. Er zeigt, ob sich "
                        "etwas verändert hat, aber nicht zuverlässig, warum.</p>"
                        "<p>Legen Sie für jeden Indikator fest, mit welchem "
                        "Instrument, von wem und zu welchen Zeitpunkten er erhoben "
                        "wird. Typische Instrumente sind Auswertungen polizeilicher "
                        "und kommunaler Daten, standardisierte Befragungen, "
                        "Beobachtungen vor Ort, Teilnahmelisten und Gespräche mit "
                        "Beteiligten. Wichtig ist, dass die Messungen vorher und "
                        "nachher vergleichbar sind: derselbe Ort, derselbe Zeitraum "
                        "im Jahr, dieselben Fragen. Wer im Winter vorher und im "
                        "Sommer nachher misst, vergleicht womöglich eher die "
                        "Jahreszeiten als die Wirkung des Projekts.</p>"
                        "<p>Aussagekräftiger ist ein Vergleich mit einer "
                        "<b>Kontrollgruppe</b> oder einem Vergleichsgebiet, in dem "
                        "die Maßnahmen nicht stattfinden – etwa einem ähnlichen "
                        "Bahnhof in einer vergleichbaren Stadt. Entwickeln sich die "
                        "Werte im Projektgebiet günstiger als im Vergleichsgebiet, "
                        "spricht deutlich mehr für eine Wirkung des Projekts. Solche "
                        "Designs sind allerdings aufwendig und in der Praxis oft nur "
                        "mit Unterstützung externer Fachleute aus der Wissenschaft "
                        "umsetzbar.</p>"
                        "<p>Für die meisten Praxisprojekte gilt: Wählen Sie ein "
                        "Design, das zu Ihren Mitteln passt, und benennen Sie seine "
                        "Grenzen offen. Eine sorgfältige Prozessevaluation zusammen "
                        "mit einem gut geplanten Vorher-Nachher-Vergleich ist "
                        "wertvoller als eine anspruchsvolle Wirkungsstudie, die nicht "
                        "durchgehalten wird. Beachten Sie bei Befragungen den "
                        "Datenschutz und stimmen Sie Erhebungen in Schulen oder "
                        "Einrichtungen rechtzeitig mit den Verantwortlichen ab.</p>",
                    ),
                    (
                        "reflection_question",
                        {
                            "question": (
                                "Welche Veränderungen könnten während Ihres "
                                "Praxisprojekts eintreten, die nichts mit Ihren "
                                "Maßnahmen zu tun haben? Wie könnten Sie sie bei der "
                                "Auswertung erkennen?"
                            ),
                            "hint": (
                                "Sammeln Sie mögliche Einflüsse von außen: bauliche "
                                "Veränderungen, andere Projekte vor Ort, personelle "
                                "Wechsel, Jahreszeiten oder ein verändertes "
                                "Anzeigeverhalten."
                            ),
                        },
                    ),
                ],
            },
            {
                "title": "Schlussfolgerungen und Dokumentation",
                "slug": "schlussfolgerungen-dokumentation",
                "summary": (
                    "Sie werten die Ergebnisse eines Projekts aus, ziehen begründete "
                    "Schlussfolgerungen – fortführen, verändern oder beenden – und "
                    "dokumentieren das Projekt so, dass andere davon lernen können "
                    "(Schritt 7)."
                ),
                "estimated_minutes": 25,
                "teaching_units": "1.0",
                "required": True,
                "body": [
                    (
                        "heading",
                        {"text": "Aus Ergebnissen Schlüsse ziehen", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>Schritt 7, „Schlussfolgerungen und Dokumentation“, "
                        "schließt den Projektzyklus ab. Jetzt geht es darum, die "
                        "Ergebnisse der Überprüfung zu deuten und daraus Konsequenzen "
                        "abzuleiten. Das klingt selbstverständlich, wird in der "
                        "Praxis aber oft übersprungen: Das Projekt endet, die "
                        "Beteiligten wenden sich neuen Aufgaben zu, und das Wissen "
                        "geht verloren.</p>"
                        "<p>Nehmen Sie sich deshalb bewusst Zeit für eine gemeinsame "
                        "Auswertung mit allen Beteiligten. Hilfreiche Leitfragen "
                        "sind:</p>"
                        "<ul>"
                        "<li>Was hat funktioniert, und woran lag das?</li>"
                        "<li>Was hat nicht funktioniert – lag es am Konzept, an der "
                        "Umsetzung oder an äußeren Umständen?</li>"
                        "<li>Welche Annahmen aus der Ursachenanalyse haben sich "
                        "bestätigt, welche nicht?</li>"
                        "<li>Welche unerwarteten Wirkungen oder Nebenwirkungen gab "
                        "es?</li>"
                        "<li>Was würden Sie beim nächsten Mal anders machen?</li>"
                        "</ul>"
                        "<p>Diese „Lessons Learned“ sind kein Beiwerk. Gerade "
                        "Erfahrungen mit dem, was nicht gelungen ist, sind für andere "
                        "Projekte oft besonders wertvoll, weil sie helfen, dieselben "
                        "Fehler zu vermeiden.</p>"
                        "<p>Beziehen Sie in die Auswertung auch die Sicht der "
                        "Zielgruppen und der Partner ein, die am Projekt mitgewirkt "
                        "haben. Melden Sie die Ergebnisse außerdem an alle zurück, "
                        "die Daten geliefert oder Zeit investiert haben. Das ist eine "
                        "Frage der Fairness und stärkt die Bereitschaft, beim "
                        "nächsten Projekt wieder mitzumachen.</p>",
                    ),
                    (
                        "key_statement",
                        {
                            "text": (
                                "Ein Projekt, das nicht ausgewertet und dokumentiert "
                                "wird, ist für die Prävention verloren – auch dann, "
                                "wenn es vor Ort erfolgreich war."
                            ),
                        },
                    ),
                    (
                        "heading",
                        {"text": "Fortführen, verändern oder beenden", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>Am Ende der Auswertung steht eine Entscheidung. "
                        "Grundsätzlich gibt es drei Möglichkeiten:</p>"
                        "<ul>"
                        "<li><b>Fortführen:</b> Die Ziele wurden weitgehend erreicht, "
                        "und die Veränderungen lassen sich plausibel dem Projekt "
                        "zuschreiben. Dann stellt sich die Frage, wie die Maßnahme "
                        "dauerhaft verankert und finanziert werden kann, etwa in den "
                        "Regelstrukturen der Kommune oder eines Trägers.</li>"
                        "<li><b>Verändern:</b> Einzelne Maßnahmen haben gewirkt, "
                        "andere nicht, oder die Zielgruppe wurde nur teilweise "
                        "erreicht. Dann passen Sie das Konzept an und durchlaufen die "
                        "Schritte erneut – oft beginnend bei der Ursachenanalyse oder "
                        "bei der Auswahl der Maßnahmen.</li>"
                        "<li><b>Beenden:</b> Die Maßnahme zeigt keine Wirkung, das "
                        "Problem besteht nicht mehr, oder der Aufwand steht in keinem "
                        "vertretbaren Verhältnis zum Ertrag. Ein begründetes Ende ist "
                        "ein Ergebnis und kein Scheitern.</li>"
                        "</ul>"
                        "<p>Treffen Sie diese Entscheidung nicht allein, sondern "
                        "gemeinsam mit den Partnern und Verantwortlichen, die für "
                        "eine Fortführung Personal und Mittel bereitstellen müssten. "
                        "Halten Sie fest, auf welche Ergebnisse sich die Entscheidung "
                        "stützt.</p>"
                        "<p>Im Beispiel der fiktiven Kleinstadt Musterhain könnte die "
                        "Auswertung ergeben: Die erweiterten Öffnungszeiten des "
                        "Jugendtreffs wurden gut angenommen, und die Einsätze am "
                        "Bahnhof an Wochenenden gingen zurück. Die bauliche "
                        "Veränderung auf dem Vorplatz verzögerte sich und lässt sich "
                        "noch nicht bewerten. Zugleich berichten Anwohnende eines "
                        "nahen Parks von mehr Lärm am Abend – ein Hinweis auf eine "
                        "mögliche Verlagerung, dem nachgegangen werden muss. Der "
                        "Präventionsrat entscheidet daher, die Jugendarbeit "
                        "fortzuführen, den Park in die Beobachtung einzubeziehen und "
                        "die bauliche Maßnahme nach ihrer Fertigstellung gesondert zu "
                        "bewerten.</p>",
                    ),
                    (
                        "heading",
                        {"text": "Dokumentieren für den Transfer", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>Die Dokumentation erfüllt mehrere Zwecke: Sie macht das "
                        "Projekt gegenüber Auftraggebenden, Fördermittelgebenden und "
                        "der Öffentlichkeit nachvollziehbar, sichert das Wissen bei "
                        "Personalwechseln und ermöglicht es anderen Kommunen und "
                        "Einrichtungen, das Projekt zu übernehmen oder aus ihm zu "
                        "lernen. Eine gute Projektdokumentation folgt den sieben "
                        "Schritten und enthält mindestens:</p>"
                        "<ul>"
                        "<li>die Problembeschreibung mit Datenquellen und "
                        "Kennzahlen,</li>"
                        "<li>die Ursachenanalyse und ihre Begründung,</li>"
                        "<li>Präventions-, Projekt- und Teilziele mit Zielgruppen und "
                        "Indikatoren,</li>"
                        "<li>die gewählten Maßnahmen und die Gründe für ihre "
                        "Auswahl,</li>"
                        "<li>den Projektverlauf einschließlich der Tabelle "
                        "Planungsübersicht mit ihren Abweichungen,</li>"
                        "<li>Design, Instrumente und Ergebnisse der Überprüfung "
                        "sowie</li>"
                        "<li>die Schlussfolgerungen und Empfehlungen für andere.</li>"
                        "</ul>"
                        "<p>Die Dokumentation entsteht nicht erst am Schluss. Wenn "
                        "Sie die Schritte 1 bis 6 laufend festgehalten haben – im "
                        "Projektkonzept, in der Tabelle Planungsübersicht und in den "
                        "Unterlagen zur Überprüfung –, müssen Sie die Teile am Ende "
                        "vor allem zusammenführen, verdichten und um die "
                        "Schlussfolgerungen ergänzen.</p>"
                        "<p>Schreiben Sie für Leserinnen und Leser, die das Projekt "
                        "nicht kennen. Benennen Sie die Grenzen der Aussagekraft "
                        "offen, statt Erfolge zu überzeichnen. Anonymisieren Sie "
                        "personenbezogene Angaben konsequent und klären Sie vor einer "
                        "Veröffentlichung mit allen Partnern, welche Daten und "
                        "Ergebnisse weitergegeben werden dürfen. Neben einem "
                        "ausführlichen Bericht hilft oft eine Zusammenfassung von ein "
                        "bis zwei Seiten, um das Projekt in Gremien vorzustellen, "
                        "etwa im kommunalen Präventionsrat oder im Stadtrat.</p>",
                    ),
                    (
                        "reflection_question",
                        {
                            "question": (
                                "Stellen Sie sich vor, eine Fachkraft aus einer "
                                "anderen sächsischen Kommune möchte Ihr Praxisprojekt "
                                "übernehmen. Welche drei Informationen aus Ihrer "
                                "Dokumentation wären für sie am wichtigsten?"
                            ),
                            "hint": (
                                "Denken Sie nicht nur an Ergebnisse, sondern auch an "
                                "Voraussetzungen: Partner, Ressourcen, Stolpersteine "
                                "und das, was Sie heute anders machen würden."
                            ),
                        },
                    ),
                ],
            },
            {
                "title": "Ihr Praxisprojekt: Ablauf der Projektbegleitung",
                "slug": "ablauf-projektbegleitung",
                "summary": (
                    "Sie erfahren, wie die Begleitung Ihres Praxisprojekts in diesem "
                    "Lehrgang abläuft: vom Projektarbeitsbereich entlang der sieben "
                    "Schritte über Entwürfe und Einreichung bis zu Rückmeldung, "
                    "Überarbeitung und Begleitgesprächen."
                ),
                "estimated_minutes": 20,
                "teaching_units": "1.0",
                "required": True,
                "body": [
                    (
                        "heading",
                        {"text": "Das Praxisprojekt im Lehrgang", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>Das Praxisprojekt verbindet die Inhalte aller vier Module "
                        "mit Ihrer beruflichen Praxis. Sie entwickeln ein "
                        "kriminalpräventives Projekt für Ihr eigenes Arbeitsfeld – "
                        "für Ihre Kommune, Ihre Dienststelle, Ihre Schule oder Ihren "
                        "Träger – und arbeiten es entlang der sieben "
                        "Beccaria-Schritte aus. Ob Sie allein oder in einem kleinen "
                        "Team arbeiten, richtet sich nach den Vorgaben für Ihren "
                        "Durchgang.</p>"
                        "<p>Wählen Sie ein Thema, das in Ihrem Arbeitsumfeld "
                        "tatsächlich ansteht und für das Sie Zugang zu Daten und "
                        "Partnern haben. Ein gutes Praxisprojekt ist nicht das "
                        "größte, sondern das am besten begründete. Denkbar sind etwa "
                        "Wohnungseinbrüche in einem Wohngebiet, Konflikte an einem "
                        "Treffpunkt Jugendlicher, Gewalt an einer Schule oder das "
                        "Sicherheitsgefühl in einem Stadtteil.</p>"
                        "<p>Viele Projekte sind zum Ende des Lehrgangs noch nicht "
                        "vollständig umgesetzt. Dann beschreiben Sie in den Schritten "
                        "6 und 7, wie Sie die Wirkung überprüfen und die Ergebnisse "
                        "dokumentieren werden. Welche Schritte in welchem Umfang "
                        "ausgearbeitet sein müssen, legt die Geschäftsstelle des "
                        "Landespräventionsrats Sachsen für Ihren Durchgang fest.</p>",
                    ),
                    ("heading", {"text": "Der Projektarbeitsbereich", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Auf der Lernplattform steht Ihnen ein eigener "
                        "Projektarbeitsbereich zur Verfügung, der entlang der sieben "
                        "Schritte gegliedert ist. Zu jedem Schritt finden Sie eine "
                        "kurze Anleitung, Leitfragen und Felder, in die Sie Ihre "
                        "Antworten eintragen. Für einzelne Schritte gibt es "
                        "strukturierte Eingaben, etwa für Ziele mit Indikatoren, "
                        "Ausgangs- und Zielwerten oder für die Tabelle "
                        "Planungsübersicht. Bei den Maßnahmen halten Sie fest, worauf "
                        "sich Ihre Auswahl stützt – zum Beispiel auf ein Programm der "
                        "Grünen Liste Prävention mit seiner Evidenzstufe zum "
                        "Zeitpunkt Ihrer Recherche.</p>"
                        "<p>Sie können jederzeit Entwürfe speichern und an jedem "
                        "Schritt weiterarbeiten. Es ist ausdrücklich erwünscht, "
                        "zwischen den Schritten hin und her zu gehen: Erkenntnisse "
                        "aus der Zielbestimmung führen oft dazu, die "
                        "Problembeschreibung zu schärfen. Tragen Sie keine "
                        "personenbezogenen Daten Dritter ein, sondern beschreiben Sie "
                        "Personen und Fälle anonymisiert.</p>",
                    ),
                    (
                        "key_statement",
                        {
                            "text": (
                                "Der Projektarbeitsbereich folgt den sieben Schritten: "
                                "Wer ihn Schritt für Schritt füllt, erarbeitet "
                                "zugleich das Projektkonzept und die Grundlage für die "
                                "spätere Dokumentation."
                            ),
                        },
                    ),
                    (
                        "heading",
                        {
                            "text": "Einreichen, Rückmeldung und Überarbeitung",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Wenn ein Arbeitsstand erreicht ist, reichen Sie Ihr "
                        "Projekt ein – je nach Vorgabe Ihres Durchgangs das gesamte "
                        "Konzept oder einzelne Schritte als Zwischenstand. Die "
                        "eingereichte Fassung bleibt erhalten; Sie können danach an "
                        "einer neuen Fassung weiterarbeiten, ohne die alte zu "
                        "verändern.</p>"
                        "<p>Die Trainerinnen und Trainer geben Ihnen eine "
                        "schriftliche Rückmeldung. Grundlage ist ein "
                        "Bewertungsraster, das sich an den sieben Schritten "
                        "orientiert. Es fragt zum Beispiel, ob das Problem "
                        "nachvollziehbar und datengestützt beschrieben ist, ob sich "
                        "Ziele und Maßnahmen schlüssig aus der Ursachenanalyse "
                        "ergeben, ob die Auswahl der Maßnahmen begründet ist, ob die "
                        "Planung umsetzbar ist und ob die Überprüfung der Wirkung "
                        "durchdacht ist. Das Raster macht transparent, worauf "
                        "geachtet wird, und zeigt Ihnen, wo Ihr Konzept bereits stark "
                        "ist und wo es nachgeschärft werden sollte.</p>"
                        "<p>Ein Beispiel aus einem fiktiven Durchgang: Eine "
                        "Teilnehmerin aus dem Ordnungsamt einer sächsischen "
                        "Kleinstadt bearbeitet Konflikte unter Jugendlichen am "
                        "Bahnhof. Ihre Problembeschreibung stützt sich auf "
                        "Einsatzberichte und Gespräche mit der Jugendarbeit. Die "
                        "Rückmeldung würdigt die gründliche Ursachenanalyse, weist "
                        "aber darauf hin, dass für das Ziel „höheres "
                        "Sicherheitsgefühl“ kein Indikator und kein Ausgangswert "
                        "festgelegt sind. In der überarbeiteten Fassung ergänzt sie "
                        "eine kurze Befragung von Fahrgästen vor Beginn der "
                        "Maßnahmen.</p>"
                        "<p>Wird eine Überarbeitung erbeten, arbeiten Sie die "
                        "Hinweise ein und reichen eine neue Fassung ein. "
                        "Überarbeitungen sind ein normaler Teil des Lernprozesses und "
                        "kein Zeichen von Misserfolg. Fristen, Bewertungsmaßstab und "
                        "die Bedingungen für den erfolgreichen Abschluss des "
                        "Praxisprojekts teilt Ihnen die Geschäftsstelle des "
                        "Landespräventionsrats Sachsen für Ihren Durchgang mit.</p>",
                    ),
                    ("heading", {"text": "Begleitgespräche", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Neben den schriftlichen Rückmeldungen finden "
                        "Begleitgespräche statt, in Präsenz oder online. Sie dienen "
                        "dazu, offene Fragen zu klären, schwierige Entscheidungen "
                        "gemeinsam zu durchdenken und Hindernisse zu besprechen – "
                        "etwa wenn Daten nicht zugänglich sind oder ein Partner "
                        "abspringt. Bereiten Sie jedes Gespräch vor: Speichern Sie "
                        "den aktuellen Stand im Arbeitsbereich und notieren Sie zwei, "
                        "drei konkrete Fragen.</p>"
                        "<p>Nutzen Sie auch den Austausch mit den anderen "
                        "Teilnehmenden. Die unterschiedlichen Berufsfelder im "
                        "Lehrgang – Polizei, Kommunalverwaltung, Soziale Arbeit, "
                        "Schule und weitere – sind eine seiner Stärken: Wer ein "
                        "Projekt aus einem anderen Blickwinkel betrachtet, entdeckt "
                        "oft Lücken und Chancen, die im eigenen Arbeitsalltag leicht "
                        "übersehen werden.</p>",
                    ),
                    (
                        "reflection_question",
                        {
                            "question": (
                                "Welches Thema kommt für Ihr Praxisprojekt in Frage? "
                                "Prüfen Sie es an drei Fragen: Gibt es in Ihrem "
                                "Arbeitsfeld ein echtes Problem, haben Sie Zugang zu "
                                "Daten darüber, und wer müsste mitwirken?"
                            ),
                            "hint": (
                                "Wenn Sie mehrere Themen im Blick haben, wählen Sie "
                                "das, für das Sie am ehesten Daten und Partner "
                                "gewinnen können, und besprechen Sie Ihre Wahl im "
                                "ersten Begleitgespräch."
                            ),
                        },
                    ),
                ],
            },
        ],
    },
]
