"""Demo content of the public site pages (German).

Data only; `lms.demo.site.seed()` turns it into pages. Block lists use
`(block_type, value)` tuples as in `cms.blocks.ContentStreamBlock`.
"""

# Von der Geschäftsstelle des LPR Sachsen (und ihrer/ihrem
# Datenschutzbeauftragten) vor der Veröffentlichung zu bestätigen:
#
# Startseite und Lehrgang
#  1. Ablauf in Sachsen: vier Module mit je zwei Seminarwochenenden über etwa
#     ein Jahr (belegt nur für Niedersachsen) und der Online-Anteil zwischen
#     den Wochenenden.
#  2. Gruppengröße „in der Regel bis zu 25 Personen“ (belegt nur für
#     Niedersachsen) und die Mischung der Teilnehmenden zu je etwa einem
#     Drittel Polizei / Kommunen / Soziale Arbeit, Wissenschaft und Schule
#     (Quelle: LPR NRW über das niedersächsische Programm).
#  3. „In Sachsen seit 2013“ (nur Wikipedia-Spiegel, teilweise belegt).
#  4. Zugang: Zugangsdaten vergibt die Geschäftsstelle nach Aufnahme in
#     einen Durchgang (keine Selbstregistrierung).
#  5. Praxisprojekt: Orientierung an den Beccaria-Standards, Begleitung im
#     Modul „Projektbegleitung“, Bewertung durch die Trainerinnen und Trainer.
#  6. Anwesenheitsquote „in der Regel 80 Prozent“ (Vorgabe der Plattform).
#  7. Wortlaut zur Marke „Beccaria Fachkraft Kriminalprävention“
#     (Markeninhaber, Lizenzhinweis) und die Zertifikatsangaben.
#  8. „Cesare Beccaria, italienischer Aufklärer und Strafrechtsreformer“ ist
#     Allgemeinwissen, nicht aus DOMAIN.md.
#
# Impressum
#  9. Herausgeber „Freistaat Sachsen, vertreten durch das SMI“, die
#     Vertretungsregel und die Anschrift Wilhelm-Buck-Straße 2 (nur teilweise
#     belegt); ob eine namentlich benannte verantwortliche Person, eine
#     USt-IdNr. oder eine Aufsichtsbehörde anzugeben ist.
# 10. Absätze „Urheberrecht“ und „Links zu anderen Websites“.
# 11. Die Platzhalter-E-Mail geschaeftsstelle@lpr.sachsen.invalid muss durch
#     die echte Funktionsadresse ersetzt werden (alle Seiten).
#
# Datenschutzerklärung
# 12. Verantwortlicher ist das SMI (Geschäftsstelle des LPR); Kontaktweg
#     zur/zum Datenschutzbeauftragten (ggf. eigene E-Mail-Adresse ergänzen).
# 13. Rechtsgrundlagen: Art. 6 Abs. 1 Buchst. e DSGVO i. V. m. SächsDSDG
#     (ggf. Paragraf und Aufgabennorm des LPR ergänzen); Buchst. c i. V. m.
#     Art. 32 DSGVO für Sicherheitsprotokolle; Buchst. c i. V. m. BfWebG für
#     Barriere-Meldungen; kein Buchst. f.
# 14. Betrieb durch die Geschäftsstelle selbst, ohne Auftragsverarbeiter
#     (auch Rechenzentrum und E-Mail-Versand); keine Übermittlung an andere
#     Stellen (z. B. LPR Niedersachsen als Programmträger).
# 15. Es gibt ein Löschkonzept mit Fristen für alle genannten Kategorien;
#     Zertifikatsregister langfristig.
# 16. Anmeldeprotokoll: django-axes speichert in der Grundeinstellung auch
#     erfolgreiche Anmeldungen (AccessLog) und den User-Agent; der Text
#     beschreibt das. Wird AXES_DISABLE_ACCESS_LOG gesetzt, Text anpassen.
# 17. Inhalt der Server-Logs (hängt von der Konfiguration des Webservers ab).
# 18. Cookie-Namen und Laufzeiten entsprechen den Django-Standardwerten
#     (sessionid bis 2 Wochen, csrftoken bis 1 Jahr, django_language bis
#     Ende der Browsersitzung); bei geänderten Einstellungen anpassen. Das
#     kurzlebige Cookie „messages“ (Django-Nachrichten, Standard-Speicher
#     FallbackStorage, z. B. nach dem Barriere-Formular) ist ergänzt.
# 19. Anschrift der Sächsischen Datenschutz- und Transparenzbeauftragten
#     (Devrientstraße 5, 01067 Dresden; nicht aus DOMAIN.md).
#
# Erklärung zur Barrierefreiheit
# 20. Zuständige Stelle für das Durchsetzungsverfahren in Sachsen (bisher
#     nur Verweis auf die Überwachungsstelle bei dzb lesen).
# 21. Antwortfrist von einem Monat nach sächsischem Recht.
# 22. Ob Leichte Sprache und DGS nach sächsischem Recht Pflicht sind (hier
#     vorsorglich als bekannte Barriere aufgeführt).
# 23. Zertifikate und Teilnahmebescheinigungen: das PDF ist nicht getaggt
#     (xhtml2pdf); als Alternative nennt die Erklärung die HTML-Textfassung.

