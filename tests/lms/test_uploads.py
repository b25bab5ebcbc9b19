import hashlib
import io
import struct
import zipfile
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile, TemporaryUploadedFile
from PIL import Image

from lms.projects.uploads import (
    CheckedUpload,
    check_upload,
    format_megabytes,
    safe_display_name,
)
from modules.file_types import FILE_TYPES

MB = 1024 * 1024
ALL_TYPES = list(FILE_TYPES)


def make_pdf():
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, xref)
    )
    return out.getvalue()


OOXML_MAIN = {
    "docx": (
        "word/document.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    ),
    "xlsx": (
        "xl/workbook.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    ),
    "pptx": (
        "ppt/presentation.xml",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
    ),
}


def make_ooxml(kind="docx", *, leading=(), extra=(), content_type=None):
    """An OOXML package; `leading` members go before the main part."""
    part, main_type = OOXML_MAIN[kind]
    content_type = content_type or main_type
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        f'<Override PartName="/{part}" ContentType="{content_type}"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Target="{part}" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument"/></Relationships>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("_rels/.rels", rels)
        for name, data in leading:
            archive.writestr(name, data)
        archive.writestr(part, "<document>Projektplan Müller</document>")
        for name, data in extra:
            archive.writestr(name, data)
    return out.getvalue()


def make_odf(kind="odt"):
    mime = FILE_TYPES[kind].mime_type
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        # ODF: "mimetype" comes first and uncompressed; that is what filetype reads.
        archive.writestr("mimetype", mime, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", "<office:document-content/>")
        archive.writestr("META-INF/manifest.xml", "<manifest:manifest/>")
    return out.getvalue()


def make_image(fmt, size=(40, 30)):
    out = io.BytesIO()
    Image.new("RGB", size, "white").save(out, fmt)
    return out.getvalue()


def make_blank_png(width, height):
    """A one-bit PNG written row by row, without holding the pixels in memory."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" * (1 + (width + 7) // 8)
    packer = zlib.compressobj(9)
    data = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", data)
        + chunk(b"IEND", b"")
    )


def make_noisy_jpeg():
    out = io.BytesIO()
    Image.effect_noise((200, 200), 60).convert("RGB").save(out, "JPEG")
    return out.getvalue()


def upload(name, content):
    return SimpleUploadedFile(name, content)


def check(name, content, *, allowed=ALL_TYPES, max_bytes=20 * MB):
    uploaded = upload(name, content)
    return check_upload(uploaded, allowed_types=allowed, max_bytes=max_bytes)


def refusal(name, content, **kwargs):
    with pytest.raises(ValidationError) as info:
        check(name, content, **kwargs)
    return info.value


VALID_FILES = [
    ("Projektplan Müller.pdf", make_pdf, "pdf"),
    ("Bericht.docx", lambda: make_ooxml("docx"), "docx"),
    ("Kalkulation.xlsx", lambda: make_ooxml("xlsx"), "xlsx"),
    ("Vortrag.pptx", lambda: make_ooxml("pptx"), "pptx"),
    ("Konzept.odt", lambda: make_odf("odt"), "odt"),
    ("Zahlen.ods", lambda: make_odf("ods"), "ods"),
    ("Foto.png", lambda: make_image("PNG"), "png"),
    ("Foto.jpg", lambda: make_image("JPEG"), "jpg"),
    ("Foto.JPEG", make_noisy_jpeg, "jpg"),
]


@pytest.mark.parametrize(("name", "build", "file_type"), VALID_FILES)
def test_allowed_file_passes_with_type_size_and_hash(name, build, file_type):
    content = build()
    uploaded = upload(name, content)

    result = check_upload(uploaded, allowed_types=ALL_TYPES, max_bytes=20 * MB)

    assert result == CheckedUpload(
        file_type=file_type,
        name=name,
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
    )
    assert uploaded.tell() == 0
    assert uploaded.read() == content


def test_temporary_uploaded_file_is_checked_and_rewound():
    content = make_pdf()
    uploaded = TemporaryUploadedFile("Plan.pdf", "application/pdf", len(content), None)
    uploaded.write(content)
    uploaded.flush()
    try:
        result = check_upload(uploaded, allowed_types=["pdf"], max_bytes=MB)
        assert result.file_type == "pdf"
        assert result.size == len(content)
        assert uploaded.tell() == 0
    finally:
        uploaded.close()


def test_file_is_rewound_after_refusal():
    uploaded = upload("Foto.pdf", make_image("PNG"))
    with pytest.raises(ValidationError):
        check_upload(uploaded, allowed_types=ALL_TYPES, max_bytes=MB)
    assert uploaded.tell() == 0


def test_ooxml_with_main_part_beyond_filetypes_window_is_detected_from_members():
    # filetype only looks at the first five members; LibreOffice and others may
    # put docProps and customXml first.
    leading = [
        ("docProps/app.xml", "<Properties/>"),
        ("docProps/core.xml", "<cp:coreProperties/>"),
        ("docProps/custom.xml", "<Properties/>"),
        ("customXml/item1.xml", "<b:Sources/>"),
    ]
    result = check("Bericht.docx", make_ooxml("docx", leading=leading))
    assert result.file_type == "docx"


def test_macro_enabled_word_file_named_docx_is_refused():
    # filetype calls this a DOCX; [Content_Types].xml says it is a DOCM.
    content = make_ooxml(
        "docx", content_type="application/vnd.ms-word.document.macroEnabled.main+xml"
    )
    assert refusal("Bericht.docx", content).code == "file_type"


def test_docx_named_xlsx_is_refused():
    assert refusal("Tabelle.xlsx", make_ooxml("docx")).code == "file_extension"


def test_plain_zip_named_docx_is_refused():
    # filetype takes any ZIP whose first member lies in word/ for a DOCX.
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", "<x/>")
    error = refusal("Bericht.docx", out.getvalue())
    assert error.code == "file_type"


@pytest.mark.parametrize(
    "content",
    [
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200,
        b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 200,
        b"#!/bin/sh\nrm -rf ~\n",
    ],
    ids=["windows-exe", "elf", "shell-script"],
)
def test_executable_renamed_pdf_is_refused(content):
    error = refusal("Projektplan.pdf", content)
    assert error.code == "file_type"
    assert error.messages == [
        "Die Datei „Projektplan.pdf“ hat kein erlaubtes Format. Erlaubt sind: PDF, "
        "Word (DOCX), OpenDocument-Text (ODT), Excel (XLSX), "
        "OpenDocument-Tabelle (ODS), PowerPoint (PPTX), JPEG-Bild, PNG-Bild."
    ]


def test_png_renamed_pdf_is_refused():
    error = refusal("Projektplan.pdf", make_image("PNG"))
    assert error.code == "file_extension"
    assert error.messages == [
        "Die Endung der Datei „Projektplan.pdf“ passt nicht zu ihrem Inhalt "
        "(PNG-Bild). Erwartet wird: .png."
    ]


@pytest.mark.parametrize("name", ["Projektplan.png", "Projektplan", "Plan.pdf.exe"])
def test_pdf_with_wrong_or_missing_extension_is_refused(name):
    assert refusal(name, make_pdf()).code == "file_extension"


def test_trailing_dots_are_dropped_from_the_name():
    assert check("Plan.pdf.", make_pdf()).name == "Plan.pdf"


def test_type_not_in_allowed_types_is_refused():
    error = refusal("Foto.png", make_image("PNG"), allowed=["pdf", "docx"])
    assert error.code == "file_type"
    assert error.messages == [
        "Die Datei „Foto.png“ hat kein erlaubtes Format. "
        "Erlaubt sind: PDF, Word (DOCX)."
    ]


def test_unknown_allowed_type_is_a_programming_error():
    with pytest.raises(ValueError):
        check("Plan.pdf", make_pdf(), allowed=["pdf", "exe"])


def test_oversized_file_is_refused():
    content = make_pdf() + b"%" + b"x" * 2 * MB
    error = refusal("Plan.pdf", content, max_bytes=MB + MB // 2)
    assert error.code == "file_size"
    assert error.messages == [
        "Die Datei „Plan.pdf“ ist größer als erlaubt (höchstens 1,5 MB)."
    ]


def test_oversized_file_is_refused_while_reading_even_if_size_is_wrong():
    uploaded = upload("Plan.pdf", make_pdf() + b"x" * 5000)
    uploaded.size = 10
    with pytest.raises(ValidationError) as info:
        check_upload(uploaded, allowed_types=["pdf"], max_bytes=4000)
    assert info.value.code == "file_size"


def test_file_of_exactly_max_bytes_passes():
    content = make_pdf()
    assert check("Plan.pdf", content, max_bytes=len(content)).size == len(content)


def test_empty_file_is_refused():
    error = refusal("Plan.pdf", b"")
    assert error.code == "file_empty"
    assert error.messages == ["Die Datei „Plan.pdf“ ist leer."]


SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg">'
    b"<script>alert(document.cookie)</script></svg>"
)
HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script>%PDF-1.4</body></html>"


@pytest.mark.parametrize("content", [SVG, HTML], ids=["svg", "html"])
@pytest.mark.parametrize("name", ["Plan.pdf", "Bild.png", "Bild.svg", "Seite.html"])
def test_svg_and_html_are_refused_whatever_their_name(content, name):
    assert refusal(name, content).code == "file_type"


def test_pdf_marker_not_at_the_start_is_not_a_pdf():
    content = b"   \n" + make_pdf()
    assert refusal("Plan.pdf", content).code == "file_type"


def test_decompression_bomb_png_is_refused():
    # 20000 × 20000 one-bit pixels: about 50 KB on disk, 400 million pixels.
    content = make_blank_png(20000, 20000)
    assert len(content) < 100_000
    error = refusal("Bombe.png", content)
    assert error.code == "image_too_large"
    assert error.messages == [
        "Das Bild „Bombe.png“ hat zu viele Bildpunkte. Bitte verkleinern Sie es "
        "und laden Sie es erneut hoch."
    ]


@pytest.mark.parametrize(
    "size", [(110, 100), (300, 300)], ids=["warning-range", "error-range"]
)
@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_image_over_max_image_pixels_is_refused(monkeypatch, size, fmt):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 10_000)
    name = "Bild.png" if fmt == "PNG" else "Bild.jpg"
    assert refusal(name, make_image(fmt, size=size)).code == "image_too_large"


def test_blank_png_builder_makes_a_valid_png():
    assert check("Leer.png", make_blank_png(300, 200)).file_type == "png"


def test_image_at_max_image_pixels_passes(monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 10_000)
    assert check("Bild.png", make_image("PNG", size=(100, 100))).file_type == "png"


CORRUPT_MESSAGE = (
    "Das Bild „{}“ ist beschädigt oder unvollständig und kann nicht geöffnet werden."
)


def test_truncated_png_is_refused():
    content = make_image("PNG")
    error = refusal("Foto.png", content[: len(content) - 20])
    assert error.code == "image_corrupt"
    assert error.messages == [CORRUPT_MESSAGE.format("Foto.png")]


def test_png_with_garbled_data_is_refused():
    content = bytearray(make_image("PNG", size=(64, 64)))
    content[60:80] = b"\x00" * 20
    assert refusal("Foto.png", bytes(content)).code == "image_corrupt"


def test_png_signature_alone_is_refused():
    content = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    assert refusal("Foto.png", content).code == "image_corrupt"


def test_truncated_jpeg_is_refused():
    # Pillow's verify() does not read JPEG data; the check decodes it.
    content = make_noisy_jpeg()
    error = refusal("Foto.jpg", content[: len(content) // 2])
    assert error.code == "image_corrupt"
    assert error.messages == [CORRUPT_MESSAGE.format("Foto.jpg")]


def test_zip_bomb_docx_is_refused():
    # 25 MB of zeros pack into about 25 KB; 20 × 1 MB may be unpacked.
    bomb = [("word/media/image1.bin", b"\x00" * 25 * MB)]
    content = make_ooxml("docx", extra=bomb)
    assert len(content) < MB
    error = refusal("Bericht.docx", content, max_bytes=MB)
    assert error.code == "archive_too_large"
    assert error.messages == [
        "Die Datei „Bericht.docx“ ist entpackt zu groß oder besteht aus zu vielen "
        "Teilen und wird deshalb nicht angenommen."
    ]


def test_odt_with_too_many_members_is_refused():
    out = io.BytesIO(make_odf("odt"))
    with zipfile.ZipFile(out, "a") as archive:
        for number in range(2000):
            archive.writestr(f"Pictures/{number}.xml", "")
    assert refusal("Konzept.odt", out.getvalue()).code == "archive_too_large"


def test_docx_without_central_directory_is_refused():
    content = make_ooxml("docx")
    error = refusal("Bericht.docx", content[: content.rindex(b"PK\x01\x02")])
    assert error.code == "archive_corrupt"
    assert error.messages == [
        "Die Datei „Bericht.docx“ ist beschädigt und kann nicht geöffnet werden."
    ]


@pytest.mark.parametrize("flag", [0x1, None], ids=["encrypted", "garbled"])
def test_docx_with_unreadable_content_types_is_refused(flag):
    content = bytearray(make_ooxml("docx"))
    if flag:
        # Mark [Content_Types].xml as encrypted in the central directory.
        central = content.index(b"PK\x01\x02")
        content[central + 8] |= flag
    else:
        start = 30 + len("[Content_Types].xml")
        content[start : start + 40] = b"\xff" * 40
    assert refusal("Bericht.docx", bytes(content)).code == "archive_corrupt"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("..\\..\\x.pdf", "x.pdf"),
        ("C:\\Users\\a\\Projekt.pdf", "Projekt.pdf"),
        ("/var/www/../Projekt.pdf", "Projekt.pdf"),
        ("Projekt\x00.pdf", "Projekt.pdf"),
        ("Projekt\r\nContent-Type: text/html.pdf", "html.pdf"),
        ("Projekt\nplan.pdf", "Projektplan.pdf"),
        ("Rechnung\u202efdp.exe", "Rechnungfdp.exe"),
        (".htaccess", "Anhang.htaccess"),
        ("..pdf", "Anhang.pdf"),
        ("...", "Anhang"),
        ("", "Anhang"),
        ("../", "Anhang"),
        ("  Projektplan   Müller .pdf", "Projektplan Müller.pdf"),
        ("Plan.pdf. . ", "Plan.pdf"),
        ('a<b>:"c"|?*.pdf', "a_b___c____.pdf"),
        ("Bericht v1.2 final", "Bericht v1.2 final"),
    ],
)
def test_safe_display_name_gives_a_plain_file_name(raw, expected):
    assert safe_display_name(raw) == expected


def test_safe_display_name_normalises_to_nfc():
    decomposed = "Mu\u0308ller.pdf"
    assert safe_display_name(decomposed) == "M\u00fcller.pdf"


def test_safe_display_name_cuts_long_names_keeping_the_extension():
    name = safe_display_name("Ä" * 300 + ".docx")
    assert len(name) == 150
    assert name == "Ä" * 145 + ".docx"


def test_check_upload_returns_safe_name_for_traversal_names():
    result = check("..\\..\\Projekt Übersicht.pdf", make_pdf())
    assert result.name == "Projekt Übersicht.pdf"


@pytest.mark.parametrize(
    ("n_bytes", "expected"),
    [
        (20 * MB, "20 MB"),
        (MB + MB // 2, "1,5 MB"),
        (20 * MB + 1, "20,1 MB"),
        (0, "0 MB"),
        (1, "0,1 MB"),
        (2048 * MB, "2.048 MB"),
    ],
)
def test_format_megabytes_uses_german_notation(n_bytes, expected):
    assert format_megabytes(n_bytes) == expected
