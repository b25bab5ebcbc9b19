"""Images and worksheets for the demo lessons, drawn and rendered on the spot."""

import io

from django.conf import settings
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageDraw, ImageFont
from wagtail.documents.models import Document
from wagtail.images.models import Image as WagtailImage
from wagtail.models import Collection, CollectionViewRestriction
from xhtml2pdf import pisa

COURSE_MATERIAL = "Lehrmaterial"
INK = (27, 31, 29)
GREEN = (11, 90, 60)
LIGHT = (230, 242, 236)
WATER = (198, 222, 240)


FONT = settings.BASE_DIR / "static" / "fonts" / "DejaVuSans.ttf"


def _font(size):
    return ImageFont.truetype(str(FONT), size=size)


def _centered(draw, box, text, size, fill=INK):
    font = _font(size)
    left, top, right, bottom = box
    lines = text.split("\n")
    heights = [draw.textbbox((0, 0), line, font=font)[3] for line in lines]
    y = top + (bottom - top - sum(heights) - 6 * (len(lines) - 1)) / 2
    for line, height in zip(lines, heights, strict=True):
        width = draw.textlength(line, font=font)
        draw.text((left + (right - left - width) / 2, y), line, font=font, fill=fill)
        y += height + 6


def _hellfeld_dunkelfeld():
    img = Image.new("RGB", (960, 560), "white")
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 170, 960, 560), fill=WATER)
    draw.polygon([(330, 40), (630, 40), (690, 170), (270, 170)], fill=GREEN)
    draw.polygon(
        [(270, 170), (690, 170), (860, 420), (700, 540), (260, 540), (100, 400)],
        fill=(120, 160, 140),
    )
    draw.line((0, 170, 960, 170), fill=INK, width=3)
    _centered(
        draw, (270, 50, 690, 165), "Hellfeld\n(polizeilich registriert)", 22, "white"
    )
    _centered(draw, (260, 250, 700, 460), "Dunkelfeld\n(nicht angezeigt)", 30)
    draw.text((20, 180), "Wasserlinie = Anzeige", font=_font(20), fill=INK)
    return img


def _praeventionsebenen():
    img = Image.new("RGB", (960, 480), "white")
    draw = ImageDraw.Draw(img)
    rows = [
        ("Primäre Prävention", "alle", 900),
        ("Sekundäre Prävention", "Risikogruppen", 620),
        ("Tertiäre Prävention", "bereits Auffällige", 340),
    ]
    for index, (title, who, width) in enumerate(rows):
        top = 40 + index * 140
        left = (960 - width) // 2
        shade = [GREEN, (24, 104, 72), (38, 112, 80)][index]
        draw.rounded_rectangle((left, top, left + width, top + 110), 12, fill=shade)
        _centered(
            draw, (left, top, left + width, top + 110), f"{title}\n{who}", 26, "white"
        )
    return img


def _beccaria_sieben_schritte():
    steps = [
        "Problem-\nbeschreibung",
        "Analyse der\nEntstehungs-\nbedingungen",
        "Ziele und\nZielgruppen",
        "Maßnahmen",
        "Projektplanung\nund -durchführung",
        "Die Wirkung\nüberprüfen",
        "Schluss-\nfolgerungen und\nDokumentation",
    ]
    img = Image.new("RGB", (960, 520), "white")
    draw = ImageDraw.Draw(img)
    for index, text in enumerate(steps):
        row, col = divmod(index, 4)
        left = 20 + col * 235 + (117 if row else 0)
        top = 30 + row * 250
        draw.rounded_rectangle(
            (left, top, left + 210, top + 200), 14, fill=LIGHT, outline=GREEN, width=4
        )
        draw.ellipse((left + 80, top + 12, left + 130, top + 62), fill=GREEN)
        _centered(
            draw,
            (left + 80, top + 12, left + 130, top + 62),
            str(index + 1),
            26,
            "white",
        )
        _centered(draw, (left + 8, top + 70, left + 202, top + 195), text, 21)
    return img


IMAGES = {
    "hellfeld_dunkelfeld": ("Hellfeld und Dunkelfeld", _hellfeld_dunkelfeld),
    "praeventionsebenen": ("Ebenen der Prävention", _praeventionsebenen),
    "beccaria_sieben_schritte": (
        "Die sieben Beccaria-Schritte",
        _beccaria_sieben_schritte,
    ),
}

