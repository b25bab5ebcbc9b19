import codecs
import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from lms.learning import admin_import
from lms.learning.enrolment_file import (
    MAX_FILE_SIZE,
    InvalidEnrolmentFile,
    read_enrolment_file,
)
from lms.learning.enrolment_import import import_enrolments, plan_import
from lms.learning.models import Enrolment, ParticipantProfile
from lms.learning.tasks import send_invitation_task
from tests.factories import CohortFactory, UserFactory

User = get_user_model()

pytestmark = pytest.mark.django_db

HEADER = "Vorname;Nachname;E-Mail;Organisation\n"


@pytest.fixture
def cohort(db):
    return CohortFactory(name="Durchgang 2027")


def read(content, encoding="utf-8"):
    data = content if isinstance(content, bytes) else content.encode(encoding)
    return read_enrolment_file(io.BytesIO(data))


def errors_of(content, encoding="utf-8"):
    with pytest.raises(InvalidEnrolmentFile) as error:
        read(content, encoding)
    return error.value.errors


def rows_of(content):
    return read(content)


def invitation_links(settings):
    pattern = re.escape(settings.SITE_URL) + r"(/konto/passwort-neu/\S+/)"
    return [re.search(pattern, message.body).group(1) for message in mail.outbox]


# Reading the file


def test_reads_utf8_comma_separated_file():
    rows = read(
        "Vorname,Nachname,E-Mail,Organisation\n"
        "Anna,Schmidt,anna.schmidt@example.org,Stadt Leipzig\n"
        'Ben,"Meyer, Jr.",ben@example.org,\n'
    )
    assert [(r.line, r.full_name, r.email, r.organisation) for r in rows] == [
        (2, "Anna Schmidt", "anna.schmidt@example.org", "Stadt Leipzig"),
        (3, "Ben Meyer, Jr.", "ben@example.org", ""),
    ]


def test_reads_excel_semicolon_file_in_windows_1252_with_umlauts():
    content = (
        "Vorname;Nachname;E-Mail;Organisation\r\n"
        "Jörg;Müller;joerg.mueller@example.org;Polizeirevier Dresdner Straße\r\n"
        ";;;\r\n"
    ).encode("cp1252")
    [row] = read(content)
    assert row.first_name == "Jörg"
    assert row.last_name == "Müller"
    assert row.organisation == "Polizeirevier Dresdner Straße"


def test_reads_utf8_with_byte_order_mark():
    content = codecs.BOM_UTF8 + (HEADER + "Jörg;Müller;j@example.org;Straße\n").encode()
    [row] = read(content)
    assert (row.first_name, row.organisation) == ("Jörg", "Straße")


def test_reads_excel_unicode_text_export():
    content = "Vorname\tNachname\tE-Mail\tOrganisation\nJörg\tMüller\tj@example.org\t\n"
    [row] = read(content.encode("utf-16"))
    assert (row.first_name, row.last_name) == ("Jörg", "Müller")


@pytest.mark.parametrize(
    "header",
    [
        "Vorname;Nachname;E-Mail;Organisation",
        " vorname ; NACHNAME ;  e-mail-adresse ; ORGANISATION ",
        "Vorname;Nachname;Email;Organisation",
        "Vorname;Nachname;E-Mail-Adresse;Organisation",
        "VORNAME;Name;E-Mail;Dienststelle",
        "E-Mail;Organisation;Nachname;Vorname;Telefon",
    ],
)
def test_accepts_header_variants(header):
    values = {
        "vorname": "Jörg",
        "nachname": "Müller",
        "name": "Müller",
        "e-mail": "j@example.org",
        "email": "j@example.org",
        "e-mail-adresse": "j@example.org",
        "organisation": "LKA",
        "dienststelle": "LKA",
        "telefon": "0351 1234",
    }
    line = ";".join(values[name.strip().lower()] for name in header.split(";"))
    [row] = read(f"{header}\n{line}\n")
    assert (row.first_name, row.last_name, row.email, row.organisation) == (
        "Jörg",
        "Müller",
        "j@example.org",
        "LKA",
    )


def test_header_errors_name_the_header_line():
    content = "\n\nVorname;Nachname;Organisation\nAnna;Schmidt;Stadt Leipzig\n"
    assert errors_of(content) == [
        "Zeile 3: Die Spalte „E-Mail“ fehlt in der Kopfzeile."
    ]