HOME = {
    "title": "Fachkraft für Kriminalprävention lernen – online und vor Ort",
    "intro": (
        "<p>Das Beccaria LMS ist die Lernplattform des Landespräventionsrats Sachsen "
        "für die berufsbegleitende Qualifizierung zur „Fachkraft für "
        "Kriminalprävention“. Hier bereiten Sie die Seminarwochenenden vor und nach, "
        "bearbeiten Online-Lektionen und reichen Ihr Praxisprojekt ein. Ihren "
        "Lernstand sehen Sie jederzeit auf einen Blick.</p>"
    ),
    "body": [
        ("heading", {"text": "Für wen ist der Lehrgang gedacht?", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Der Lehrgang richtet sich an Menschen, die haupt-, neben- oder "
                "ehrenamtlich in der Kriminalprävention tätig sind und ihre Arbeit "
                "fachlich fundieren möchten, zum Beispiel:</p>"
                "<ul>"
                "<li>Geschäftsführerinnen und Geschäftsführer kommunaler "
                "Präventionsräte,</li>"
                "<li>Präventionsfachkräfte aus Polizei, Landes- und Kommunalverwaltung "
                "sowie von freien Trägern,</li>"
                "<li>Beschäftigte der Justiz, etwa aus Bewährungshilfe, Gerichten und "
                "Justizvollzug,</li>"
                "<li>Fachkräfte aus Schule, Bildung und Sozialer Arbeit.</li>"
                "</ul>"
                "<p>In den Gruppen lernen Menschen aus Polizei, Kommunen, Sozialer "
                "Arbeit, Wissenschaft und Schule gemeinsam. Der Austausch über "
                "Berufsgrenzen hinweg ist ein wichtiger Teil des Lehrgangs.</p>"
            ),
        ),
        ("heading", {"text": "So funktioniert der Lehrgang", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Der Lehrgang dauert etwa ein Jahr und lässt sich neben dem Beruf "
                "absolvieren. Er verbindet Seminare vor Ort mit Lernen am eigenen "
                "Rechner.</p>"
            ),
        ),
        ("heading", {"text": "Vier Module, die aufeinander aufbauen", "level": "h3"}),
        (
            "paragraph",
            (
                "<ol>"
                "<li><b>Kriminologie:</b> Warum werden Menschen straffällig, und was "
                "hilft, kriminelle Karrieren zu unterbrechen?</li>"
                "<li><b>Kriminalprävention:</b> Ansätze aus dem gesamten Feld der "
                "Prävention und die Zusammenarbeit mit anderen Professionen.</li>"
                "<li><b>Projektmanagement:</b> Präventionsprojekte systematisch "
                "planen, durchführen und auf ihren Erfolg prüfen.</li>"
                "<li><b>Projektbegleitung:</b> Das Gelernte im eigenen Projekt "
                "anwenden, mit fachlicher Begleitung.</li>"
                "</ol>"
            ),
        ),
        ("heading", {"text": "Seminarwochenenden und Online-Lektionen", "level": "h3"}),
        (
            "paragraph",
            (
                "<p>Zu jedem Modul gehören Seminarwochenenden, an denen Sie mit Ihrer "
                "Gruppe und den Trainerinnen und Trainern arbeiten. Dazwischen "
                "vertiefen Sie die Inhalte hier auf der Plattform: in "
                "Online-Lektionen, kurzen Wissens-Checks und Reflexionsfragen, die den "
                "Stoff mit Ihrer eigenen Praxis verbinden. Die Plattform merkt sich "
                "Ihren Fortschritt, sodass Sie jederzeit dort weitermachen können, wo "
                "Sie aufgehört haben.</p>"
            ),
        ),
        ("heading", {"text": "Ihr Praxisprojekt", "level": "h3"}),
        (
            "paragraph",
            (
                "<p>Im Lauf des Lehrgangs entwickeln Sie ein eigenes "
                "kriminalpräventives Projekt – von der Beschreibung des Problems über "
                "Ziele und Maßnahmen bis zur Überprüfung der Wirkung. Ihre Unterlagen "
                "reichen Sie auf der Plattform ein und erhalten dort die Rückmeldung "
                "Ihrer Trainerinnen und Trainer.</p>"
            ),
        ),
        ("heading", {"text": "Das Zertifikat", "level": "h3"}),
        (
            "paragraph",
            (
                "<p>Wer alle vier Module abgeschlossen, das Praxisprojekt bestanden "
                "und im geforderten Umfang an den Seminartagen teilgenommen hat, "
                "erhält das Zertifikat „Fachkraft für Kriminalprävention“. Jedes "
                "Zertifikat trägt eine Nummer, mit der seine Echtheit geprüft werden "
                "kann.</p>"
            ),
        ),
        (
            "key_statement",
            {
                "text": (
                    "Gemeinsam lernen, online vertiefen, im eigenen Projekt anwenden: "
                    "So wird aus Wissen wirksame Präventionsarbeit."
                ),
            },
        ),
        ("heading", {"text": "So melden Sie sich an", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Ihre Zugangsdaten erhalten Sie von der Geschäftsstelle des "
                "Landespräventionsrats Sachsen, sobald Sie in einen Durchgang "
                "aufgenommen sind.</p>"
                "<ol>"
                "<li>Wählen Sie oben auf der Seite <b>„Anmelden“</b>.</li>"
                "<li>Geben Sie Ihren Benutzernamen und Ihr Passwort ein.</li>"
                "<li>Nach der Anmeldung können Sie die Lektionen Ihres Durchgangs "
                "bearbeiten und Ihren Lernstand einsehen.</li>"
                "</ol>"
                "<p>Haben Sie Ihr Passwort vergessen, wählen Sie auf der Anmeldeseite "
                "<b>„Passwort vergessen?“</b>. Sie erhalten dann eine E-Mail, mit der "
                "Sie ein neues Passwort festlegen. Nach mehreren fehlgeschlagenen "
                "Versuchen wird die Anmeldung zu Ihrem Schutz für kurze Zeit "
                "gesperrt.</p>"
                "<p>Wenn Ihnen auf der Plattform eine Barriere auffällt, nutzen Sie "
                "bitte den Link <b>„Barriere melden“</b> am Ende jeder Seite.</p>"
            ),
        ),
    ],
}


