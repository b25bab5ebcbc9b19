"""The two public ways to verify a certificate: number and code, or the PDF.

An uploaded PDF is never stored, not even as a temporary file:
`HashingUploadHandler` hashes it while it streams in and keeps it in memory
for the checks of this one request (the seal of a PDF, the signature of a
digital credential). Past MAX_PDF_BYTES it stops reading the request
altogether.
"""

import hashlib
import io
import re

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.utils.translation import gettext_lazy as _

from . import credential_check
from .models import CHECK_CODE_ALPHABET, CHECK_CODE_LENGTH

MAX_PDF_BYTES = 10 * 1024 * 1024
TOO_LARGE_MESSAGE = _(
    "Die Datei ist größer als 10 MB. Ein Zertifikat ist deutlich kleiner; bitte "
    "prüfen Sie, ob Sie die richtige Datei gewählt haben."
)
PDF_SIGNATURE = b"%PDF-"
CODE_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class HashedUpload(UploadedFile):
    """An upload held in memory, with its SHA-256 and its first bytes."""

    def __init__(self, *, name, content_type, content, sha256):
        super().__init__(
            file=io.BytesIO(content),
            name=name,
            content_type=content_type,
            size=len(content),
        )
        self.content = content
        self.head = content[: len(PDF_SIGNATURE)]
        self.sha256 = sha256


class HashingUploadHandler(FileUploadHandler):
    """Turns each uploaded file into a HashedUpload. A file beyond
    MAX_PDF_BYTES stops the upload: the rest of the request is never read,
    `too_large` is set, and the fields sent before the file (the CSRF token
    among them) stay available."""

    def __init__(self, request=None):
        super().__init__(request)
        self.too_large = False

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.digest = hashlib.sha256()
        self.content = io.BytesIO()

    def receive_data_chunk(self, raw_data, start):
        if self.content.tell() + len(raw_data) > MAX_PDF_BYTES:
            self.too_large = True
            raise StopUpload(connection_reset=True)
        self.content.write(raw_data)
        self.digest.update(raw_data)
        return None

    def file_complete(self, file_size):
        return HashedUpload(
            name=self.file_name,
            content_type=self.content_type,
            content=self.content.getvalue(),
            sha256=self.digest.hexdigest(),
        )


def normalised_check_code(typed):
    """The short check code in `typed` („k7qm 4xpa-9rte“ → „K7QM4XPA9RTE“),
    or None when `typed` is not one."""
    code = re.sub(r"[\s\-–]", "", typed).upper()
    if len(code) == CHECK_CODE_LENGTH and set(code) <= set(CHECK_CODE_ALPHABET):
        return code
    return None


class CodeForm(forms.Form):
    """Certificate number and verification code, as printed on the document."""

    number = forms.CharField(
        label=_("Zertifikatsnummer"),
        max_length=20,
        help_text=_("Sie steht unten auf dem Dokument, zum Beispiel BEC-2027-0001."),
        error_messages={
            "required": _("Bitte geben Sie die Nummer des Zertifikats an."),
            "max_length": _("Die Nummer ist zu lang. Sie hat die Form BEC-2027-0001."),
        },
    )
    code = forms.CharField(
        label=_("Prüfcode"),
        max_length=200,
        help_text=_(
            "Der Prüfcode steht unten auf dem Dokument, zum Beispiel "
            "K7QM-4XPA-9RTE; Groß- und Kleinschreibung und Bindestriche sind "
            "egal. Sie können auch die ganze Prüfadresse einfügen."
        ),
        error_messages={
            "required": _("Bitte geben Sie den Prüfcode an."),
            "max_length": _("Der Prüfcode ist zu lang."),
        },
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "spellcheck": "false",
                "autocapitalize": "off",
            }
        ),
    )

    def clean_number(self):
        return self.cleaned_data["number"].upper()

    def clean_code(self):
        typed = self.cleaned_data["code"].strip()
        short = normalised_check_code(typed)
        if short:
            return short
        code = typed.rstrip("/").rsplit("/", 1)[-1]
        if not CODE_PATTERN.match(code):
            raise forms.ValidationError(
                _(
                    "Der Prüfcode besteht nur aus Buchstaben, Ziffern, Binde- und "
                    "Unterstrichen. Bitte prüfen Sie Ihre Eingabe."
                )
            )
        return code


class UploadForm(forms.Form):
    """The PDF file of a certificate; read through HashingUploadHandler.
    `too_large` says the handler stopped the upload, so no file arrived."""

    file = forms.FileField(
        label=_("PDF-Datei des Dokuments"),
        help_text=_("Höchstens 10 MB. Die Datei wird nur geprüft, nicht gespeichert."),
        error_messages={
            "required": _("Bitte wählen Sie die PDF-Datei aus."),
            "empty": _("Die ausgewählte Datei ist leer."),
            "invalid": _("Bitte wählen Sie eine Datei aus."),
        },
        widget=forms.FileInput(attrs={"accept": "application/pdf,.pdf"}),
    )

    def __init__(self, *args, too_large=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.too_large = too_large

    def clean(self):
        if self.too_large:
            # Instead of "no file chosen": the file was refused on arrival.
            self.errors.pop("file", None)
            self.add_error("file", forms.ValidationError(TOO_LARGE_MESSAGE))
        return super().clean()

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.head.startswith(PDF_SIGNATURE):
            raise forms.ValidationError(
                _(
                    "Die Datei ist keine PDF-Datei. Bitte laden Sie das Zertifikat "
                    "so hoch, wie Sie es erhalten haben."
                )
            )
        return upload


class CredentialForm(forms.Form):
    """The digital credential (VC-JWT file); read through HashingUploadHandler,
    which keeps all of a file this small. Its check is `check`. The prefix
    keeps its field's id apart from the PDF form's on the same page."""

    prefix = "nachweis"

    file = forms.FileField(
        label=_("Datei des digitalen Nachweises"),
        help_text=_(
            "Die Datei endet auf „.jwt“. Höchstens 64 KB; sie wird nur geprüft, "
            "nicht gespeichert."
        ),
        error_messages={
            "required": _("Bitte wählen Sie die Datei des Nachweises aus."),
            "empty": _("Die ausgewählte Datei ist leer."),
            "invalid": _("Bitte wählen Sie eine Datei aus."),
        },
        widget=forms.FileInput(attrs={"accept": ".jwt,application/vc+jwt,text/plain"}),
    )

    def __init__(self, *args, too_large=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.too_large = too_large

    def clean(self):
        if self.too_large:
            self.errors.pop("file", None)
            self.add_error("file", forms.ValidationError(TOO_LARGE_MESSAGE))
        return super().clean()

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > credential_check.MAX_CREDENTIAL_BYTES:
            raise forms.ValidationError(
                _(
                    "Die Datei ist größer als 64 KB und damit kein digitaler "
                    "Nachweis. Bitte prüfen Sie, ob Sie die richtige Datei gewählt "
                    "haben."
                )
            )
        return upload

    def check(self):
        return credential_check.check(self.cleaned_data["file"].content)
