"""Checks on files participants attach to a submission, before anything is stored.

`check_upload` trusts neither the browser's content type nor the file name: it
detects the type from the content (`filetype`), insists that the name's extension
fits it, and opens images and office archives far enough to refuse broken files,
decompression bombs and zip bombs. The name it returns is only ever used as the
download name; the caller stores the file under a generated name and serves it
with the type's `mime_type`, as an attachment and with `nosniff`.
"""

import hashlib
import math
import re
import unicodedata
import warnings
import zipfile
import zlib
from dataclasses import dataclass

import filetype
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image

from modules.file_types import FILE_TYPES

MAX_NAME_LENGTH = 150
FALLBACK_STEM = "Anhang"

# Office archives may unpack to this many times the upload limit, no more.
MAX_UNPACKED_RATIO = 20
MAX_ARCHIVE_MEMBERS = 2000

IMAGE_TYPES = {"jpg": "JPEG", "png": "PNG"}
# The content type of the main part, as declared in [Content_Types].xml.
OOXML_TYPES = {
    "docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    ),
    "xlsx": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    ),
    "pptx": (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
    ),
}
ODF_TYPES = {"odt", "ods"}
OFFICE_TYPES = OOXML_TYPES.keys() | ODF_TYPES

# filetype reports an animated PNG as its own type; it is still a PNG.
_TYPE_BY_MIME = {ft.mime_type: key for key, ft in FILE_TYPES.items()} | {
    "image/apng": "png"
}
_SIGNATURE_BYTES = 8192
_ZIP_MIME = "application/zip"
_UNSAFE_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Zl", "Zp"}
_WINDOWS_RESERVED = re.compile(r'[<>:"|?*]')
_MAX_EXTENSION_LENGTH = 10
_MAX_MARKER_BYTES = 64 * 1024
# RuntimeError: encrypted member; NotImplementedError: unknown compression.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    OSError,
    EOFError,
    ValueError,
    KeyError,
    RuntimeError,
    NotImplementedError,
)


@dataclass(frozen=True)
class CheckedUpload:
    file_type: str
    """Key in `FILE_TYPES`, e.g. "pdf"."""
    name: str
    """Safe display name for downloads, e.g. "Projektplan Müller.pdf"."""
    size: int
    sha256: str
    """Hex digest of the content."""


def format_megabytes(n_bytes):
    """Return a size in German notation, "20 MB" or "1,5 MB" (1 MB = 1024² bytes).

    Rounds up to one decimal, so a file just over a limit never reads as the limit.
    """
    tenths = math.ceil(n_bytes * 10 / (1024 * 1024)) if n_bytes > 0 else 0
    whole, fraction = divmod(tenths, 10)
    number = f"{whole:,}".replace(",", ".")
    if fraction:
        number = f"{number},{fraction}"
    return f"{number} MB"


def safe_display_name(name):
    """Return a plain file name fit for a Content-Disposition header.

    Drops directory parts (``/`` and ``\\``), control and formatting characters
    (including bidi overrides that disguise an extension), leading dots and
    characters Windows refuses; keeps umlauts and spaces. Never use the result as
    a path.
    """
    name = unicodedata.normalize("NFC", name or "")
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(
        char for char in name if unicodedata.category(char) not in _UNSAFE_CATEGORIES
    )
    name = _WINDOWS_RESERVED.sub("_", name)
    name = " ".join(name.split())
    # Windows drops trailing dots and spaces, which could expose a second extension.
    name = name.rstrip(". ")

    stem, dot, extension = name.rpartition(".")
    if not dot or len(extension) > _MAX_EXTENSION_LENGTH or " " in extension:
        stem, extension = name, ""
    stem = stem.lstrip(". ").rstrip()
    if not stem:
        stem = FALLBACK_STEM

    suffix = f".{extension}" if extension else ""
    return stem[: MAX_NAME_LENGTH - len(suffix)].rstrip(". ") + suffix


def check_upload(uploaded_file, *, allowed_types, max_bytes):
    """Check an uploaded file and describe it, or raise `ValidationError`.

    `uploaded_file` is a Django `UploadedFile`; it is read in chunks and left at
    position 0 so the caller can save it. `allowed_types` are keys of
    `FILE_TYPES`; `max_bytes` is the upload limit.
    """
    allowed_types = list(allowed_types)
    unknown = set(allowed_types) - FILE_TYPES.keys()
    if unknown:
        raise ValueError(f"Unknown file types: {sorted(unknown)}")
    name = safe_display_name(uploaded_file.name)
    try:
        size, sha256, header = _read(uploaded_file, name=name, max_bytes=max_bytes)
        file_type = _detect_type(uploaded_file, header, name=name)
        if file_type not in allowed_types:
            raise ValidationError(
                _(
                    "Die Datei „%(name)s“ hat kein erlaubtes Format. "
                    "Erlaubt sind: %(allowed)s."
                ),
                code="file_type",
                params={
                    "name": name,
                    "allowed": ", ".join(FILE_TYPES[t].label for t in allowed_types),
                },
            )
        _check_extension(name, file_type)
        if file_type in IMAGE_TYPES:
            _check_image(uploaded_file, name=name, file_type=file_type)
        elif file_type in OFFICE_TYPES:
            _check_archive(uploaded_file, name=name, max_bytes=max_bytes)
    finally:
        uploaded_file.seek(0)
    return CheckedUpload(file_type=file_type, name=name, size=size, sha256=sha256)