IMPRINT = {
    "title": "Impressum",
    "slug": "impressum",
    "body": [
        ("heading", {"text": "Anbieter", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Das Beccaria LMS ist ein Angebot des Freistaates Sachsen, "
                "vertreten durch das Sächsische Staatsministerium des Innern. Betreut "
                "wird es von der dort eingerichteten Geschäftsstelle des "
                "Landespräventionsrats Sachsen.</p>"
                "<p><b>Anschrift:</b> Sächsisches Staatsministerium des Innern, "
                "Geschäftsstelle des Landespräventionsrats Sachsen, "
                "Wilhelm-Buck-Straße 2, 01097 Dresden</p>"
                '<p><b>E-Mail:</b> <a href="mailto:geschaeftsstelle@'
                'lpr.sachsen.invalid">geschaeftsstelle@lpr.sachsen.invalid</a></p>'
            ),
        ),
        ("heading", {"text": "Vertretung", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Der Freistaat Sachsen wird bei diesem Angebot durch das Sächsische "
                "Staatsministerium des Innern vertreten. Dieses wird durch die "
                "Staatsministerin oder den Staatsminister des Innern vertreten.</p>"
            ),
        ),
        ("heading", {"text": "Verantwortlich für den Inhalt", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Geschäftsstelle des Landespräventionsrats Sachsen, Anschrift wie "
                "oben.</p>"
            ),
        ),
        ("heading", {"text": "Technischer Betrieb", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Die Plattform wird vom Landespräventionsrat Sachsen selbst "
                "betrieben. Dienste Dritter, etwa externe Schriftarten, Analyse- oder "
                "Trackingdienste, sind nicht eingebunden.</p>"
            ),
        ),
        ("heading", {"text": "Hinweis zum Beccaria-Programm", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Das Qualifizierungsprogramm „Fachkraft für Kriminalprävention“ "
                "wurde vom Landespräventionsrat Niedersachsen entwickelt. „Beccaria "
                "Fachkraft Kriminalprävention“ ist eine beim Deutschen Patent- und "
                "Markenamt eingetragene Marke.</p>"
            ),
        ),
        ("heading", {"text": "Urheberrecht", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Die Texte und Lehrmaterialien dieser Plattform sind "
                "urheberrechtlich geschützt. Sie dürfen sie für Ihre Teilnahme am "
                "Lehrgang nutzen. Jede darüber hinausgehende Verwendung, insbesondere "
                "die Veröffentlichung oder Weitergabe an Dritte, bedarf der Zustimmung "
                "der Geschäftsstelle, soweit bei dem jeweiligen Material nichts "
                "anderes angegeben ist.</p>"
            ),
        ),
        ("heading", {"text": "Links zu anderen Websites", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Diese Plattform enthält Links zu Websites anderer Anbieter. Für "
                "deren Inhalte sind allein die jeweiligen Anbieter verantwortlich. Als "
                "die Links gesetzt wurden, waren keine rechtswidrigen Inhalte "
                "erkennbar. Sollten Sie auf einen Link stoßen, der zu rechtswidrigen "
                "Inhalten führt, teilen Sie uns dies bitte mit; wir entfernen ihn dann "
                "umgehend.</p>"
            ),
        ),
        ("heading", {"text": "Datenschutz und Barrierefreiheit", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Wie wir mit Ihren Daten umgehen, lesen Sie in der "
                "Datenschutzerklärung. Wie barrierefrei die Plattform ist und wie Sie "
                "uns Barrieren melden können, steht in der Erklärung zur "
                "Barrierefreiheit. Beide Seiten sind am Ende jeder Seite verlinkt.</p>"
            ),
        ),
    ],
}

