"""Demo-Inhalte für Modul 1 (Kriminologie) und Modul 2 (Kriminalprävention)."""

MODULES_1_2 = [
    {
        "number": 1,
        "title": "Kriminologie",
        "slug": "kriminologie",
        "summary": (
            "Das Modul vermittelt kriminologische Grundlagen für die "
            "Präventionsarbeit: Warum werden Menschen straffällig, was zeigen "
            "polizeiliche Statistiken und Dunkelfeldbefragungen, und wie hängen "
            "Opfererfahrungen, Kriminalitätsfurcht und Sicherheitsgefühl zusammen? Sie "
            "lernen, Theorien und empirische Befunde kritisch einzuordnen und für die "
            "Analyse örtlicher Problemlagen zu nutzen."
        ),
        "learning_goals": (
            "<ul><li>Sie können zentrale kriminologische Theorien – Anomie- und "
            "Belastungstheorien, Kontroll- und Lerntheorien, den Etikettierungsansatz "
            "sowie Routine-Activity- und Rational-Choice-Ansatz – in Grundzügen "
            "erläutern und voneinander abgrenzen.</li>"
            "<li>Sie können aus kriminologischen Theorien Ansatzpunkte für präventive "
            "Maßnahmen ableiten.</li>"
            "<li>Sie können Aussagekraft und Grenzen der Polizeilichen "
            "Kriminalstatistik einschätzen und Hellfeld- und Dunkelfelddaten "
            "sachgerecht unterscheiden.</li>"
            "<li>Sie können ein örtliches Kriminalitätslagebild aus mehreren "
            "Datenquellen zusammenstellen und vorsichtig interpretieren.</li>"
            "<li>Sie können Folgen von Viktimisierung beschreiben und Möglichkeiten "
            "der Opferunterstützung benennen.</li>"
            "<li>Sie können Kriminalitätsfurcht und objektives Risiko unterscheiden "
            "und Ansatzpunkte zur Stärkung des Sicherheitsgefühls in Ihrer Kommune "
            "entwickeln.</li>"
            "</ul>"
        ),
        "teaching_units": 28,
        "lessons": [
            {
                "title": "Kriminologische Theorien im Überblick",
                "slug": "kriminologische-theorien",
                "summary": (
                    "Die Lektion stellt die wichtigsten Erklärungsansätze für "
                    "kriminelles Verhalten vor und zeigt, welche Ansatzpunkte für die "
                    "Prävention sich aus ihnen ergeben."
                ),
                "estimated_minutes": 30,
                "teaching_units": "1.5",
                "required": True,
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Wer Kriminalität vorbeugen will, braucht eine "
                            "Vorstellung davon, warum sie entsteht. Kriminologische "
                            "Theorien bieten solche Erklärungen – jede aus einem "
                            "anderen Blickwinkel. Manche fragen, warum einzelne "
                            "Menschen Straftaten begehen, andere, warum bestimmte Orte "
                            "oder Zeiten besonders belastet sind, wieder andere, wie "
                            "gesellschaftliche Reaktionen auf Normbrüche wirken. Keine "
                            "Theorie erklärt alle Formen von Kriminalität. Für die "
                            "Praxis ist es deshalb sinnvoll, mehrere Ansätze zu kennen "
                            "und bewusst zu prüfen, welcher zum jeweiligen Problem "
                            "passt.</p>"
                            "<p>In den Beccaria-Standards ist dieser Gedanke fest "
                            "verankert: Bevor Maßnahmen ausgewählt werden, sollen die "
                            "Ursachen eines Problems analysiert und kriminologisch "
                            "eingeordnet werden. Eine Maßnahme, die an den falschen "
                            "Ursachen ansetzt, kann gut gemeint und trotzdem "
                            "wirkungslos sein.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": (
                                "Gesellschaftliche Bedingungen: Anomie und Belastung"
                            ),
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Robert K. Merton beschrieb Ende der 1930er-Jahre "
                            "<b>Anomie</b> als Spannung zwischen kulturell "
                            "vorgegebenen Zielen – etwa materiellem Erfolg – und den "
                            "legitimen Mitteln, diese Ziele zu erreichen. Wer die "
                            "Ziele teilt, aber keinen Zugang zu den Mitteln hat, kann "
                            "sich auf unterschiedliche Weise anpassen; eine davon ist "
                            "die „Innovation“, also das Erreichen der Ziele mit "
                            "illegitimen Mitteln. Robert Agnew erweiterte diesen "
                            "Gedanken in seiner allgemeinen <b>Belastungstheorie</b> "
                            "(General Strain Theory): Belastungen wie Misserfolge, der "
                            "Verlust positiver Beziehungen oder erlebte "
                            "Ungerechtigkeit und Gewalt erzeugen negative Gefühle wie "
                            "Ärger und Frustration, die unter bestimmten Bedingungen "
                            "in delinquentes Verhalten münden.</p>"
                            "<p>Für die Prävention heißt das: Maßnahmen, die Teilhabe "
                            "ermöglichen und Belastungen abfedern, setzen an den "
                            "Entstehungsbedingungen an – zum Beispiel "
                            "Übergangsbegleitung von der Schule in die Ausbildung, "
                            "Schuldnerberatung oder Angebote zum Umgang mit Ärger und "
                            "Konflikten.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {"text": "Bindung, Kontrolle und Lernen", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        (
                            "<p><b>Kontrolltheorien</b> drehen die Frage um: Nicht "
                            "Kriminalität, sondern Normtreue ist erklärungsbedürftig. "
                            "Travis Hirschi nannte 1969 vier Elemente der sozialen "
                            "Bindung, die Menschen von Straftaten abhalten: die "
                            "emotionale Bindung an andere (attachment), die "
                            "Verpflichtung gegenüber konventionellen Zielen wie "
                            "Schulabschluss und Beruf (commitment), die zeitliche "
                            "Einbindung in konventionelle Aktivitäten (involvement) "
                            "und die Überzeugung, dass Regeln gelten (belief). Später "
                            "stellten Michael Gottfredson und Travis Hirschi die in "
                            "der Kindheit erworbene Selbstkontrolle in den "
                            "Mittelpunkt.</p>"
                            "<p><b>Lerntheorien</b> betonen dagegen, dass kriminelles "
                            "Verhalten wie anderes Verhalten gelernt wird. Nach Edwin "
                            "H. Sutherlands Theorie der <b>differenziellen "
                            "Assoziation</b> lernen Menschen in engen persönlichen "
                            "Gruppen Techniken, Motive und Rechtfertigungen; "
                            "entscheidend ist, ob normverletzende Deutungen gegenüber "
                            "normtreuen überwiegen. Ronald Akers ergänzte dies um "
                            "Mechanismen des sozialen Lernens wie Verstärkung und "
                            "Nachahmung.</p>"
                            "<p>Präventive Folgerungen liegen nahe: Bindungen an "
                            "Familie, Schule und Vereine stärken, Eltern in ihrer "
                            "Erziehungskompetenz unterstützen, prosoziale Vorbilder "
                            "und Gruppen anbieten. In der Schule können Programme zur "
                            "Förderung sozial-emotionaler Kompetenzen ebenso dazu "
                            "gehören wie eine verlässliche Schulsozialarbeit.</p>"
                        ),
                    ),
                    (
                        "key_statement",
                        {
                            "text": (
                                "Kriminologische Theorien sind Werkzeuge der "
                                "Ursachenanalyse: Jede beleuchtet einen Ausschnitt der "
                                "Wirklichkeit, und gute Prävention wählt die Ansätze, "
                                "die zum konkreten Problem passen."
                            ),
                        },
                    ),
                    (
                        "heading",
                        {
                            "text": (
                                "Reaktionen und Gelegenheiten: Etikettierung, Routine "
                                "Activity und Rational Choice"
                            ),
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Der <b>Etikettierungsansatz</b> (Labeling Approach) "
                            "richtet den Blick auf die Reaktion der Umwelt. Edwin M. "
                            "Lemert unterschied primäre Devianz, die häufig "
                            "vorübergehend und folgenlos bleibt, von sekundärer "
                            "Devianz, die entstehen kann, wenn eine Person als "
                            "„kriminell“ etikettiert wird und dieses Etikett in ihr "
                            "Selbstbild übernimmt. Howard S. Becker betonte, dass "
                            "abweichendes Verhalten auch dadurch entsteht, dass Regeln "
                            "auf bestimmte Personen angewendet werden. Für die Praxis "
                            "mahnt der Ansatz zu Zurückhaltung bei Stigmatisierung: "
                            "Diversion im Jugendstrafverfahren, der "
                            "Täter-Opfer-Ausgleich oder eine wertschätzende Sprache "
                            "über Jugendliche in einem vermeintlichen „Problemviertel“ "
                            "sind Beispiele.</p>"
                            "<p>Gelegenheitstheorien fragen nicht nach der Herkunft "
                            "der Tatmotivation, sondern nach den Umständen der Tat. "
                            "Nach dem <b>Routine-Activity-Ansatz</b> von Lawrence E. "
                            "Cohen und Marcus Felson (1979) entsteht eine Straftat, "
                            "wenn eine tatbereite Person, ein geeignetes Ziel und das "
                            "Fehlen einer schützenden Instanz (capable guardian) "
                            "zeitlich und räumlich zusammentreffen. Der "
                            "<b>Rational-Choice-Ansatz</b> von Derek B. Cornish und "
                            "Ronald V. Clarke geht von begrenzt rationalen "
                            "Entscheidungen aus: Täterinnen und Täter wägen Aufwand, "
                            "Risiko und Ertrag ab – oft schnell und auf Grundlage "
                            "unvollständiger Informationen.</p>"
                            "<p>Beide Ansätze bilden die Grundlage der situativen "
                            "Kriminalprävention, die Sie in Modul 2 kennenlernen: "
                            "Tatgelegenheiten verringern, das Entdeckungsrisiko "
                            "erhöhen, die mögliche Beute weniger attraktiv machen.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Ein Praxisbeispiel: Theorien als Brille",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>In einer sächsischen Kleinstadt häufen sich "
                            "Sachbeschädigungen und Beschwerden über Lärm an einem "
                            "Busbahnhof, an dem sich abends Jugendliche treffen. Der "
                            "kommunale Präventionsrat bespricht die Lage. Aus Sicht "
                            "des Routine-Activity-Ansatzes fällt auf, dass der Ort "
                            "abends kaum belebt ist und niemand Verantwortung für ihn "
                            "übernimmt. Kontroll- und Lerntheorien lenken den Blick "
                            "darauf, dass es für die Jugendlichen im Ort kaum "
                            "Treffpunkte und Freizeitangebote gibt. Der "
                            "Etikettierungsansatz warnt davor, alle Jugendlichen am "
                            "Busbahnhof pauschal als „Störer“ zu behandeln.</p>"
                            "<p>Eine tragfähige Strategie verbindet daher mehrere "
                            "Ansätze: bessere Beleuchtung und Pflege des Ortes, "
                            "aufsuchende Jugendarbeit, ein gemeinsam mit den "
                            "Jugendlichen entwickelter Treffpunkt und eine abgestimmte "
                            "Präsenz von Ordnungsamt und Bürgerpolizei. Welche "
                            "Ursachen tatsächlich überwiegen, klärt eine sorgfältige "
                            "Analyse – nicht die Theorie allein.</p>"
                        ),
                    ),
                    (
                        "reflection_question",
                        {
                            "question": (
                                "Denken Sie an ein Kriminalitäts- oder "
                                "Sicherheitsproblem aus Ihrem Arbeitsumfeld. Welche "
                                "der vorgestellten Theorien erklärt es am besten, und "
                                "welche Maßnahmen ergeben sich daraus?"
                            ),
                            "hint": (
                                "Prüfen Sie mindestens zwei Theorien aus "
                                "unterschiedlichen Blickwinkeln, zum Beispiel eine "
                                "personenbezogene und eine gelegenheitsbezogene."
                            ),
                        },
                    ),
                ],
            },
            {
                "title": "Hellfeld und Dunkelfeld: Was die PKS zeigt – und was nicht",
                "slug": "hellfeld-dunkelfeld",
                "summary": (
                    "Die Lektion erklärt, wie die Polizeiliche Kriminalstatistik "
                    "entsteht, wo ihre Grenzen liegen und wie Dunkelfeldbefragungen "
                    "und weitere Quellen ein örtliches Kriminalitätslagebild ergänzen."
                ),
                "estimated_minutes": 30,
                "teaching_units": "1.5",
                "required": True,
                "body": [
                    (
                        "heading",
                        {
                            "text": "Die PKS als Tätigkeitsnachweis der Polizei",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Die <b>Polizeiliche Kriminalstatistik (PKS)</b> ist "
                            "die wichtigste Quelle für das polizeilich registrierte "
                            "Kriminalitätsgeschehen. Sie wird vom Bundeskriminalamt "
                            "für Deutschland und von den Landeskriminalämtern für die "
                            "Länder herausgegeben; auch für Sachsen erscheint jährlich "
                            "eine eigene PKS. Erfasst werden die der Polizei bekannt "
                            "gewordenen rechtswidrigen Taten einschließlich der "
                            "strafbaren Versuche, die aufgeklärten Fälle und die "
                            "ermittelten Tatverdächtigen.</p>"
                            "<p>Wichtig für das Verständnis: Die PKS ist eine "
                            "<b>Ausgangsstatistik</b>. Ein Fall wird erst gezählt, "
                            "wenn die Polizei ihre Ermittlungen abgeschlossen und den "
                            "Vorgang an die Staatsanwaltschaft abgegeben hat. Eine Tat "
                            "aus dem Dezember kann deshalb in der Statistik des "
                            "Folgejahres auftauchen. Zudem bildet die PKS die "
                            "polizeiliche Bewertung ab – ob ein Verfahren später "
                            "eingestellt wird oder mit einer Verurteilung endet, zeigt "
                            "sie nicht. Tatverdächtige sind keine Verurteilten. Nicht "
                            "enthalten sind unter anderem Ordnungswidrigkeiten, "
                            "Staatsschutzdelikte, die gesondert erfasst werden, und "
                            "die meisten Verkehrsdelikte.</p>"
                            "<p>Die PKS ist damit in erster Linie ein "
                            "<b>Tätigkeitsnachweis der Polizei</b>: Sie zeigt, was der "
                            "Polizei bekannt wurde und wie sie es bearbeitet hat. Ein "
                            "getreues Abbild der tatsächlichen Kriminalität ist sie "
                            "nicht.</p>"
                        ),
                    ),
                    (
                        "image",
                        {
                            "image": "hellfeld_dunkelfeld",
                            "alt_text": (
                                "Schematische Darstellung eines Eisbergs: Ein kleiner "
                                "Teil ragt über die Wasserlinie und ist mit „Hellfeld "
                                "(polizeilich registriert)“ beschriftet, der weit "
                                "größere Teil unter Wasser mit „Dunkelfeld (nicht "
                                "angezeigt)“. Die Wasserlinie steht für die Anzeige."
                            ),
                            "caption": (
                                "Hellfeld und Dunkelfeld. Das Größenverhältnis ist "
                                "schematisch; es unterscheidet sich je nach Deliktsart "
                                "erheblich."
                            ),
                        },
                    ),
                    (
                        "heading",
                        {
                            "text": (
                                "Wovon die Zahlen abhängen: Anzeigeverhalten und "
                                "Kontrolldichte"
                            ),
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Der weit überwiegende Teil der Straftaten wird der "
                            "Polizei nicht durch eigene Ermittlungen bekannt, sondern "
                            "durch Anzeigen von Geschädigten oder Zeuginnen und "
                            "Zeugen. Ob angezeigt wird, hängt von vielen Faktoren ab: "
                            "von der Schwere der Tat, von Versicherungsfragen (beim "
                            "Wohnungseinbruch oder Fahrraddiebstahl ist eine Anzeige "
                            "in der Regel Voraussetzung für eine Erstattung), von der "
                            "Beziehung zwischen Opfer und Täter, von Scham oder Angst "
                            "und vom Vertrauen in die Polizei. Bei Gewalt im sozialen "
                            "Nahraum oder bei Sexualdelikten bleibt ein großer Teil "
                            "der Taten im Dunkelfeld.</p>"
                            "<p>Bei sogenannten <b>Kontrolldelikten</b> – etwa "
                            "Rauschgiftdelikten oder Ladendiebstahl – hängt die "
                            "registrierte Zahl wesentlich davon ab, wie intensiv "
                            "kontrolliert wird. Mehr Kontrollen führen zu mehr "
                            "registrierten Fällen, ohne dass sich das tatsächliche "
                            "Geschehen verändert haben muss. Ein Anstieg in der PKS "
                            "kann also auch auf intensivere polizeiliche Arbeit oder "
                            "eine gestiegene Anzeigebereitschaft zurückgehen – etwa "
                            "nach einer Sensibilisierungskampagne gegen häusliche "
                            "Gewalt.</p>"
                            "<p>Weitere Einflüsse sind Änderungen des Strafrechts, "
                            "geänderte Erfassungsregeln, Sondereinflüsse wie einzelne "
                            "Ermittlungsverfahren mit sehr vielen Fällen sowie das "
                            "<b>Tatortprinzip</b>: Fälle werden dort gezählt, wo die "
                            "Tat begangen wurde. Innenstädte mit vielen Besucherinnen "
                            "und Besuchern, Einkaufszentren oder Bahnhöfe weisen daher "
                            "hohe Häufigkeitszahlen (Fälle je 100.000 Einwohnerinnen "
                            "und Einwohner) auf, ohne dass die dortige Wohnbevölkerung "
                            "stärker betroffen sein muss.</p>"
                        ),
                    ),
                    (
                        "key_statement",
                        {
                            "text": (
                                "Die PKS zeigt das Hellfeld, also die Kriminalität, "
                                "die der Polizei bekannt geworden ist. Veränderungen "
                                "der Zahlen können auf veränderte Kriminalität, aber "
                                "ebenso auf verändertes Anzeige- oder "
                                "Kontrollverhalten zurückgehen."
                            ),
                        },
                    ),
                    ("heading", {"text": "Dunkelfeldbefragungen", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Um das Dunkelfeld aufzuhellen, werden Befragungen "
                            "durchgeführt. In <b>Viktimisierungssurveys</b> werden "
                            "zufällig ausgewählte Personen gefragt, ob sie in einem "
                            "bestimmten Zeitraum Opfer bestimmter Straftaten geworden "
                            "sind und ob sie diese angezeigt haben. Solche Befragungen "
                            "ermöglichen Aussagen über Opfererfahrungen, "
                            "Anzeigeverhalten und Kriminalitätsfurcht. Auf Bundesebene "
                            "gehören dazu etwa der Deutsche Viktimisierungssurvey und "
                            "die Befragung „Sicherheit und Kriminalität in "
                            "Deutschland“ (SKiD). <b>Täterbefragungen</b> "
                            "(Selbstberichtsstudien), vor allem unter Schülerinnen und "
                            "Schülern, erfassen selbst begangene Delikte.</p>"
                            "<p>Auch Befragungen haben Grenzen: Delikte ohne "
                            "unmittelbar geschädigte Person oder gegen Institutionen "
                            "werden kaum erfasst, Erinnerungsfehler und falsche "
                            "zeitliche Zuordnungen kommen vor, und bestimmte Gruppen – "
                            "zum Beispiel Menschen ohne ausreichende Deutschkenntnisse "
                            "oder Menschen in Einrichtungen – sind oft "
                            "unterrepräsentiert. Außerdem deckt sich das, was Befragte "
                            "als Straftat wahrnehmen, nicht immer mit der rechtlichen "
                            "Bewertung. Hellfeld- und Dunkelfelddaten ergänzen sich "
                            "daher; keine Quelle liefert allein ein vollständiges "
                            "Bild.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": (
                                "Ein örtliches Kriminalitätslagebild sorgfältig lesen"
                            ),
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>In der kommunalen Präventionsarbeit wird häufig ein "
                            "Lagebild für eine Stadt oder einen Stadtteil erstellt. "
                            "Dabei helfen einige Grundregeln:</p>"
                            "<ul><li>Betrachten Sie längere Zeitreihen statt nur den "
                            "Vergleich mit dem Vorjahr; bei kleinen Fallzahlen "
                            "schwanken die Werte zufällig stark.</li>"
                            "<li>Arbeiten Sie mit Häufigkeitszahlen, aber prüfen Sie, "
                            "ob Pendel-, Tourismus- oder Veranstaltungsverkehr das "
                            "Bild verzerrt.</li>"
                            "<li>Fragen Sie bei auffälligen Veränderungen nach: Gab es "
                            "Kontrollschwerpunkte, umfangreiche Ermittlungsverfahren, "
                            "Gesetzesänderungen oder Kampagnen?</li>"
                            "<li>Ziehen Sie weitere Quellen heran: Bürgerbefragungen, "
                            "Erkenntnisse von Ordnungsamt, Jugendhilfe, Schulen, "
                            "Verkehrsbetrieben oder Wohnungsunternehmen.</li>"
                            "<li>Beziehen Sie die Sicht der Betroffenen ein, zum "
                            "Beispiel durch Gespräche oder Ortsbegehungen.</li>"
                            "</ul><p>Ein Beispiel: In einem Landkreis steigt die Zahl "
                            "der registrierten Rauschgiftdelikte deutlich an. Im "
                            "Präventionsgremium wird zunächst geklärt, dass die "
                            "Polizei im selben Zeitraum einen Kontrollschwerpunkt an "
                            "einer Durchgangsstraße gesetzt hatte. Erst im Abgleich "
                            "mit Erfahrungen der Suchtberatung und den Ergebnissen "
                            "einer Schulbefragung entsteht ein belastbares Bild davon, "
                            "ob sich der Konsum tatsächlich verändert hat.</p>"
                        ),
                    ),
                    (
                        "document",
                        {
                            "document": "checkliste_kriminalitaetslagebild",
                            "description": (
                                "Checkliste: Datenquellen für ein kommunales Lagebild "
                                "– von der PKS über Bürgerbefragung und Ordnungsamt "
                                "bis zu Schulen und Jugendhilfe."
                            ),
                        },
                    ),
                    (
                        "reflection_question",
                        {
                            "question": (
                                "Welche Datenquellen stehen Ihnen in Ihrer Kommune "
                                "oder Dienststelle für ein Kriminalitätslagebild zur "
                                "Verfügung – und welche Lücken im Dunkelfeld bleiben "
                                "trotzdem?"
                            ),
                            "hint": (
                                "Nutzen Sie die Checkliste und überlegen Sie, welche "
                                "Stellen Sie für fehlende Informationen ansprechen "
                                "könnten."
                            ),
                        },
                    ),
                ],
            },
            {
                "title": "Opfer, Kriminalitätsfurcht und Sicherheitsgefühl",
                "slug": "opfer-kriminalitaetsfurcht",
                "summary": (
                    "Die Lektion behandelt Folgen von Viktimisierung, den Unterschied "
                    "zwischen Kriminalitätsfurcht und objektivem Risiko sowie "
                    "Ansatzpunkte, um das Sicherheitsgefühl in Kommunen zu stärken."
                ),
                "estimated_minutes": 25,
                "teaching_units": "1.0",
                "required": True,
                "body": [
                    (
                        "heading",
                        {"text": "Viktimisierung und ihre Folgen", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Die <b>Viktimologie</b> befasst sich mit Menschen, die "
                            "Opfer von Straftaten werden, mit den Folgen der Tat und "
                            "mit dem Umgang von Gesellschaft und Institutionen mit "
                            "Betroffenen. Lange stand in der Kriminologie vor allem "
                            "der Täter im Mittelpunkt; heute ist die Perspektive der "
                            "Opfer fester Bestandteil von Kriminalpolitik und "
                            "Prävention.</p>"
                            "<p>Die Folgen einer Straftat können sehr unterschiedlich "
                            "sein:</p>"
                            "<ul><li><b>körperlich:</b> Verletzungen, Schmerzen, "
                            "bleibende Beeinträchtigungen;</li>"
                            "<li><b>psychisch:</b> Angst, Schlafstörungen, Misstrauen, "
                            "Schuld- und Schamgefühle, in manchen Fällen eine "
                            "posttraumatische Belastungsstörung;</li>"
                            "<li><b>wirtschaftlich:</b> Sachschäden, "
                            "Behandlungskosten, Verdienstausfall;</li>"
                            "<li><b>sozial:</b> Rückzug, Vermeiden bestimmter Orte, "
                            "Belastung von Beziehungen.</li>"
                            "</ul><p>Auch ein Delikt ohne körperliche Gewalt wie ein "
                            "Wohnungseinbruch kann das Sicherheitsgefühl in den "
                            "eigenen vier Wänden nachhaltig erschüttern. Wie stark die "
                            "Folgen ausfallen, hängt nicht nur von der Tat ab, sondern "
                            "auch von den Ressourcen der Betroffenen und von der "
                            "Unterstützung, die sie erfahren.</p>"
                            "<p>Die Viktimologie unterscheidet die <b>primäre "
                            "Viktimisierung</b> durch die Tat selbst von der "
                            "<b>sekundären Viktimisierung</b>: einer zusätzlichen "
                            "Schädigung durch unangemessene Reaktionen des Umfelds "
                            "oder von Institutionen, etwa durch Schuldzuweisungen, "
                            "wiederholte belastende Befragungen oder fehlende "
                            "Informationen zum Verfahrensstand. Hier haben Polizei, "
                            "Verwaltung, Schule und Soziale Arbeit direkten Einfluss. "
                            "Für die Prävention bedeutsam ist außerdem die "
                            "<b>wiederholte Viktimisierung</b>: Wer einmal Opfer "
                            "geworden ist, hat bei manchen Delikten ein erhöhtes "
                            "Risiko, erneut betroffen zu sein. Schutz und Beratung "
                            "unmittelbar nach einer Tat sind deshalb auch vorbeugend "
                            "wirksam.</p>"
                        ),
                    ),
                    (
                        "key_statement",
                        {
                            "text": (
                                "Opferschutz beginnt beim ersten Kontakt: Wer "
                                "Betroffene ernst nimmt, informiert und an Hilfen "
                                "vermittelt, verringert das Risiko einer sekundären "
                                "Viktimisierung."
                            ),
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Die Unterstützungsangebote sind vielfältig: "
                            "spezialisierte Opferberatungsstellen, "
                            "Interventionsstellen bei häuslicher Gewalt, die "
                            "psychosoziale Prozessbegleitung im Strafverfahren, "
                            "ehrenamtliche Opferhilfe wie der WEISSER RING sowie "
                            "Leistungen der Sozialen Entschädigung. Fachkräfte müssen "
                            "nicht alles selbst leisten, sollten aber die örtlichen "
                            "Angebote kennen und aktiv dorthin vermitteln können.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Kriminalitätsfurcht ist nicht gleich Risiko",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p><b>Kriminalitätsfurcht</b> wird in der Forschung meist "
                            "in drei Dimensionen beschrieben: die <b>affektive</b> "
                            "Dimension (das Gefühl von Angst oder Beunruhigung), die "
                            "<b>kognitive</b> Dimension (die Einschätzung, wie "
                            "wahrscheinlich es ist, selbst Opfer zu werden) und die "
                            "<b>konative</b> oder verhaltensbezogene Dimension "
                            "(Schutz- und Vermeidungsverhalten, zum Beispiel abends "
                            "bestimmte Wege zu meiden).</p>"
                            "<p>Subjektives Empfinden und statistisches Risiko fallen "
                            "oft auseinander. Ein vielfach diskutierter Befund ist das "
                            "sogenannte <b>Kriminalitätsfurcht-Paradox</b>: Gruppen, "
                            "die nach Hellfeld- und Dunkelfelddaten seltener Opfer "
                            "bestimmter Delikte im öffentlichen Raum werden, etwa "
                            "ältere Menschen, äußern teils mehr Furcht als junge "
                            "Männer, die statistisch häufiger betroffen sind. Erklärt "
                            "wird das unter anderem mit empfundener Verletzbarkeit, "
                            "mit der Schwere möglicher Folgen und mit "
                            "Vermeidungsverhalten, das das tatsächliche Risiko senkt. "
                            "Die Forschung warnt zugleich davor, die Furcht bestimmter "
                            "Gruppen als „irrational“ abzutun: Manche Risiken, etwa "
                            "Gewalt im sozialen Nahraum, sind im Hellfeld nur "
                            "unzureichend sichtbar.</p>"
                            "<p>Kriminalitätsfurcht speist sich zudem aus Quellen, die "
                            "mit Kriminalität nur mittelbar zu tun haben: "
                            "Medienberichterstattung und soziale Netzwerke, allgemeine "
                            "soziale Verunsicherung oder sichtbare Zeichen von "
                            "Verwahrlosung im Wohnumfeld wie Müll, Vandalismus oder "
                            "leerstehende Gebäude. Der „Broken Windows“-Ansatz von "
                            "James Q. Wilson und George L. Kelling hat solche Zeichen "
                            "der Unordnung (Incivilities) bekannt gemacht; seine "
                            "Folgerungen für eine strikte Ordnungspolitik sind in der "
                            "Kriminologie allerdings umstritten.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Sicherheitsgefühl in der Kommune stärken",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Für Kommunen ist das <b>Sicherheitsgefühl</b> ein "
                            "eigenständiges Ziel: Wer sich unsicher fühlt, nutzt "
                            "öffentliche Räume weniger, zieht sich zurück und verliert "
                            "Vertrauen – mit Folgen für das Zusammenleben. Um es zu "
                            "erfassen, eignen sich kommunale Bürgerbefragungen mit "
                            "bewährten Fragen, etwa wie sicher man sich nachts allein "
                            "in der eigenen Wohngegend fühlt, ergänzt um Fragen zu "
                            "konkreten Orten und Problemen.</p>"
                            "<p>Praktische Ansatzpunkte sind zum Beispiel:</p>"
                            "<ul><li>Ortsbegehungen mit Anwohnenden, "
                            "Seniorenvertretung, Jugendlichen und Polizei, um "
                            "sogenannte Angsträume zu erkennen;</li>"
                            "<li>bauliche und pflegerische Verbesserungen wie "
                            "Beleuchtung, freie Sichtachsen oder die schnelle "
                            "Beseitigung von Graffiti und Müll;</li>"
                            "<li>sichtbare Ansprechpersonen, etwa Bürgerpolizistinnen "
                            "und Bürgerpolizisten oder der kommunale "
                            "Ordnungsdienst;</li>"
                            "<li>sachliche Information über die tatsächliche Lage, zum "
                            "Beispiel in Einwohnerversammlungen oder im Amtsblatt;</li>"
                            "<li>Angebote für besonders verunsicherte Gruppen, etwa "
                            "Informationsveranstaltungen zu Betrugsmaschen am Telefon "
                            "für ältere Menschen.</li>"
                            "</ul><p>Ein Beispiel: Eine sächsische Mittelstadt stellt "
                            "in ihrer Bürgerbefragung fest, dass sich viele Befragte "
                            "am Bahnhofsvorplatz unsicher fühlen, obwohl dort laut PKS "
                            "keine auffällige Häufung von Straftaten registriert ist. "
                            "Statt zusätzliche Kontrollen anzuordnen, lädt der "
                            "Präventionsrat zu einer Begehung ein. Dabei zeigt sich: "
                            "Die Unsicherheit entsteht vor allem durch schlechte "
                            "Beleuchtung, eine verwaiste Unterführung und fehlende "
                            "Ansprechpersonen am Abend. Die Maßnahmen setzen genau "
                            "dort an – und eine Wiederholungsbefragung prüft später, "
                            "ob sich das Sicherheitsgefühl verändert hat.</p>"
                        ),
                    ),
                    (
                        "reflection_question",
                        {
                            "question": (
                                "Wo gehen in Ihrer Kommune Kriminalitätsfurcht und "
                                "registrierte Kriminalität auseinander? Wie würden Sie "
                                "mit Bürgerinnen und Bürgern darüber sprechen, ohne "
                                "ihre Sorgen abzuwerten?"
                            ),
                            "hint": (
                                "Denken Sie an alle drei Dimensionen der "
                                "Kriminalitätsfurcht und an Gruppen, die sich in "
                                "Befragungen selten äußern."
                            ),
                        },
                    ),
                ],
            },
        ],
    },
    {
        "number": 2,
        "title": "Kriminalprävention",
        "slug": "kriminalpraevention",
        "summary": (
            "Das Modul gibt einen anwendungsorientierten Überblick über das Feld der "
            "Kriminalprävention: von Einteilungen nach Ebenen und Zielgruppen über "
            "situative, städtebauliche und soziale Ansätze bis zu evidenzbasierten "
            "Programmen und kommunalen Präventionsgremien. Im Mittelpunkt steht, wie "
            "Fachkräfte aus Polizei, Kommune, Sozialer Arbeit und Schule gemeinsam "
            "wirksame Maßnahmen auswählen und umsetzen."
        ),
        "learning_goals": (
            "<ul><li>Sie können Präventionsansätze nach Ebene (primär, sekundär, "
            "tertiär), Zielgruppe (universell, selektiv, indiziert) und Ansatzpunkt "
            "(person- oder situationsbezogen) einordnen.</li>"
            "<li>Sie können Techniken der situativen Kriminalprävention und Grundsätze "
            "der städtebaulichen Kriminalprävention auf konkrete Orte anwenden.</li>"
            "<li>Sie können soziale Prävention mit Risiko- und Schutzfaktoren "
            "begründen.</li>"
            "<li>Sie können die Debatte um Verdrängungseffekte sachlich darstellen und "
            "bei der Planung und Überprüfung von Maßnahmen berücksichtigen.</li>"
            "<li>Sie können die Bewertungsstufen der Grünen Liste Prävention erläutern "
            "und passende evidenzbasierte Programme für Ihre Kommune "
            "recherchieren.</li>"
            "<li>Sie können Arbeitsweise und Gelingensbedingungen kommunaler "
            "Präventionsgremien und der berufsübergreifenden Zusammenarbeit "
            "beschreiben.</li>"
            "</ul>"
        ),
        "teaching_units": 28,
        "lessons": [
            {
                "title": "Ansätze der Kriminalprävention",
                "slug": "ansaetze-kriminalpraevention",
                "summary": (
                    "Die Lektion ordnet Präventionsmaßnahmen nach Ebenen, Zielgruppen "
                    "und Ansatzpunkten und zeigt, wie diese Einteilungen bei der "
                    "Planung helfen."
                ),
                "estimated_minutes": 25,
                "teaching_units": "1.0",
                "required": True,
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Unter <b>Kriminalprävention</b> werden alle "
                            "staatlichen und nichtstaatlichen Bemühungen verstanden, "
                            "Kriminalität zu verhüten, zu vermindern oder ihre Folgen "
                            "gering zu halten – einschließlich der "
                            "Kriminalitätsfurcht. Sie ist keine Aufgabe der Polizei "
                            "allein: Familie, Kita und Schule, Jugendhilfe, "
                            "Stadtplanung, Wirtschaft, Vereine und Justiz tragen "
                            "ebenso dazu bei. Gerade diese Vielfalt macht es "
                            "notwendig, Maßnahmen systematisch einzuordnen. "
                            "Einteilungen helfen, Lücken im örtlichen Angebot zu "
                            "erkennen, Zuständigkeiten zu klären und Zielgruppen genau "
                            "zu beschreiben.</p>"
                            "<p>Auch Strafverfolgung und Strafe sollen vorbeugend "
                            "wirken: Das Strafrecht spricht von Generalprävention, "
                            "wenn die Allgemeinheit von Straftaten abgehalten werden "
                            "soll, und von Spezialprävention, wenn es um die "
                            "verurteilte Person selbst geht. In der kommunalen "
                            "Kriminalprävention steht dagegen die Vorbeugung im "
                            "Vordergrund, die vor oder unabhängig von einem "
                            "Strafverfahren ansetzt. Beides schließt sich nicht aus, "
                            "folgt aber unterschiedlichen Logiken und "
                            "Zuständigkeiten.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Primäre, sekundäre und tertiäre Prävention",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Die bekannteste Einteilung stammt ursprünglich aus der "
                            "Medizin und wurde auf die Kriminalprävention "
                            "übertragen:</p>"
                            "<ul><li><b>Primäre Prävention</b> richtet sich an alle "
                            "und setzt an den allgemeinen Entstehungsbedingungen von "
                            "Kriminalität an, bevor Probleme auftreten – zum Beispiel "
                            "mit Erziehungs- und Bildungsangeboten, der Förderung "
                            "sozialer Kompetenzen in Kita und Schule oder guten "
                            "Lebensbedingungen im Wohnumfeld.</li>"
                            "<li><b>Sekundäre Prävention</b> richtet sich an Personen, "
                            "Gruppen oder Situationen mit erhöhtem Risiko – etwa an "
                            "Jugendliche, die erste Auffälligkeiten zeigen, oder an "
                            "Orte mit vielen Tatgelegenheiten. Beispiele sind "
                            "aufsuchende Jugendarbeit oder die Sicherung besonders "
                            "gefährdeter Objekte.</li>"
                            "<li><b>Tertiäre Prävention</b> soll erneute Straftaten "
                            "von Personen verhindern, die bereits straffällig geworden "
                            "sind – etwa durch Bewährungshilfe, Anti-Gewalt-Trainings, "
                            "Übergangsmanagement aus dem Strafvollzug oder den "
                            "Täter-Opfer-Ausgleich.</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "image",
                        {
                            "image": "praeventionsebenen",
                            "alt_text": (
                                "Drei untereinander angeordnete, nach unten schmaler "
                                "werdende grüne Balken: oben „Primäre Prävention – "
                                "alle“, in der Mitte „Sekundäre Prävention – "
                                "Risikogruppen“, unten „Tertiäre Prävention – bereits "
                                "Auffällige“."
                            ),
                            "caption": (
                                "Die drei Ebenen der Prävention: Mit jeder Ebene wird "
                                "die Zielgruppe kleiner und spezifischer."
                            ),
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Die Grenzen zwischen den Ebenen sind nicht immer "
                            "trennscharf, und in der Literatur werden die Begriffe "
                            "nicht einheitlich verwendet. Manche Autorinnen und "
                            "Autoren ordnen etwa die Verringerung von Tatgelegenheiten "
                            "der sekundären Prävention zu, andere der primären. "
                            "Entscheidend ist, dass in einem Präventionsgremium alle "
                            "dasselbe meinen, wenn sie von „primärer Prävention“ "
                            "sprechen.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {"text": "Universell, selektiv, indiziert", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Vor allem in der Gesundheitsförderung und in der "
                            "Suchtprävention hat sich eine zweite Einteilung "
                            "durchgesetzt, die konsequent nach der Zielgruppe fragt. "
                            "Sie geht auf Robert S. Gordon zurück und wurde unter "
                            "anderem vom US-amerikanischen Institute of Medicine "
                            "aufgegriffen:</p>"
                            "<ul><li><b>Universelle Prävention</b> richtet sich an die "
                            "gesamte Bevölkerung oder ganze Gruppen, unabhängig von "
                            "individuellen Risiken – zum Beispiel an alle Schülerinnen "
                            "und Schüler einer Klassenstufe.</li>"
                            "<li><b>Selektive Prävention</b> richtet sich an Gruppen "
                            "mit erhöhtem Risiko, etwa an Kinder aus stark belasteten "
                            "Familien oder an Jugendliche in Stadtteilen mit vielen "
                            "Risikofaktoren.</li>"
                            "<li><b>Indizierte Prävention</b> richtet sich an einzelne "
                            "Personen, die bereits erste Anzeichen eines "
                            "Problemverhaltens zeigen, etwa wiederholt aggressives "
                            "Verhalten in der Schule.</li>"
                            "</ul><p>Der Vorteil dieser Einteilung liegt in ihrer "
                            "Klarheit bei der Bestimmung von Zielgruppen. Sie macht "
                            "zudem bewusst, dass selektive und indizierte Angebote "
                            "stigmatisieren können – ein Gedanke, der an den "
                            "Etikettierungsansatz aus Modul 1 anknüpft.</p>"
                        ),
                    ),
                    (
                        "key_statement",
                        {
                            "text": (
                                "Einteilungen der Prävention sind Denkhilfen, keine "
                                "starren Schubladen. Wichtig ist, Zielgruppe, "
                                "Ansatzpunkt und Ziel einer Maßnahme klar zu benennen."
                            ),
                        },
                    ),
                    (
                        "heading",
                        {"text": "Person- oder situationsbezogen?", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Eine dritte Unterscheidung fragt, woran eine Maßnahme "
                            "ansetzt. <b>Personenbezogene</b> (täterorientierte) "
                            "Prävention will Einstellungen, Kompetenzen und "
                            "Lebenslagen möglicher Täterinnen und Täter beeinflussen – "
                            "von der Elternbildung über soziale Trainings bis zur "
                            "Straffälligenhilfe. <b>Situationsbezogene</b> Prävention "
                            "verändert die Umstände, unter denen Taten begangen "
                            "werden: Sie verringert Tatgelegenheiten, erhöht das "
                            "Entdeckungsrisiko oder senkt den möglichen Ertrag. "
                            "Daneben wird häufig die <b>opferbezogene</b> Prävention "
                            "genannt, die mögliche Opfer informiert und in ihrem "
                            "Selbstschutz stärkt, etwa durch Beratung zum "
                            "Einbruchschutz oder Aufklärung über Betrugsmaschen am "
                            "Telefon.</p>"
                            "<p>Aus der Gesundheitsförderung stammt ein verwandtes "
                            "Begriffspaar: <b>Verhaltensprävention</b> setzt beim "
                            "Verhalten von Menschen an, <b>Verhältnisprävention</b> "
                            "bei den Lebens- und Umweltbedingungen.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Die Einteilungen in der Praxis nutzen",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Ein Beispiel aus einem sächsischen Landkreis: Nach "
                            "mehreren Vorfällen von Gewalt unter Jugendlichen will die "
                            "Kommune handeln. Bei einer Bestandsaufnahme im "
                            "Präventionsgremium werden die vorhandenen Angebote in "
                            "eine einfache Matrix eingeordnet – Zeilen für universell, "
                            "selektiv und indiziert, Spalten für person- und "
                            "situationsbezogen. Schnell wird sichtbar: Universelle "
                            "Angebote an Schulen gibt es viele, für bereits auffällige "
                            "Jugendliche fehlt jedoch eine verlässliche Anlaufstelle, "
                            "und situative Aspekte wie unbeaufsichtigte Treffpunkte "
                            "wurden bisher kaum betrachtet.</p>"
                            "<p>Die Einordnung ersetzt keine Ursachenanalyse, sie "
                            "macht aber Lücken und Doppelungen sichtbar. Für die "
                            "Projektplanung nach den Beccaria-Standards hilft sie bei "
                            "der Festlegung von Zielen und Zielgruppen: Wer genau soll "
                            "erreicht werden, und auf welcher Ebene soll die Maßnahme "
                            "wirken?</p>"
                        ),
                    ),
                    (
                        "reflection_question",
                        {
                            "question": (
                                "Ordnen Sie zwei Präventionsangebote aus Ihrem "
                                "Arbeitsfeld nach Ebene (primär, sekundär, tertiär), "
                                "Zielgruppe (universell, selektiv, indiziert) und "
                                "Ansatzpunkt (person- oder situationsbezogen) ein. Wo "
                                "fällt Ihnen die Zuordnung schwer?"
                            ),
                            "hint": (
                                "Schwierigkeiten bei der Zuordnung sind oft ein "
                                "Hinweis darauf, dass Ziel oder Zielgruppe einer "
                                "Maßnahme noch nicht klar beschrieben sind."
                            ),
                        },
                    ),
                ],
            },
            {
                "title": "Situative und soziale Prävention",
                "slug": "situative-soziale-praevention",
                "summary": (
                    "Die Lektion stellt Techniken der situativen Kriminalprävention, "
                    "Grundsätze der städtebaulichen Prävention und Ansätze der "
                    "sozialen Prävention vor und diskutiert die Frage der Verdrängung."
                ),
                "estimated_minutes": 30,
                "teaching_units": "1.5",
                "required": True,
                "body": [
                    (
                        "heading",
                        {
                            "text": "Situative Kriminalprävention nach Clarke",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Die <b>situative Kriminalprävention</b> wurde "
                            "maßgeblich von Ronald V. Clarke entwickelt und baut auf "
                            "dem Routine-Activity- und dem Rational-Choice-Ansatz auf. "
                            "Sie setzt nicht bei der Motivation von Täterinnen und "
                            "Tätern an, sondern bei konkreten Tatgelegenheiten: Eine "
                            "Tat soll aufwendiger, riskanter und weniger lohnend "
                            "werden, weniger durch Situationen provoziert und weniger "
                            "leicht zu rechtfertigen sein. Derek B. Cornish und Ronald "
                            "V. Clarke haben dazu 25 Techniken beschrieben, die sich "
                            "fünf Prinzipien zuordnen lassen:</p>"
                            "<ul><li><b>Aufwand erhöhen:</b> Ziele sichern, Zugänge "
                            "kontrollieren – zum Beispiel einbruchhemmende Fenster und "
                            "Türen oder Fahrradbügel, an denen sich Rahmen und Rad "
                            "sicher anschließen lassen.</li>"
                            "<li><b>Risiko erhöhen:</b> natürliche und formelle "
                            "Überwachung stärken – zum Beispiel belebte "
                            "Erdgeschosszonen, gute Beleuchtung, "
                            "Hausmeisterdienste.</li>"
                            "<li><b>Ertrag verringern:</b> Ziele verbergen, entfernen "
                            "oder kennzeichnen – zum Beispiel Fahrradcodierung oder "
                            "keine sichtbaren Wertsachen im Auto.</li>"
                            "<li><b>Provokationen verringern:</b> Frustration, Stress "
                            "und Streit vermeiden – zum Beispiel durch geordnete "
                            "Einlass- und Wartebereiche bei Veranstaltungen oder "
                            "ausreichend Sitzgelegenheiten.</li>"
                            "<li><b>Ausreden entziehen:</b> Regeln klar machen und an "
                            "das Gewissen appellieren – zum Beispiel durch gut "
                            "sichtbare Hinweise oder leicht erreichbare Abfallbehälter "
                            "und Sammelstellen gegen illegale Müllentsorgung.</li>"
                            "</ul><p>Situative Maßnahmen wirken oft rasch und lassen "
                            "sich vergleichsweise gut überprüfen. Sie müssen jedoch "
                            "verhältnismäßig sein und Grundrechte achten – etwa beim "
                            "Einsatz von Videoüberwachung –, und sie dürfen "
                            "öffentliche Räume nicht so abweisend machen, dass sich "
                            "Menschen dort nicht mehr aufhalten wollen.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Städtebauliche Kriminalprävention und CPTED",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Die <b>städtebauliche Kriminalprävention</b> überträgt "
                            "situative Überlegungen auf Planung und Gestaltung von "
                            "Quartieren, Gebäuden und Freiräumen. International ist "
                            "sie als <i>Crime Prevention Through Environmental "
                            "Design</i> (CPTED) bekannt; der Begriff geht auf C. Ray "
                            "Jeffery zurück, und Oscar Newman prägte mit seinem "
                            "Konzept des „Defensible Space“ die Diskussion über "
                            "Wohnsiedlungen. Häufig genannte Grundsätze sind:</p>"
                            "<ul><li><b>natürliche Überwachung:</b> Sichtbeziehungen "
                            "zwischen Wohnungen, Wegen und Plätzen, übersichtliche "
                            "Gestaltung;</li>"
                            "<li><b>Zugangskontrolle:</b> klar erkennbare Eingänge und "
                            "eine Wegeführung, die Orientierung gibt;</li>"
                            "<li><b>Territorialität:</b> erkennbare Zuständigkeiten, "
                            "damit Bewohnerinnen und Bewohner Verantwortung für ihr "
                            "Umfeld übernehmen;</li>"
                            "<li><b>Pflege und Instandhaltung:</b> gepflegte Orte "
                            "signalisieren, dass sich jemand kümmert.</li>"
                            "</ul><p>In der kommunalen Praxis zeigt sich das zum "
                            "Beispiel, wenn Stadtplanung, Polizei und "
                            "Wohnungsunternehmen bei der Umgestaltung eines "
                            "Plattenbauquartiers Hauseingänge, Wege und Beleuchtung "
                            "gemeinsam planen oder wenn bei der Sanierung eines "
                            "Stadtparks Sichtachsen geöffnet und Angsträume beseitigt "
                            "werden. Fachleute der polizeilichen Prävention können "
                            "dabei frühzeitig beratend einbezogen werden.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Soziale Prävention: Risiko- und Schutzfaktoren",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Die <b>soziale Prävention</b> setzt an den "
                            "Lebensbedingungen und an der Entwicklung von Menschen an. "
                            "Grundlage ist das Konzept der <b>Risiko- und "
                            "Schutzfaktoren</b>: Risikofaktoren erhöhen die "
                            "Wahrscheinlichkeit späteren Problemverhaltens wie Gewalt, "
                            "Delinquenz oder Substanzmissbrauch; Schutzfaktoren "
                            "verringern sie oder puffern Risiken ab. Die Forschung "
                            "beschreibt solche Faktoren in mehreren Bereichen:</p>"
                            "<ul><li><b>Familie:</b> zum Beispiel inkonsequentes "
                            "Erziehungsverhalten oder anhaltende Konflikte; als Schutz "
                            "wirken verlässliche Bindungen und klare Regeln.</li>"
                            "<li><b>Schule:</b> zum Beispiel frühe Lernschwierigkeiten "
                            "oder geringe Bindung an die Schule; als Schutz wirken "
                            "Anerkennung und Beteiligungsmöglichkeiten.</li>"
                            "<li><b>Gleichaltrige und Person:</b> zum Beispiel "
                            "Freundschaften mit delinquenten Gleichaltrigen oder früh "
                            "beginnendes Problemverhalten; als Schutz wirken soziale "
                            "Kompetenzen und prosoziale Freundeskreise.</li>"
                            "<li><b>Nachbarschaft und Gemeinde:</b> zum Beispiel "
                            "geringe Bindung an die Nachbarschaft oder leichte "
                            "Verfügbarkeit von Alkohol und Drogen; als Schutz wirken "
                            "Gelegenheiten zur Teilhabe und Anerkennung für "
                            "Engagement.</li>"
                            "</ul><p>Risikofaktoren sind keine Vorhersage für den "
                            "Einzelfall: Die meisten Kinder, bei denen Risikofaktoren "
                            "vorliegen, werden nicht straffällig. Sie zeigen aber, wo "
                            "Prävention ansetzen kann – etwa mit Elternkursen, "
                            "Programmen zur Förderung sozial-emotionaler Kompetenzen "
                            "in Kita und Grundschule, Mentoring oder offener Kinder- "
                            "und Jugendarbeit.</p>"
                        ),
                    ),
                    (
                        "key_statement",
                        {
                            "text": (
                                "Situative Prävention verändert Tatgelegenheiten, "
                                "soziale Prävention stärkt Menschen und ihre "
                                "Lebensbedingungen. Wirksame kommunale Strategien "
                                "verbinden beides."
                            ),
                        },
                    ),
                    (
                        "heading",
                        {"text": "Verdrängung oder Ausstrahlung?", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Gegen situative Prävention wird häufig eingewandt, sie "
                            "verschiebe Kriminalität nur. In der Fachdiskussion werden "
                            "mehrere Formen der <b>Verdrängung</b> unterschieden: "
                            "räumlich (an einen anderen Ort), zeitlich (zu einer "
                            "anderen Zeit), taktisch (mit einer anderen "
                            "Vorgehensweise), auf andere Ziele, auf andere "
                            "Deliktsarten und auf andere Täterinnen und Täter.</p>"
                            "<p>Empirische Übersichtsarbeiten, etwa die Auswertung "
                            "zahlreicher Evaluationsstudien durch Rob T. Guerette und "
                            "Kate J. Bowers (2009), zeigen jedoch: Verdrängung kommt "
                            "vor, ist aber meist unvollständig. Häufig wird sogar das "
                            "Gegenteil beobachtet, eine <b>Ausstrahlung positiver "
                            "Effekte</b> (diffusion of benefits) auf benachbarte "
                            "Gebiete, etwa weil mögliche Täterinnen und Täter nicht "
                            "genau wissen, wo eine Maßnahme endet. Für die Praxis "
                            "heißt das: Verdrängung sollte bei der Evaluation "
                            "mitgedacht werden, zum Beispiel indem angrenzende "
                            "Bereiche in die Auswertung einbezogen werden. Ein "
                            "grundsätzliches Argument gegen situative Maßnahmen ist "
                            "sie nicht.</p>"
                            "<p>Ein Beispiel: Nach einer Serie von Fahrraddiebstählen "
                            "an einem Bahnhof richten Stadt und Verkehrsunternehmen "
                            "eine beleuchtete, gut einsehbare Abstellanlage mit "
                            "sicheren Anschließbügeln ein; die Polizei bietet an einem "
                            "Aktionstag Fahrradcodierungen an. Um Verdrängung zu "
                            "erkennen, werden nicht nur die Fälle am Bahnhof, sondern "
                            "auch die in den umliegenden Straßen beobachtet.</p>"
                        ),
                    ),
                    (
                        "reflection_question",
                        {
                            "question": (
                                "Wählen Sie einen Ort in Ihrer Kommune, an dem es "
                                "wiederholt zu Problemen kommt. Welche situativen und "
                                "welche sozialen Maßnahmen kämen in Frage, und wohin "
                                "könnte sich das Problem verlagern?"
                            ),
                            "hint": (
                                "Gehen Sie die fünf Prinzipien der situativen "
                                "Prävention durch und überlegen Sie, welche Risiko- "
                                "und Schutzfaktoren bei den Beteiligten eine Rolle "
                                "spielen."
                            ),
                        },
                    ),
                ],
            },
            {
                "title": "Evidenzbasierte Prävention und kommunale Präventionsräte",
                "slug": "evidenz-kommunale-praevention",
                "summary": (
                    "Die Lektion zeigt, wie Sie wirksame Präventionsprogramme finden, "
                    "wie Communities That Care kommunale Prävention strukturiert und "
                    "wie Präventionsgremien berufsübergreifend zusammenarbeiten."
                ),
                "estimated_minutes": 30,
                "teaching_units": "1.5",
                "required": True,
                "body": [
                    (
                        "heading",
                        {
                            "text": "Was heißt evidenzbasierte Prävention?",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Gut gemeint ist nicht automatisch gut gemacht. "
                            "<b>Evidenzbasierte Prävention</b> bedeutet, Maßnahmen auf "
                            "Grundlage der besten verfügbaren wissenschaftlichen "
                            "Erkenntnisse über ihre Wirkung auszuwählen – und sie so "
                            "umzusetzen, wie sie erprobt wurden. In der "
                            "Kriminalprävention hat vor allem der Bericht „Preventing "
                            "Crime: What Works, What Doesn't, What's Promising“ von "
                            "Lawrence W. Sherman und Kollegen aus dem Jahr 1997 die "
                            "Debatte geprägt. Er machte deutlich, dass auch "
                            "verbreitete und plausibel klingende Maßnahmen wirkungslos "
                            "sein können.</p>"
                            "<p>Aussagen über Wirksamkeit setzen eine belastbare "
                            "Evaluation voraus. Als besonders aussagekräftig gelten "
                            "Studien mit Vergleichs- oder Kontrollgruppen und "
                            "Messungen vor und nach der Maßnahme. Für Fachkräfte in "
                            "Kommunen heißt das nicht, selbst aufwendige "
                            "Wirkungsstudien durchführen zu müssen. Es heißt vielmehr: "
                            "zuerst prüfen, ob es für das eigene Problem bereits "
                            "erprobte Programme gibt, und eigene Projekte so planen, "
                            "dass ihre Umsetzung und Zielerreichung überprüfbar "
                            "sind.</p>"
                        ),
                    ),
                    ("heading", {"text": "Die Grüne Liste Prävention", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Eine zentrale Orientierungshilfe ist die <a "
                            'href="https://www.gruene-liste-praevention.de">Grüne '
                            "Liste Prävention</a>. Die Online-Datenbank wurde 2011 vom "
                            "Landespräventionsrat Niedersachsen im Zuge der "
                            "Übertragung von „Communities That Care“ nach Deutschland "
                            "aufgebaut und wird seit 2016 gemeinsam mit der "
                            "Medizinischen Hochschule Hannover betrieben. Sie ist frei "
                            "zugänglich und enthält evaluierte Präventionsprogramme "
                            "für die Bereiche Familie, Schule und Kita, Kinder und "
                            "Jugendliche sowie Nachbarschaft und Kommune. Gesucht "
                            "werden kann unter anderem nach Problemverhalten, Alter "
                            "der Zielgruppe, Handlungsfeld sowie nach Risiko- und "
                            "Schutzfaktoren.</p>"
                            "<p>Die Programme werden nach ihrer Konzeptqualität, "
                            "Umsetzungsqualität und Evaluationsqualität bewertet und "
                            "einer von drei Stufen zugeordnet:</p>"
                            "<ol><li><b>„Effektivität theoretisch gut begründet“:</b> "
                            "Das Konzept erfüllt die Kriterien, die bisherige "
                            "Evaluation – etwa eine Prozessevaluation oder eine "
                            "Wirkungsmessung ohne Vergleichsgruppe – belegt die "
                            "Wirkung aber noch nicht.</li>"
                            "<li><b>„Effektivität wahrscheinlich“</b></li>"
                            "<li><b>„Effektivität nachgewiesen“</b></li>"
                            "</ol><p>Die höheren Stufen setzen zunehmend "
                            "aussagekräftige Wirkungsevaluationen voraus; die genauen "
                            "Aufnahme- und Bewertungskriterien sind auf den Seiten der "
                            "Grünen Liste veröffentlicht. Für die Auswahl einer "
                            "Maßnahme ist jedoch nicht nur die Stufe entscheidend: "
                            "Passt das Programm zum örtlichen Problem, zur Zielgruppe "
                            "und zu den vorhandenen Ressourcen? Kann es so umgesetzt "
                            "werden, wie es konzipiert ist? Wer ein Programm stark "
                            "verändert, kann sich nicht mehr ohne Weiteres auf dessen "
                            "Wirkungsnachweis berufen.</p>"
                        ),
                    ),
                    (
                        "key_statement",
                        {
                            "text": (
                                "Bevor Sie eine neue Maßnahme entwickeln, prüfen Sie, "
                                "ob es für Ihr Problem bereits ein erprobtes Programm "
                                "gibt – und setzen Sie es so um, wie es konzipiert "
                                "wurde."
                            ),
                        },
                    ),
                    (
                        "heading",
                        {
                            "text": (
                                "Communities That Care: Prävention als kommunaler "
                                "Prozess"
                            ),
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p><i>Communities That Care</i> (CTC) ist eine "
                            "Präventionsstrategie, die in den USA von J. David Hawkins "
                            "und Richard F. Catalano entwickelt und vom "
                            "Landespräventionsrat Niedersachsen nach Deutschland "
                            "übertragen wurde. CTC ist kein einzelnes Programm, "
                            "sondern ein strukturierter Prozess, mit dem eine Kommune "
                            "oder ein Stadtteil die Prävention von Problemverhalten "
                            "bei Kindern und Jugendlichen plant. Vereinfacht umfasst "
                            "er folgende Schritte:</p>"
                            "<ul><li>Eine Kommune entscheidet sich für den Prozess und "
                            "gewinnt Schlüsselpersonen aus Politik, Verwaltung und "
                            "Zivilgesellschaft.</li>"
                            "<li>Ein breit besetztes Gebietsteam wird gebildet und "
                            "geschult.</li>"
                            "<li>Mit einer Befragung von Schülerinnen und Schülern "
                            "werden die örtlich besonders ausgeprägten Risikofaktoren "
                            "und die schwach ausgeprägten Schutzfaktoren ermittelt; "
                            "vorhandene Angebote werden erfasst.</li>"
                            "<li>Auf dieser Grundlage werden Prioritäten gesetzt und "
                            "in einem Aktionsplan wirksame Programme ausgewählt, etwa "
                            "aus der Grünen Liste Prävention.</li>"
                            "<li>Die Programme werden umgesetzt, ihre Umsetzung wird "
                            "begleitet, und die Entwicklung wird durch wiederholte "
                            "Befragungen überprüft.</li>"
                            "</ul><p>CTC verbindet damit drei Elemente, die auch für "
                            "Beccaria-Projekte zentral sind: eine datenbasierte "
                            "Problem- und Ursachenanalyse, die Auswahl erprobter "
                            "Maßnahmen und die Überprüfung der Wirkung.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": (
                                "Kommunale Präventionsgremien und berufsübergreifende "
                                "Zusammenarbeit"
                            ),
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Seit den 1990er-Jahren sind in vielen deutschen "
                            "Städten und Gemeinden kommunale Präventionsräte und "
                            "vergleichbare Gremien entstanden, auch in Sachsen. Sie "
                            "bringen Verwaltung, Polizei, Schulen, Jugendhilfe, "
                            "Soziale Arbeit, Justiz, Wohnungswirtschaft, Vereine und "
                            "engagierte Bürgerinnen und Bürger an einen Tisch. Der "
                            "Landespräventionsrat Sachsen unterstützt Kommunen unter "
                            "anderem mit dem Programm <a "
                            'href="https://www.asskomm.sachsen.de/'
                            'programm-9444.html">„Allianz Sichere Sächsische Kommunen“ '
                            "(ASSKomm)</a>, das sich ausdrücklich auf den "
                            "Beccaria-Ansatz bezieht.</p>"
                            "<p>Ob ein Gremium wirksam arbeitet, hängt weniger von "
                            "seiner Größe ab als von einigen Gelingensbedingungen:</p>"
                            "<ul><li>Rückhalt der Verwaltungsspitze und ein klarer "
                            "Auftrag;</li>"
                            "<li>eine verlässliche Koordination oder Geschäftsstelle "
                            "mit ausreichend Zeit für diese Aufgabe;</li>"
                            "<li>gemeinsame, datenbasierte Lagebilder statt "
                            "Einzelfallerzählungen;</li>"
                            "<li>klare Ziele, Zuständigkeiten und Absprachen über den "
                            "Umgang mit Daten, besonders mit personenbezogenen "
                            "Informationen;</li>"
                            "<li>Arbeitsgruppen zu konkreten Themen, in denen "
                            "Fachkräfte aus der Praxis mitarbeiten;</li>"
                            "<li>Offenheit für die unterschiedlichen Aufträge und "
                            "Arbeitsweisen der beteiligten Berufe.</li>"
                            "</ul><p>Gerade der letzte Punkt ist in der Praxis "
                            "entscheidend. Die Polizei ist an das Legalitätsprinzip "
                            "gebunden, die Soziale Arbeit an Vertrauensschutz und "
                            "Schweigepflicht, die Schule an ihren Bildungs- und "
                            "Erziehungsauftrag, die Verwaltung an Haushalts- und "
                            "Zuständigkeitsregeln. Ein Beispiel: In einer sächsischen "
                            "Gemeinde beobachtet die Schulsozialarbeit zunehmende "
                            "Konflikte an der Oberschule, die Bürgerpolizistin erhält "
                            "Hinweise auf Sachbeschädigungen am benachbarten "
                            "Spielplatz. Im Präventionsrat werden die Beobachtungen "
                            "ohne Personenbezug zusammengeführt. Gemeinsam entsteht "
                            "ein Projekt, in dem ein erprobtes Schulprogramm zur "
                            "Gewaltprävention, ein Beteiligungsangebot für Jugendliche "
                            "und die Aufwertung des Spielplatzes ineinandergreifen.</p>"
                        ),
                    ),
                    (
                        "reflection_question",
                        {
                            "question": (
                                "Welche Berufsgruppen und Institutionen sollten an "
                                "einem Präventionsgremium in Ihrer Kommune beteiligt "
                                "sein, und wo sehen Sie mögliche Reibungspunkte in der "
                                "Zusammenarbeit?"
                            ),
                            "hint": (
                                "Überlegen Sie, welche rechtlichen Aufträge und "
                                "Schweigepflichten die Beteiligten haben und wie ein "
                                "Gremium transparent damit umgehen kann."
                            ),
                        },
                    ),
                ],
            },
        ],
    },
]