def test_organisation_column_is_optional():
    [row] = read("Vorname,Nachname,E-Mail\nJörg,Müller,j@example.org\n")
    assert row.organisation == ""


def test_skips_empty_lines_and_counts_them_in_line_numbers():
    content = HEADER + "\nAnna;Schmidt;a@example.org;\n\n;;;\nBen;;b@example.org;\n\n"
    assert errors_of(content) == ["Zeile 6: Der Nachname fehlt."]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (";Müller;j@example.org;", "Zeile 4: Der Vorname fehlt."),
        ("Jörg;;j@example.org;", "Zeile 4: Der Nachname fehlt."),
        ("Jörg;Müller;;", "Zeile 4: Die E-Mail-Adresse fehlt."),
        (
            "Jörg;Müller;joerg.example.org;",
            "Zeile 4: Die E-Mail-Adresse „joerg.example.org“ ist ungültig.",
        ),
        (
            "Jörg;Müller;j@exam ple.org;",
            "Zeile 4: Die E-Mail-Adresse „j@exam ple.org“ ist ungültig.",
        ),
        (
            "Jörg;Müller;A@Example.org;",
            "Zeile 4: Die E-Mail-Adresse „A@Example.org“ steht bereits in Zeile 2.",
        ),
        (
            f"{'J' * 151};Müller;j@example.org;",
            "Zeile 4: Der Wert in „Vorname“ ist zu lang (151 Zeichen, erlaubt sind "
            "höchstens 150).",
        ),
        (
            f"Jörg;Müller;j@example.org;{'O' * 201}",
            "Zeile 4: Der Wert in „Organisation“ ist zu lang (201 Zeichen, erlaubt "
            "sind höchstens 200).",
        ),
        (
            f"Jörg;Müller;{'j' * 250}@example.org;",
            "Zeile 4: Der Wert in „E-Mail“ ist zu lang (262 Zeichen, erlaubt sind "
            "höchstens 254).",
        ),
        (
            "Jörg;Müller;j@example.org;LKA;zu viel",
            "Zeile 4: Die Zeile hat mehr Spalten als die Kopfzeile. Prüfen Sie "
            "Trennzeichen und Anführungszeichen.",
        ),
        (
            'Jörg;"Mül\nler";j@example.org;',
            "Zeile 4: Der Wert in „Nachname“ geht über mehrere Zeilen. Entfernen "
            "Sie den Zeilenumbruch oder prüfen Sie die Anführungszeichen.",
        ),
        (
            'Jörg;"Müller;j@example.org;',
            "Zeile 4: Die Zeile lässt sich nicht lesen. Prüfen Sie die "
            "Anführungszeichen.",
        ),
    ],
)
def test_reports_a_bad_row_by_line(line, message):
    content = HEADER + "Anna;Schmidt;a@example.org;\nBen;Meyer;b@example.org;\n"
    assert errors_of(f"{content}{line}\n") == [message]


def test_reports_every_bad_row_at_once():
    content = HEADER + ";Müller;x;\nAnna;Schmidt;a@example.org;\nBen;;b@example;\n"
    assert errors_of(content) == [
        "Zeile 2: Der Vorname fehlt.",
        "Zeile 2: Die E-Mail-Adresse „x“ ist ungültig.",
        "Zeile 4: Der Nachname fehlt.",
        "Zeile 4: Die E-Mail-Adresse „b@example“ ist ungültig.",
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "Die Datei ist leer."),
        (b"\r\n\r\n  \n", "Die Datei ist leer."),
        (
            HEADER.encode(),
            "Die Datei enthält nur die Kopfzeile und keine Teilnehmenden.",
        ),
        (
            b"Anna;Schmidt;a@example.org;Stadt Leipzig\n",
            "Zeile 1: Die erste Zeile muss die Spaltenüberschriften enthalten: "
            "Vorname; Nachname; E-Mail; Organisation.",
        ),
        (
            b"Vorname;Nachname;Organisation\nAnna;Schmidt;Stadt Leipzig\n",
            "Zeile 1: Die Spalte „E-Mail“ fehlt in der Kopfzeile.",
        ),
        (
            b"Vorname;Nachname;E-Mail;Email\nAnna;Schmidt;a@example.org;a@x.org\n",
            "Zeile 1: Die Spalte „E-Mail“ kommt mehrmals vor.",
        ),
        (
            b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml",
            "Die Datei ist keine CSV-Datei. Speichern Sie die Tabelle in Excel über "
            "„Speichern unter“ als „CSV UTF-8“ oder „CSV (Trennzeichen-getrennt)“.",
        ),
        (
            b"Vorname;Nachname\x00;E-Mail\n",
            "Die Datei ist keine CSV-Datei. Speichern Sie die Tabelle in Excel über "
            "„Speichern unter“ als „CSV UTF-8“ oder „CSV (Trennzeichen-getrennt)“.",
        ),
        (
            HEADER.encode() + b"J\x81rg;M\x8fller;j@example.org;\n",
            "Die Datei lässt sich nicht lesen: Sie ist weder in UTF-8 noch in "
            "Windows-1252 kodiert. Speichern Sie sie in Excel als „CSV UTF-8“ oder "
            "„CSV (Trennzeichen-getrennt)“.",
        ),
    ],
)
def test_reports_a_bad_file(content, message):
    assert errors_of(content) == [message]