PRIVACY = {
    "title": "Datenschutzerklärung",
    "slug": "datenschutz",
    "body": [
        (
            "paragraph",
            (
                "<p>Mit dieser Datenschutzerklärung informieren wir Sie nach Artikel "
                "13 der Datenschutz-Grundverordnung (DSGVO) darüber, welche "
                "personenbezogenen Daten wir im Beccaria LMS verarbeiten, wozu und auf "
                "welcher Rechtsgrundlage wir das tun und welche Rechte Sie haben.</p>"
            ),
        ),
        ("heading", {"text": "Verantwortliche Stelle", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Verantwortlich für die Datenverarbeitung ist das Sächsische "
                "Staatsministerium des Innern, Geschäftsstelle des "
                "Landespräventionsrats Sachsen, Wilhelm-Buck-Straße 2, 01097 "
                "Dresden.</p>"
                '<p><b>E-Mail:</b> <a href="mailto:geschaeftsstelle@'
                'lpr.sachsen.invalid">geschaeftsstelle@lpr.sachsen.invalid</a></p>'
            ),
        ),
        (
            "heading",
            {
                "text": "Datenschutzbeauftragte oder Datenschutzbeauftragter",
                "level": "h2",
            },
        ),
        (
            "paragraph",
            (
                "<p>Sie erreichen die oder den behördlichen Datenschutzbeauftragten "
                "unter der Anschrift: Sächsisches Staatsministerium des Innern, z. Hd. "
                "der/des Datenschutzbeauftragten, Wilhelm-Buck-Straße 2, 01097 "
                "Dresden. Bitte kennzeichnen Sie Ihr Schreiben als „vertraulich“.</p>"
            ),
        ),
        ("heading", {"text": "Betrieb der Plattform", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Der Landespräventionsrat Sachsen betreibt die Plattform selbst. "
                "Wir binden keine Dienste Dritter ein: keine externen Schriftarten, "
                "kein Content-Delivery-Network, keine Analyse- oder Trackingdienste "
                "und keine Social-Media-Plugins. Alle Daten werden verschlüsselt "
                "übertragen (HTTPS).</p>"
            ),
        ),
        ("heading", {"text": "Welche Daten wir verarbeiten und warum", "level": "h2"}),
        ("heading", {"text": "Teilnahme am Lehrgang", "level": "h3"}),
        (
            "paragraph",
            (
                "<p>Damit Sie am Lehrgang „Fachkraft für Kriminalprävention“ "
                "teilnehmen können, verarbeiten wir:</p>"
                "<ul>"
                "<li>Kontodaten: Name, E-Mail-Adresse, Benutzername, Organisation und "
                "Berufsfeld,</li>"
                "<li>Ihren Lernfortschritt in den Online-Lektionen,</li>"
                "<li>Ihre Versuche und Ergebnisse in Wissens-Checks,</li>"
                "<li>Ihre Projektabgaben einschließlich angehängter Dateien,</li>"
                "<li>Rückmeldungen und Bewertungen der Trainerinnen und Trainer,</li>"
                "<li>Ihre Anwesenheit an den Seminartagen,</li>"
                "<li>Ihr Zertifikat: Name, Zertifikatsnummer, Ausstellungsdatum und "
                "abgeschlossene Module.</li>"
                "</ul>"
                "<p>Wir nutzen diese Daten, um den Lehrgang zu organisieren und "
                "durchzuführen, Sie fachlich zu begleiten, Ihre Leistungen zu "
                "bewerten, die Voraussetzungen für das Zertifikat festzustellen und "
                "das Zertifikat auszustellen. Ihre E-Mail-Adresse verwenden wir "
                "außerdem für Nachrichten der Plattform, etwa wenn Sie ein neues "
                "Passwort anfordern.</p>"
                "<p><b>Rechtsgrundlage</b> ist Art. 6 Abs. 1 Buchst. e DSGVO in "
                "Verbindung mit dem Sächsischen Datenschutzdurchführungsgesetz "
                "(SächsDSDG). Die Verarbeitung ist erforderlich, damit die "
                "Geschäftsstelle des Landespräventionsrats ihre öffentliche Aufgabe "
                "erfüllen kann, Fachkräfte in der Kriminalprävention zu "
                "qualifizieren.</p>"
                "<p>Die Angaben sind für die Teilnahme erforderlich. Ohne sie können "
                "Sie nicht am Lehrgang teilnehmen und kein Zertifikat erhalten.</p>"
                "<p>Bitte nehmen Sie in Ihre Projektunterlagen keine personenbezogenen "
                "Daten anderer Personen auf, etwa von Betroffenen oder Klientinnen und "
                "Klienten, oder anonymisieren Sie diese vorher.</p>"
            ),
        ),
        (
            "heading",
            {"text": "Zertifikatsregister und Echtheitsprüfung", "level": "h3"},
        ),
        (
            "paragraph",
            (
                "<p>Zu jedem ausgestellten Zertifikat führen wir einen Eintrag in "
                "einem Register. Wer die Zertifikatsnummer oder den Prüfcode kennt, "
                "kann auf der Plattform prüfen, ob ein Zertifikat echt ist. Angezeigt "
                "werden dabei nur Name, Lehrgang, Module und Ausstellungsdatum. "
                "Rechtsgrundlage ist Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit "
                "dem SächsDSDG.</p>"
            ),
        ),
        ("heading", {"text": "Anmeldung und Schutz vor Angriffen", "level": "h3"}),
        (
            "paragraph",
            (
                "<p>Um Ihr Konto vor dem Erraten von Passwörtern zu schützen, "
                "speichern wir bei Anmeldeversuchen den eingegebenen Benutzernamen, "
                "die IP-Adresse, den Zeitpunkt und die technische Kennung Ihres "
                "Browsers (User-Agent). Nach mehreren Fehlversuchen wird die Anmeldung "
                "für diesen Benutzernamen von dieser IP-Adresse aus für kurze Zeit "
                "gesperrt. Erfolgreiche Anmeldungen werden ebenfalls protokolliert, "
                "damit ein Missbrauch Ihres Kontos erkannt werden kann.</p>"
            ),
        ),
        ("heading", {"text": "Server-Protokolle", "level": "h3"}),
        (
            "paragraph",
            (
                "<p>Bei jedem Aufruf einer Seite speichert der Server technische Daten "
                "in Protokolldateien: Ihre IP-Adresse, Datum und Uhrzeit, die "
                "aufgerufene Adresse, den Statuscode der Antwort, die übertragene "
                "Datenmenge und die Kennung Ihres Browsers. Wir brauchen diese Daten, "
                "um die Plattform zu betreiben, Fehler zu finden und Angriffe "
                "abzuwehren.</p>"
                "<p><b>Rechtsgrundlage</b> für Anmelde- und Server-Protokolle ist Art. "
                "6 Abs. 1 Buchst. e DSGVO in Verbindung mit dem SächsDSDG. Zugleich "
                "erfüllen wir damit unsere Pflicht, die Sicherheit der Verarbeitung zu "
                "gewährleisten (Art. 6 Abs. 1 Buchst. c in Verbindung mit Art. 32 "
                "DSGVO). Auf berechtigte Interessen nach Art. 6 Abs. 1 Buchst. f DSGVO "
                "stützen wir uns nicht, weil diese Rechtsgrundlage für Behörden bei "
                "der Erfüllung ihrer Aufgaben nicht gilt.</p>"
            ),
        ),
        ("heading", {"text": "Meldungen zur Barrierefreiheit", "level": "h3"}),
        (
            "paragraph",
            (
                "<p>Über das Formular „Barriere melden“ können Sie uns Barrieren "
                "mitteilen oder Inhalte in einem barrierefreien Format anfordern. Wir "
                "speichern Ihre Beschreibung, die betroffene Seite, ein gewünschtes "
                "Format und – nur wenn Sie diese freiwillig angeben – Ihren Namen und "
                "Ihre E-Mail-Adresse. Ohne E-Mail-Adresse können wir Ihnen nicht "
                "antworten. Die zuständigen Beschäftigten der Geschäftsstelle "
                "bearbeiten die Meldung.</p>"
                "<p><b>Rechtsgrundlage</b> ist Art. 6 Abs. 1 Buchst. c DSGVO in "
                "Verbindung mit dem Barrierefreie-Websites-Gesetz des Freistaates "
                "Sachsen, das öffentliche Stellen verpflichtet, einen solchen "
                "Kontaktweg anzubieten und Meldungen zu beantworten.</p>"
            ),
        ),
        ("heading", {"text": "Cookies", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Die Plattform setzt nur Cookies, die technisch notwendig sind:</p>"
                "<ul>"
                "<li><b>Sitzungs-Cookie</b> („sessionid“): hält Sie nach der Anmeldung "
                "angemeldet. Er wird beim Abmelden ungültig und läuft spätestens nach "
                "zwei Wochen ab.</li>"
                "<li><b>CSRF-Cookie</b> („csrftoken“): schützt Formulare davor, von "
                "fremden Websites aus missbraucht zu werden. Er läuft spätestens nach "
                "einem Jahr ab.</li>"
                "<li><b>Sprach-Cookie</b> („django_language“): wird nur gesetzt, wenn "
                "Sie die Sprache der Oberfläche wechseln, und speichert Ihre Wahl bis "
                "zum Ende der Browsersitzung.</li>"
                "<li><b>Hinweis-Cookie</b> („messages“): wird nur kurz gesetzt, um "
                "nach dem Absenden eines Formulars eine Bestätigung anzuzeigen, und "
                "danach sofort gelöscht.</li>"
                "</ul>"
                "<p>Eine Einwilligung ist dafür nicht erforderlich, weil diese Cookies "
                "unbedingt erforderlich sind, um den von Ihnen gewünschten Dienst "
                "bereitzustellen (§ 25 Abs. 2 Nr. 2 TDDDG).</p>"
            ),
        ),
        ("heading", {"text": "Wer Ihre Daten erhält", "level": "h2"}),
        (
            "paragraph",
            (
                "<ul>"
                "<li><b>Trainerinnen und Trainer</b> sehen die Daten der Teilnehmenden "
                "ihrer eigenen Durchgänge, soweit sie diese für die Begleitung und "
                "Bewertung brauchen: Kontodaten, Lernfortschritt, Ergebnisse von "
                "Wissens-Checks, Projektabgaben, Anwesenheit sowie ihre eigenen "
                "Rückmeldungen und Bewertungen. Daten anderer Durchgänge sehen sie "
                "nicht.</li>"
                "<li><b>Beschäftigte der Geschäftsstelle</b>, die den Lehrgang "
                "organisieren, Zertifikate ausstellen oder die Plattform betreuen, "
                "erhalten Zugriff, soweit es für ihre Aufgaben erforderlich ist.</li>"
                "<li><b>Personen, denen Sie Ihre Zertifikatsnummer oder den Prüfcode "
                "mitteilen</b>, können Name, Lehrgang, Module und Ausstellungsdatum "
                "Ihres Zertifikats abrufen.</li>"
                "</ul>"
                "<p>An andere Stellen übermitteln wir Ihre Daten nur, wenn wir "
                "gesetzlich dazu verpflichtet sind. Eine Übermittlung in Staaten "
                "außerhalb der Europäischen Union oder des Europäischen "
                "Wirtschaftsraums oder an internationale Organisationen findet nicht "
                "statt.</p>"
            ),
        ),
        ("heading", {"text": "Wie lange wir Ihre Daten speichern", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Wir speichern personenbezogene Daten nur so lange, wie es für den "
                "jeweiligen Zweck erforderlich ist. Die Fristen richten sich nach dem "
                "Löschkonzept des Landespräventionsrats Sachsen. Nach Ablauf der Frist "
                "werden die Daten gelöscht oder anonymisiert.</p>"
                "<ul>"
                "<li><b>Lehrgangsdaten</b> (Konto, Lernfortschritt, Wissens-Checks, "
                "Projektabgaben, Rückmeldungen, Bewertungen, Anwesenheit) werden nach "
                "Abschluss Ihres Durchgangs nur für die im Löschkonzept festgelegte "
                "Frist aufbewahrt.</li>"
                "<li><b>Anmelde- und Server-Protokolle</b> werden nur so lange "
                "gespeichert, wie es für die Sicherheit des Betriebs und die "
                "Fehlersuche nötig ist.</li>"
                "<li><b>Meldungen zur Barrierefreiheit</b> werden nach Abschluss der "
                "Bearbeitung für die im Löschkonzept festgelegte Frist aufbewahrt.</li>"
                "<li><b>Das Zertifikatsregister</b> bewahren wir langfristig auf, "
                "damit Ihr Zertifikat auch nach Jahren noch auf seine Echtheit geprüft "
                "werden kann.</li>"
                "</ul>"
                "<p>Auf Anfrage nennen wir Ihnen die konkreten Fristen.</p>"
            ),
        ),
        ("heading", {"text": "Ihre Rechte", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Sie haben gegenüber dem Verantwortlichen folgende Rechte:</p>"
                "<ul>"
                "<li><b>Auskunft</b> über die zu Ihrer Person gespeicherten Daten und "
                "eine Kopie dieser Daten (Art. 15 DSGVO),</li>"
                "<li><b>Berichtigung</b> unrichtiger oder unvollständiger Daten (Art. "
                "16 DSGVO),</li>"
                "<li><b>Löschung</b> Ihrer Daten (Art. 17 DSGVO), soweit wir sie nicht "
                "mehr benötigen oder eine Ausnahme greift, zum Beispiel weil die Daten "
                "zur Erfüllung einer öffentlichen Aufgabe erforderlich sind, wie beim "
                "Zertifikatsregister,</li>"
                "<li><b>Einschränkung der Verarbeitung</b> (Art. 18 DSGVO),</li>"
                "<li><b>Widerspruch</b> gegen die Verarbeitung aus Gründen, die sich "
                "aus Ihrer besonderen Situation ergeben (Art. 21 DSGVO). Wir "
                "verarbeiten die Daten dann nicht mehr, es sei denn, wir können "
                "zwingende schutzwürdige Gründe nachweisen, die Ihre Interessen "
                "überwiegen, oder die Verarbeitung dient der Geltendmachung, Ausübung "
                "oder Verteidigung von Rechtsansprüchen.</li>"
                "</ul>"
                "<p>Das Recht auf Datenübertragbarkeit (Art. 20 DSGVO) gilt nur für "
                "Verarbeitungen auf Grundlage einer Einwilligung oder eines Vertrags, "
                "nicht aber für die Wahrnehmung öffentlicher Aufgaben. Hier steht es "
                "Ihnen daher in der Regel nicht zu.</p>"
                "<p>Wenden Sie sich für Ihre Anliegen formlos an die oben genannte "
                "verantwortliche Stelle oder an die oder den Datenschutzbeauftragten. "
                "Wir antworten innerhalb eines Monats; in schwierigen Fällen kann sich "
                "diese Frist verlängern, worüber wir Sie informieren (Art. 12 Abs. 3 "
                "DSGVO).</p>"
            ),
        ),
        ("heading", {"text": "Beschwerde bei der Aufsichtsbehörde", "level": "h3"}),
        (
            "paragraph",
            (
                "<p>Wenn Sie meinen, dass die Verarbeitung Ihrer Daten gegen das "
                "Datenschutzrecht verstößt, können Sie sich bei einer "
                "Datenschutz-Aufsichtsbehörde beschweren (Art. 77 DSGVO). Für uns "
                "zuständig ist die Sächsische Datenschutz- und Transparenzbeauftragte, "
                "Devrientstraße 5, 01067 Dresden.</p>"
            ),
        ),
        (
            "heading",
            {"text": "Keine automatisierte Entscheidungsfindung", "level": "h2"},
        ),
        (
            "paragraph",
            (
                "<p>Wir treffen keine ausschließlich automatisierten Entscheidungen im "
                "Sinne von Art. 22 DSGVO und nutzen kein Profiling. Die Bewertung "
                "Ihres Praxisprojekts und die Erfassung Ihrer Anwesenheit nehmen "
                "Menschen vor. Die Plattform prüft lediglich, ob die festgelegten "
                "Voraussetzungen für das Zertifikat erfüllt sind. Die kurze Sperre "
                "nach mehreren fehlgeschlagenen Anmeldeversuchen ist eine reine "
                "Sicherheitsmaßnahme.</p>"
            ),
        ),
        ("heading", {"text": "Änderungen dieser Datenschutzerklärung", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Wir passen diese Datenschutzerklärung an, wenn sich die Plattform "
                "oder die Rechtslage ändert. Es gilt die jeweils auf dieser Seite "
                "veröffentlichte Fassung.</p>"
            ),
        ),
    ],
}