def _read(uploaded_file, *, name, max_bytes):
    """Stream the file once: size, SHA-256 and the first bytes for type detection."""
    too_large = ValidationError(
        _("Die Datei „%(name)s“ ist größer als erlaubt (höchstens %(limit)s)."),
        code="file_size",
        params={"name": name, "limit": format_megabytes(max_bytes)},
    )
    if uploaded_file.size is not None and uploaded_file.size > max_bytes:
        raise too_large
    digest = hashlib.sha256()
    header = bytearray()
    size = 0
    for chunk in uploaded_file.chunks():
        size += len(chunk)
        if size > max_bytes:
            raise too_large
        digest.update(chunk)
        if len(header) < _SIGNATURE_BYTES:
            header += chunk[: _SIGNATURE_BYTES - len(header)]
    if size == 0:
        raise ValidationError(
            _("Die Datei „%(name)s“ ist leer."),
            code="file_empty",
            params={"name": name},
        )
    return size, digest.hexdigest(), bytes(header)


def _detect_type(uploaded_file, header, *, name):
    """Return the `FILE_TYPES` key the content belongs to, or None.

    For ZIP files the members decide: filetype takes any ZIP whose first member
    lies in word/ for a DOCX, and misses an OOXML file whose main folder is not
    among the first five members within the first 8 KiB.
    """
    kind = filetype.guess(header)
    if kind is None:
        return None
    file_type = _TYPE_BY_MIME.get(kind.mime)
    if kind.mime != _ZIP_MIME and file_type not in OFFICE_TYPES:
        return file_type
    try:
        from_members = _office_type_from_members(uploaded_file)
    except _ZIP_ERRORS:
        if file_type is None:
            return None
        raise _archive_corrupt(name) from None
    if file_type is None or file_type == from_members:
        return from_members
    return None


def _office_type_from_members(uploaded_file):
    uploaded_file.seek(0)
    with zipfile.ZipFile(uploaded_file) as archive:
        names = set(archive.namelist())
        if "mimetype" in names:
            with archive.open("mimetype") as member:
                mime = member.read(_MAX_MARKER_BYTES).decode("ascii", "replace")
            file_type = _TYPE_BY_MIME.get(mime.strip())
            return file_type if file_type in ODF_TYPES else None
        if "[Content_Types].xml" in names:
            with archive.open("[Content_Types].xml") as member:
                content_types = member.read(_MAX_MARKER_BYTES)
            found = [
                file_type
                for file_type, main in OOXML_TYPES.items()
                if main.encode() in content_types
            ]
            return found[0] if len(found) == 1 else None
    return None


def _check_extension(name, file_type):
    extension = name.rpartition(".")[2] if "." in name else ""
    expected = FILE_TYPES[file_type].extensions
    if extension.lower() not in expected:
        raise ValidationError(
            _(
                "Die Endung der Datei „%(name)s“ passt nicht zu ihrem Inhalt "
                "(%(label)s). Erwartet wird: %(extensions)s."
            ),
            code="file_extension",
            params={
                "name": name,
                "label": FILE_TYPES[file_type].label,
                "extensions": ", ".join(f".{e}" for e in expected),
            },
        )


def _check_image(uploaded_file, *, name, file_type):
    """Open the image with Pillow: refuse corrupt files and decompression bombs.

    `verify()` checks a PNG's chunks, not a JPEG's data, so a JPEG is also
    decoded at 1/8 scale, which finds a truncated file without the memory of a
    full decode.
    """
    formats = [IMAGE_TYPES[file_type]]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            uploaded_file.seek(0)
            with Image.open(uploaded_file, formats=formats) as image:
                image.verify()
            uploaded_file.seek(0)
            with Image.open(uploaded_file, formats=formats) as image:
                width, height = image.size
                limit = Image.MAX_IMAGE_PIXELS
                if limit and width * height > limit:
                    raise Image.DecompressionBombError
                if file_type == "jpg":
                    image.draft(None, (max(1, width // 8), max(1, height // 8)))
                    image.load()
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise ValidationError(
            _(
                "Das Bild „%(name)s“ hat zu viele Bildpunkte. Bitte verkleinern Sie "
                "es und laden Sie es erneut hoch."
            ),
            code="image_too_large",
            params={"name": name},
        ) from None
    except Exception:
        # Pillow signals a broken file with many exception types.
        raise ValidationError(
            _(
                "Das Bild „%(name)s“ ist beschädigt oder unvollständig und kann "
                "nicht geöffnet werden."
            ),
            code="image_corrupt",
            params={"name": name},
        ) from None


def _archive_corrupt(name):
    return ValidationError(
        _("Die Datei „%(name)s“ ist beschädigt und kann nicht geöffnet werden."),
        code="archive_corrupt",
        params={"name": name},
    )


def _check_archive(uploaded_file, *, name, max_bytes):
    """Refuse office files whose ZIP container is broken or unpacks too large.

    Uses the sizes the archive declares; a reader that trusts larger real sizes
    gets a CRC error from `zipfile` instead of the extra data.
    """
    uploaded_file.seek(0)
    try:
        with zipfile.ZipFile(uploaded_file) as archive:
            members = archive.infolist()
    except _ZIP_ERRORS:
        raise _archive_corrupt(name) from None
    unpacked = sum(member.file_size for member in members)
    if len(members) > MAX_ARCHIVE_MEMBERS or unpacked > MAX_UNPACKED_RATIO * max_bytes:
        raise ValidationError(
            _(
                "Die Datei „%(name)s“ ist entpackt zu groß oder besteht aus zu vielen "
                "Teilen und wird deshalb nicht angenommen."
            ),
            code="archive_too_large",
            params={"name": name},
        )