def test_rejects_a_file_larger_than_two_megabytes():
    line = "Anna;Schmidt;a@example.org;" + "x" * 100 + "\n"
    content = HEADER + line * (MAX_FILE_SIZE // len(line) + 1)
    assert errors_of(content) == ["Die Datei ist größer als 2 MB."]


# Matching accounts


def test_reports_an_address_used_by_several_accounts(cohort):
    UserFactory(username="anna1", email="anna@example.org")
    UserFactory(username="anna2", email="ANNA@example.org")
    rows = rows_of(HEADER + "Anna;Schmidt;Anna@Example.org;\n")
    with pytest.raises(InvalidEnrolmentFile) as error:
        plan_import(cohort=cohort, rows=rows)
    assert error.value.errors == [
        "Zeile 2: Zur E-Mail-Adresse „Anna@Example.org“ gibt es mehrere Konten "
        "(anna1, anna2). Bitte klären Sie das zuerst in der Benutzerverwaltung."
    ]


def test_reports_a_deactivated_account(cohort):
    user = UserFactory(username="anna", email="anna@example.org")
    user.is_active = False
    user.save()
    rows = rows_of(HEADER + "Anna;Schmidt;anna@example.org;\n")
    with pytest.raises(InvalidEnrolmentFile) as error:
        plan_import(cohort=cohort, rows=rows)
    assert error.value.errors == [
        "Zeile 2: Das Konto „anna“ zur E-Mail-Adresse „anna@example.org“ ist "
        "deaktiviert."
    ]


# Importing


def test_import_creates_participants_and_enrols_them(
    cohort, django_capture_on_commit_callbacks
):
    rows = rows_of(HEADER + "Jörg;Müller;Joerg.Mueller@Example.ORG;Polizei Dresden\n")
    with django_capture_on_commit_callbacks(execute=True):
        result = import_enrolments(cohort=cohort, rows=rows)
    [user] = result.created
    user.refresh_from_db()
    assert user.username == "joerg.mueller"
    assert (user.first_name, user.last_name) == ("Jörg", "Müller")
    assert user.email == "Joerg.Mueller@example.org"
    assert not user.has_usable_password()
    assert list(user.groups.values_list("name", flat=True)) == ["Teilnehmende"]
    enrolment = Enrolment.objects.get(user=user)
    assert enrolment.cohort == cohort
    assert enrolment.scope == Enrolment.Scope.PROGRAMME
    assert user.participant_profile.organisation == "Polizei Dresden"
    assert [message.to for message in mail.outbox] == [["Joerg.Mueller@example.org"]]


def test_usernames_are_numbered_when_taken(cohort):
    UserFactory(username="anna", email="anna@other.example")
    rows = rows_of(HEADER + "Anna;A;anna@a.example;\nAnna;B;anna@b.example;\n")
    result = import_enrolments(cohort=cohort, rows=rows)
    assert [user.username for user in result.created] == ["anna2", "anna3"]


def test_reuses_an_existing_account_by_email_ignoring_case(
    cohort, django_capture_on_commit_callbacks
):
    user = UserFactory(username="anna", email="Anna.Schmidt@Example.org")
    ParticipantProfile.objects.create(user=user, organisation="Stadt Leipzig")
    rows = rows_of(HEADER + "Annette;Schmitt;anna.schmidt@example.org;Anderswo\n")
    with django_capture_on_commit_callbacks(execute=True):
        result = import_enrolments(cohort=cohort, rows=rows)
    assert result.enrolled == [user]
    assert result.created == []
    assert User.objects.count() == 1
    user.refresh_from_db()
    assert user.first_name == "Jörg"
    assert user.groups.filter(name="Teilnehmende").exists()
    assert Enrolment.objects.get(user=user).cohort == cohort
    assert user.participant_profile.organisation == "Stadt Leipzig"
    assert mail.outbox == []


def test_reimporting_the_same_file_changes_nothing(
    cohort, django_capture_on_commit_callbacks
):
    UserFactory(username="ben", email="ben@example.org")
    rows = rows_of(
        HEADER + "Anna;Schmidt;anna@example.org;\nBen;Meyer;ben@example.org;\n"
    )
    with django_capture_on_commit_callbacks(execute=True):
        first = import_enrolments(cohort=cohort, rows=rows)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        second = import_enrolments(cohort=cohort, rows=rows)
    assert (len(first.created), len(first.enrolled)) == (1, 1)
    assert (second.created, second.enrolled) == ([], [])
    assert {user.username for user in second.already_enrolled} == {"anna", "ben"}
    assert callbacks == []
    assert User.objects.count() == 2
    assert Enrolment.objects.count() == 2
    assert len(mail.outbox) == 1


def test_an_unimportable_row_imports_nothing(
    cohort, django_capture_on_commit_callbacks
):
    UserFactory(username="ben1", email="ben@example.org")
    UserFactory(username="ben2", email="BEN@example.org")
    rows = rows_of(
        HEADER + "Anna;Schmidt;anna@example.org;\nBen;Meyer;ben@example.org;\n"
    )
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(InvalidEnrolmentFile),
    ):
        import_enrolments(cohort=cohort, rows=rows)
    assert not User.objects.filter(email="anna@example.org").exists()
    assert Enrolment.objects.count() == 0
    assert mail.outbox == []


