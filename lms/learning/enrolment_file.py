"""Reading the participant list of a CSV enrolment import and checking every
row. Nothing here writes; `enrolment_import` plans and applies the import.

The LPR office uploads the participant list of a cohort, usually exported
from Excel.
"""

import codecs
import csv
import io
import re
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

from .models import ParticipantProfile

MAX_FILE_SIZE = 2 * 1024 * 1024
DELIMITERS = (";", ",", "\t")
COLUMNS = ("first_name", "last_name", "email", "organisation")
REQUIRED_COLUMNS = ("first_name", "last_name", "email")

# Header names after `_header_key`: lower case, without spaces, hyphens,
# dots and underscores, so "E-Mail-Adresse", "e-mail" and "Email" all match.
HEADER_ALIASES = {
    "vorname": "first_name",
    "vornamen": "first_name",
    "firstname": "first_name",
    "nachname": "last_name",
    "familienname": "last_name",
    "name": "last_name",
    "lastname": "last_name",
    "surname": "last_name",
    "email": "email",
    "emailadresse": "email",
    "emailaddress": "email",
    "mail": "email",
    "mailadresse": "email",
    "organisation": "organisation",
    "organization": "organisation",
    "dienststelle": "organisation",
    "behörde": "organisation",
    "einrichtung": "organisation",
    "institution": "organisation",
}

# Binary formats people upload instead of the CSV export.
BINARY_SIGNATURES = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"%PDF")


def _column_labels():
    return {
        "first_name": _("Vorname"),
        "last_name": _("Nachname"),
        "email": _("E-Mail"),
        "organisation": _("Organisation"),
    }


class InvalidEnrolmentFile(Exception):
    """The file or some of its rows cannot be imported; nothing was written.

    `errors` holds one German sentence per problem, prefixed with the line
    ("Zeile 4: …") where a line is concerned.
    """

    def __init__(self, errors):
        self.errors = list(errors)
        super().__init__("\n".join(self.errors))


@dataclass(frozen=True)
class ImportRow:
    """One participant as read from the file; `line` counts the header as 1."""

    line: int
    first_name: str
    last_name: str
    email: str
    organisation: str = ""

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}"

    def as_dict(self):
        return {
            "line": self.line,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "email": self.email,
            "organisation": self.organisation,
        }


def read_enrolment_file(file):
    """Read an uploaded CSV file into `ImportRow`s.

    Accepts UTF-8 with or without BOM, Windows-1252 (Excel's "CSV
    (Trennzeichen-getrennt)") and UTF-16 with BOM (Excel's "Unicode-Text"),
    separated by semicolons, commas or tabs. Raises InvalidEnrolmentFile with
    every problem found; touches no database table.
    """
    data = file.read(MAX_FILE_SIZE + 1)
    if len(data) > MAX_FILE_SIZE:
        raise InvalidEnrolmentFile(
            [
                _("Die Datei ist größer als %(size)s MB.")
                % {"size": MAX_FILE_SIZE // (1024 * 1024)}
            ]
        )
    text = _decode(data)
    if not text.strip():
        raise InvalidEnrolmentFile([_("Die Datei ist leer.")])
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True
    )
    records, end = [], 0
    try:
        for record in reader:
            # A quoted value may span lines; report the line the row starts on.
            records.append((end + 1, [value.strip() for value in record]))
            end = reader.line_num
    except csv.Error as error:
        raise InvalidEnrolmentFile(
            [
                _(
                    "Zeile %(line)s: Die Zeile lässt sich nicht lesen. Prüfen Sie "
                    "die Anführungszeichen."
                )
                % {"line": end + 1}
            ]
        ) from error
    records = [(line, values) for line, values in records if any(values)]
    if not records:
        raise InvalidEnrolmentFile([_("Die Datei ist leer.")])
    header_line, header = records[0]
    columns = _columns(header, line=header_line)
    if len(records) == 1:
        raise InvalidEnrolmentFile(
            [_("Die Datei enthält nur die Kopfzeile und keine Teilnehmenden.")]
        )
    return _rows(records[1:], columns, width=len(header))


def _decode(data):
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in data and not data.startswith(BINARY_SIGNATURES):
        for encoding in ("utf-8-sig", "cp1252"):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                continue
        raise InvalidEnrolmentFile(
            [
                _(
                    "Die Datei lässt sich nicht lesen: Sie ist weder in UTF-8 noch "
                    "in Windows-1252 kodiert. Speichern Sie sie in Excel als „CSV "
                    "UTF-8“ oder „CSV (Trennzeichen-getrennt)“."
                )
            ]
        )
    raise InvalidEnrolmentFile(
        [
            _(
                "Die Datei ist keine CSV-Datei. Speichern Sie die Tabelle in Excel "
                "über „Speichern unter“ als „CSV UTF-8“ oder „CSV "
                "(Trennzeichen-getrennt)“."
            )
        ]
    )