_WORKSHEET = """<html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 2cm; }}
body {{ font-family: Helvetica; font-size: 11pt; color: #1b1f1d; }}
h1 {{ font-size: 18pt; color: #0b5a3c; }}
table {{ width: 100%; }}
td, th {{ border: 1px solid #444; padding: 6px; vertical-align: top; }}
th {{ background: #e6f2ec; text-align: left; }}
</style></head><body>
<p>Beccaria LMS · Landespräventionsrat Sachsen</p>
<h1>{title}</h1>
{content}
</body></html>"""

DOCUMENTS = {
    "arbeitsblatt_planungsuebersicht": (
        "Arbeitsblatt „Tabelle Planungsübersicht“",
        "<p>Tragen Sie für jede Maßnahme ein, was geplant war und was tatsächlich "
        "geschah. Begründen Sie Abweichungen.</p><table><tr><th>Maßnahme</th>"
        "<th>geplant (Aktivität, Termin)</th><th>tatsächlich (Aktivität, Termin)"
        "</th><th>Abweichung</th><th>Begründung</th></tr>"
        + "<tr><td>&nbsp;</td><td></td><td></td><td></td><td></td></tr>" * 8
        + "</table>",
    ),
    "arbeitsblatt_problembeschreibung": (
        "Arbeitsblatt zu Schritt 1: Problembeschreibung",
        "<ol><li>Welches Kriminalitäts- oder Sicherheitsproblem genau wollen Sie "
        "angehen?</li><li>Wo und wann tritt es auf, wer ist betroffen?</li>"
        "<li>Welche Daten beschreiben das Ausmaß (PKS, Befragungen, lokale "
        "Daten)? Welche Kennzahlen wählen Sie?</li><li>Wie sehen die Betroffenen "
        "und die Beteiligten das Problem?</li><li>Was ist über das Problem noch "
        "unbekannt, und wie finden Sie es heraus?</li></ol>",
    ),
    "checkliste_kriminalitaetslagebild": (
        "Checkliste: Datenquellen für ein kommunales Lagebild",
        "<ul><li>Polizeiliche Kriminalstatistik (PKS) und Lagebilder der "
        "Polizeidirektion</li><li>Bürgerbefragung zu Sicherheitsgefühl und "
        "Opfererfahrungen</li><li>Daten des Ordnungsamts (Ordnungswidrigkeiten, "
        "Beschwerden)</li><li>Hinweise von Schulen, Jugendhilfe und "
        "Sozialarbeit</li><li>Begehungen und Beobachtungen vor Ort</li>"
        "<li>Sozialstrukturdaten der Kommune</li></ul>",
    ),
}


def _png(image):
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def worksheet_pdf(title, content):
    """A one-page PDF in the worksheet layout: `title` and HTML `content`."""
    buffer = io.BytesIO()
    result = pisa.CreatePDF(
        _WORKSHEET.format(title=title, content=content), dest=buffer
    )
    if result.err:
        raise RuntimeError(f"Could not render the worksheet {title!r}.")
    return buffer.getvalue()


def demo_images():
    """Wagtail images for the demo lessons, keyed as in the content files."""
    images = {}
    for key, (title, draw) in IMAGES.items():
        image = WagtailImage.objects.filter(title=title).first()
        if image is None:
            data = io.BytesIO(_png(draw()))
            image = WagtailImage(title=title)
            image.file = ImageFile(data, name=f"{key}.png")
            image.save()
        images[key] = image
    return images


def course_material_collection():
    """The collection „Lehrmaterial“, whose documents need a login."""
    collection = Collection.objects.filter(name=COURSE_MATERIAL).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=COURSE_MATERIAL)
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.LOGIN
        )
    return collection


def demo_documents():
    """Wagtail documents (PDF worksheets) for the demo lessons, login only."""
    collection = course_material_collection()
    documents = {}
    for key, (title, content) in DOCUMENTS.items():
        document = Document.objects.filter(title=title).first()
        if document is None:
            pdf = worksheet_pdf(title, content)
            document = Document(title=title, collection=collection, file_size=len(pdf))
            document.file = SimpleUploadedFile(f"{key}.pdf", pdf, "application/pdf")
            document.save()
        documents[key] = document
    return documents