ACCESSIBILITY = {
    "title": "Erklärung zur Barrierefreiheit",
    "slug": "barrierefreiheit",
    "intro": (
        "<p>Der Landespräventionsrat Sachsen ist bemüht, seine Lernplattform Beccaria "
        "LMS barrierefrei zugänglich zu machen. Rechtsgrundlage sind das "
        "Barrierefreie-Websites-Gesetz des Freistaates Sachsen (BfWebG) vom 10. April "
        "2019 und die Barrierefreie-Websites-Verordnung (BfWebVO). Das Gesetz setzt "
        "die Richtlinie (EU) 2016/2102 um und verweist auf die Anforderungen der "
        "Barrierefreie-Informationstechnik-Verordnung (BITV 2.0).</p>"
        "<p>Diese Erklärung gilt für die gesamte Plattform: die öffentlich "
        "zugänglichen Seiten, die Bereiche, die erst nach der Anmeldung erreichbar "
        "sind, und die zum Herunterladen angebotenen Dokumente.</p>"
    ),
    "compliance_status": "partial",
    "compliance_text": (
        "<p>Maßstab ist die harmonisierte europäische Norm EN 301 549, deren "
        "Anforderungen an Webinhalte den Web Content Accessibility Guidelines (WCAG) "
        "2.1 auf Konformitätsstufe AA entsprechen. Die Plattform ist nur teilweise mit "
        "diesen Anforderungen vereinbar, weil die unten aufgeführten Inhalte noch "
        "nicht oder nicht vollständig barrierefrei sind.</p>"
    ),
    "known_barriers": [
        {
            "content": (
                "Von Teilnehmenden sowie Trainerinnen und Trainern hochgeladene "
                "Dokumente"
            ),
            "reason": (
                "Dateien, die Teilnehmende sowie Trainerinnen und Trainer hochladen, "
                "etwa Projektunterlagen, Anhänge oder Präsentationen, werden nicht "
                "vollständig auf Barrierefreiheit geprüft. Sie können zum Beispiel "
                "fehlende Textalternativen, eine fehlende Struktur oder zu geringe "
                "Kontraste enthalten."
            ),
            "alternative": (
                "Auf Anfrage erhalten Sie das Dokument in einem barrierefreien Format. "
                "Nutzen Sie dafür bitte das Formular „Barriere melden“ und nennen Sie "
                "das Dokument und das gewünschte Format."
            ),
        },
        {
            "content": "Zertifikate und Teilnahmebescheinigungen als PDF",
            "reason": (
                "Die PDF-Dateien der Zertifikate und Teilnahmebescheinigungen sind "
                "nicht getaggt: Screenreader erkennen Überschriften, Tabellen und "
                "die Lesereihenfolge darin nicht zuverlässig."
            ),
            "alternative": (
                "Der vollständige Inhalt jedes Zertifikats steht als barrierefreie "
                "Textfassung bereit: für Inhaberinnen und Inhaber auf der Seite "
                "„Mein Lernstand“ unter „Zertifikate und Bescheinigungen“, für alle "
                "anderen auf der Prüfseite unter /zertifikate/pruefen/, die auch "
                "der QR-Code auf dem PDF öffnet."
            ),
        },
        {
            "content": (
                "Informationen in Leichter Sprache und Deutscher Gebärdensprache"
            ),
            "reason": (
                "Erläuterungen in Leichter Sprache und Videos in Deutscher "
                "Gebärdensprache (DGS) zum Inhalt der Plattform, zur Navigation und zu "
                "dieser Erklärung sind noch nicht vorhanden."
            ),
            "alternative": (
                "Über das Formular „Barriere melden“ oder per E-Mail an "
                "geschaeftsstelle@lpr.sachsen.invalid können Sie Informationen in "
                "einer für Sie verständlichen Form anfordern. Wir helfen Ihnen gern "
                "weiter."
            ),
        },
    ],
    "assessment_method": "self",
    "assessment_text": (
        "<p>Die Bewertung beruht auf einer Selbstbewertung. Dabei wurden:</p>"
        "<ul>"
        "<li>alle Seitentypen der Plattform – zum Beispiel Startseite, Lehrgangs- und "
        "Modulseiten, Lektionen, Wissens-Checks, Formulare und die Anmeldung – "
        "automatisiert mit dem Prüfwerkzeug axe-core geprüft, auch in der "
        "Ansicht für Smartphones,</li>"
        "<li>die Plattform mit der Tastatur bedient, um Fokusreihenfolge, sichtbaren "
        "Fokus und die Bedienbarkeit aller Funktionen zu prüfen.</li>"
        "</ul>"
        "<p>Eine Prüfung mit Screenreadern steht noch aus.</p>"
    ),
    "feedback_text": (
        "<p>Sind Ihnen Mängel beim barrierefreien Zugang zu Inhalten der Plattform "
        "aufgefallen, oder benötigen Sie Informationen zur Barrierefreiheit oder einen "
        "Inhalt in einem barrierefreien Format? Dann wenden Sie sich bitte an die "
        "Geschäftsstelle des Landespräventionsrats Sachsen:</p>"
        "<ul>"
        "<li>über das Formular „Barriere melden“, das Sie am Ende jeder Seite und "
        "direkt unter diesem Abschnitt finden,</li>"
        '<li>per E-Mail an <a href="mailto:geschaeftsstelle@lpr.sachsen.invalid">'
        "geschaeftsstelle@lpr.sachsen.invalid</a>,</li>"
        "<li>per Post an: Sächsisches Staatsministerium des Innern, Geschäftsstelle "
        "des Landespräventionsrats Sachsen, Wilhelm-Buck-Straße 2, 01097 Dresden.</li>"
        "</ul>"
        "<p>Wir beantworten Ihre Anfrage innerhalb eines Monats.</p>"
    ),
    "enforcement_text": (
        "<p>Wenn Sie auf Ihre Meldung innerhalb eines Monats keine oder keine "
        "zufriedenstellende Antwort erhalten haben, können Sie sich an die Stelle "
        "wenden, die in Sachsen für das Durchsetzungsverfahren nach dem "
        "Barrierefreie-Websites-Gesetz zuständig ist.</p>"
        "<p>Welche Stelle das ist und wie Sie sie erreichen, erfahren Sie bei der "
        "Überwachungsstelle des Freistaates Sachsen für barrierefreie "
        "Informationstechnik, die bei dzb lesen in Leipzig angesiedelt ist: <a "
        'href="https://dzblesen.de/ueber-uns/fachthemen-kooperationen-projekte/'
        'ueberwachungsstelle-in-sachsen">Überwachungsstelle in Sachsen (dzb '
        "lesen)</a>.</p>"
    ),
    "enforcement_url": (
        "https://dzblesen.de/ueber-uns/fachthemen-kooperationen-projekte/"
        "ueberwachungsstelle-in-sachsen"
    ),
}