def _delimiter(text):
    """The separator used most often in the header line.

    The header is the one line whose content is known, so counting there is
    more reliable than csv.Sniffer on a handful of short rows.
    """
    header = next(line for line in text.splitlines() if line.strip())
    return max(DELIMITERS, key=header.count)


def _header_key(name):
    return re.sub(r"[\s\-_.]+", "", name.casefold())


def _columns(header, *, line):
    """Map column indexes to field names; unknown columns are ignored."""
    labels = _column_labels()
    columns = {}
    errors = []
    for index, name in enumerate(header):
        key = HEADER_ALIASES.get(_header_key(name))
        if key is None:
            continue
        if key in columns.values():
            errors.append(
                _("Zeile %(line)s: Die Spalte „%(column)s“ kommt mehrmals vor.")
                % {"line": line, "column": labels[key]}
            )
        columns[index] = key
    if not columns:
        raise InvalidEnrolmentFile(
            [
                _(
                    "Zeile %(line)s: Die erste Zeile muss die Spaltenüberschriften "
                    "enthalten: Vorname; Nachname; E-Mail; Organisation."
                )
                % {"line": line}
            ]
        )
    for key in REQUIRED_COLUMNS:
        if key not in columns.values():
            errors.append(
                _("Zeile %(line)s: Die Spalte „%(column)s“ fehlt in der Kopfzeile.")
                % {"line": line, "column": labels[key]}
            )
    if errors:
        raise InvalidEnrolmentFile(errors)
    return columns


def _max_lengths():
    user_model = get_user_model()
    return {
        "first_name": user_model._meta.get_field("first_name").max_length,
        "last_name": user_model._meta.get_field("last_name").max_length,
        "email": user_model._meta.get_field("email").max_length,
        "organisation": ParticipantProfile._meta.get_field("organisation").max_length,
    }


def _rows(records, columns, *, width):
    labels = _column_labels()
    max_lengths = _max_lengths()
    rows, errors, seen = [], [], {}
    for line, values in records:
        if any(values[width:]):
            errors.append(
                _(
                    "Zeile %(line)s: Die Zeile hat mehr Spalten als die Kopfzeile. "
                    "Prüfen Sie Trennzeichen und Anführungszeichen."
                )
                % {"line": line}
            )
            continue
        data = dict.fromkeys(COLUMNS, "")
        data.update(
            {
                key: values[index]
                for index, key in columns.items()
                if index < len(values)
            }
        )
        row_errors = []
        for key, message in (
            ("first_name", _("Zeile %(line)s: Der Vorname fehlt.")),
            ("last_name", _("Zeile %(line)s: Der Nachname fehlt.")),
            ("email", _("Zeile %(line)s: Die E-Mail-Adresse fehlt.")),
        ):
            if not data[key]:
                row_errors.append(message % {"line": line})
        for key in COLUMNS:
            if "\n" in data[key] or "\r" in data[key]:
                row_errors.append(
                    _(
                        "Zeile %(line)s: Der Wert in „%(column)s“ geht über mehrere "
                        "Zeilen. Entfernen Sie den Zeilenumbruch oder prüfen Sie die "
                        "Anführungszeichen."
                    )
                    % {"line": line, "column": labels[key]}
                )
            elif len(data[key]) > max_lengths[key]:
                row_errors.append(
                    _(
                        "Zeile %(line)s: Der Wert in „%(column)s“ ist zu lang "
                        "(%(length)s Zeichen, erlaubt sind höchstens %(max)s)."
                    )
                    % {
                        "line": line,
                        "column": labels[key],
                        "length": len(data[key]),
                        "max": max_lengths[key],
                    }
                )
        email = data["email"]
        if email and len(email) <= max_lengths["email"]:
            try:
                validate_email(email)
            except ValidationError:
                row_errors.append(
                    _("Zeile %(line)s: Die E-Mail-Adresse „%(email)s“ ist ungültig.")
                    % {"line": line, "email": email}
                )
            else:
                first = seen.setdefault(email.lower(), line)
                if first != line:
                    row_errors.append(
                        _(
                            "Zeile %(line)s: Die E-Mail-Adresse „%(email)s“ steht "
                            "bereits in Zeile %(first)s."
                        )
                        % {"line": line, "email": email, "first": first}
                    )
        errors.extend(row_errors)
        if not row_errors:
            rows.append(ImportRow(line=line, **data))
    if errors:
        raise InvalidEnrolmentFile(errors)
    return rows