def test_a_failure_halfway_rolls_back_everything(
    cohort, monkeypatch, django_capture_on_commit_callbacks
):
    from lms.learning import enrolment_import, services

    def enrol_or_fail(*, user, cohort, scope):
        if user.email == "ben@example.org":
            raise RuntimeError("Datenbank weg")
        return services.enrol(user=user, cohort=cohort, scope=scope)

    monkeypatch.setattr(enrolment_import, "enrol", enrol_or_fail)
    rows = rows_of(
        HEADER + "Anna;Schmidt;anna@example.org;\nBen;Meyer;ben@example.org;\n"
    )
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError):
        import_enrolments(cohort=cohort, rows=rows)
    assert User.objects.count() == 0
    assert Enrolment.objects.count() == 0
    assert mail.outbox == []


# Invitation


def test_invitation_mail_lets_the_participant_set_a_password(
    cohort, client, settings, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "https://lernen.example.org"
    rows = rows_of(HEADER + "Jörg;Müller;joerg@example.org;\n")
    with django_capture_on_commit_callbacks(execute=True):
        import_enrolments(cohort=cohort, rows=rows)
    [message] = mail.outbox
    assert message.subject == "Ihr Zugang zu Beccaria LMS"
    assert message.to == ["joerg@example.org"]
    assert "Guten Tag Jörg Müller," in message.body
    assert "Ihr Benutzername: joerg" in message.body
    assert "„Fachkraft für Kriminalprävention“ (Durchgang 2027)" in message.body
    assert "https://lernen.example.org/konto/passwort-vergessen/" in message.body
    [link] = invitation_links(settings)

    form_url = client.get(link)["Location"]
    response = client.post(
        form_url,
        {
            "new_password1": "Kriminalpraevention2027!",
            "new_password2": "Kriminalpraevention2027!",
        },
    )
    assert response.status_code == 302
    user = User.objects.get(email="joerg@example.org")
    assert user.check_password("Kriminalpraevention2027!")
    assert client.get(link).status_code == 200  # the link is used up
    assert "ungültig" in client.get(link).content.decode()


def test_invitation_task_skips_missing_or_activated_accounts(participant):
    send_invitation_task.delay(987654)
    send_invitation_task.delay(participant.pk)  # has a password already
    assert mail.outbox == []


# Admin view


def upload(client, cohort, content, name="teilnehmende.csv"):
    data = content if isinstance(content, bytes) else content.encode("cp1252")
    return client.post(
        reverse("enrolment_import:index"),
        {"cohort": cohort.pk, "file": SimpleUploadedFile(name, data, "text/csv")},
    )


def test_office_previews_imports_and_sees_a_summary(
    client, lpr_office, cohort, django_capture_on_commit_callbacks
):
    UserFactory(username="ben", email="ben@example.org")
    enrolled = UserFactory(username="clara", email="clara@example.org")
    Enrolment.objects.create(user=enrolled, cohort=cohort)
    client.force_login(lpr_office)
    users = User.objects.count()

    html = client.get(reverse("enrolment_import:index")).content.decode()
    assert "Einschreibung per CSV-Datei" in html
    assert "Fachkraft für Kriminalprävention – Durchgang 2027" in html

    response = upload(
        client,
        cohort,
        HEADER
        + "Jörg;Müller;joerg@example.org;Straße\n"
        + "Dana;Dorn;dana@example.org;\n"
        + "Ben;Meyer;BEN@example.org;\n"
        + "Clara;Kurz;clara@example.org;\n",
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "2 neue Konten werden angelegt und erhalten eine Einladung." in html
    assert "1 vorhandenes Konto wird eingeschrieben." in html
    assert "1 Person ist bereits eingeschrieben." in html
    assert "Vorhandenes Konto „ben“" in html
    assert User.objects.count() == users  # nothing written before confirming
    token = re.search(r'name="token" value="([^"]+)"', html).group(1)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("enrolment_import:index"), {"token": token})
    assert response["Location"] == reverse("enrolment_import:done")
    html = client.get(response["Location"]).content.decode()
    assert "2 neue Konten angelegt und eingeladen." in html
    assert "1 vorhandenes Konto eingeschrieben." in html
    assert "1 Person war bereits eingeschrieben." in html
    assert "joerg" in html
    assert Enrolment.objects.filter(cohort=cohort).count() == 4
    assert sorted(m.to[0] for m in mail.outbox) == [
        "dana@example.org",
        "joerg@example.org",
    ]

    # Confirming the same preview again (back button, double click) does nothing.
    response = client.post(reverse("enrolment_import:index"), {"token": token})
    assert response["Location"] == reverse("enrolment_import:index")
    assert Enrolment.objects.count() == 4
    assert len(mail.outbox) == 2


def test_office_sees_a_report_and_nothing_is_imported(
    client, lpr_office, cohort, django_capture_on_commit_callbacks
):
    client.force_login(lpr_office)
    users = User.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(
            client,
            cohort,
            HEADER
            + "Jörg;Müller;joerg@example.org;\n"
            + "Dana;Dorn;dana@example.org;\n"
            + "Ben;Meyer;ben(at)example.org;\n",
        )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Die Datei wurde nicht importiert." in html
    assert "Zeile 4: Die E-Mail-Adresse „ben(at)example.org“ ist ungültig." in html
    assert 'name="token"' not in html
    assert User.objects.count() == users
    assert Enrolment.objects.count() == 0
    assert mail.outbox == []
    assert admin_import.PENDING_KEY not in client.session


def test_upload_without_file_shows_the_form_again(client, lpr_office, cohort):
    client.force_login(lpr_office)
    response = client.post(reverse("enrolment_import:index"), {"cohort": cohort.pk})
    assert response.status_code == 200
    assert "error-message" in response.content.decode()


def test_staff_without_permission_is_denied(client, editor, cohort):
    client.force_login(editor)
    url = reverse("enrolment_import:index")
    assert client.get(url)["Location"] == reverse("wagtailadmin_home")
    response = upload(client, cohort, HEADER + "Jörg;Müller;joerg@example.org;\n")
    assert response["Location"] == reverse("wagtailadmin_home")
    assert not User.objects.filter(email="joerg@example.org").exists()
    assert client.get(reverse("enrolment_import:done"))["Location"] == reverse(
        "wagtailadmin_home"
    )


def test_participant_gets_the_admin_login(client, participant):
    client.force_login(participant)
    response = client.get(reverse("enrolment_import:index"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
