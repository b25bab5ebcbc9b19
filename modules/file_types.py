"""The file types a participant may attach to a project, by short name.

Each entry: the label editors and participants see, the MIME type the file
is served with, and the extensions a file of that type may carry.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class FileType:
    label: str
    mime_type: str
    extensions: tuple


FILE_TYPES = {
    "pdf": FileType("PDF", "application/pdf", ("pdf",)),
    "docx": FileType(
        "Word (DOCX)",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ("docx",),
    ),
    "odt": FileType(
        "OpenDocument-Text (ODT)", "application/vnd.oasis.opendocument.text", ("odt",)
    ),
    "xlsx": FileType(
        "Excel (XLSX)",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ("xlsx",),
    ),
    "ods": FileType(
        "OpenDocument-Tabelle (ODS)",
        "application/vnd.oasis.opendocument.spreadsheet",
        ("ods",),
    ),
    "pptx": FileType(
        "PowerPoint (PPTX)",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ("pptx",),
    ),
    "jpg": FileType("JPEG-Bild", "image/jpeg", ("jpg", "jpeg")),
    "png": FileType("PNG-Bild", "image/png", ("png",)),
}

DEFAULT_FILE_TYPES = list(FILE_TYPES)
