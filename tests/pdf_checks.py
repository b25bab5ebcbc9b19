"""Checks shared by the PDF tests: is every glyph drawn in an embedded font,
which QR codes does a page show?"""

import pypdfium2
import zxingcpp
from pypdf.generic import ContentStream


def embedded(font):
    if "/DescendantFonts" in font:
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and bool(
        {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor.get_object())
    )


def fonts(reader):
    """Every font the pages name, and those that actually draw text."""
    named, drawing = {}, {}
    for pdf_page in reader.pages:
        fonts = pdf_page["/Resources"]["/Font"]
        named.update({name: ref.get_object() for name, ref in fonts.items()})
        current = None
        for operands, operator in ContentStream(
            pdf_page.get_contents(), reader
        ).operations:
            if operator == b"Tf":
                current = operands[0]
            elif operator in {b"Tj", b"TJ", b"'", b'"'}:
                assert current is not None, "text drawn before any font was set"
                drawing[current] = fonts[current].get_object()
    return named, drawing


def assert_every_named_font_embedded(reader):
    named, _drawing = fonts(reader)
    missing = [str(font["/BaseFont"]) for font in named.values() if not embedded(font)]
    assert not missing, f"fonts named but not embedded: {missing}"


def assert_text_drawn_in_embedded_dejavu(reader):
    named, drawing = fonts(reader)
    faces = {str(font["/BaseFont"]).split("+")[-1] for font in drawing.values()}
    assert faces <= {"DejaVuSans", "DejaVuSans-Bold"}, faces
    assert faces
    assert all(embedded(font) for font in drawing.values())
    # ReportLab names Helvetica as every canvas's and table cell's starting
    # font, in text objects that draw nothing; no glyph may come from it.
    not_embedded = {
        str(font["/BaseFont"]) for font in named.values() if not embedded(font)
    }
    assert not_embedded <= {"/Helvetica"}


def qr_codes(pdf_bytes, page=0):
    """The texts of the QR codes on a page, read from the page rendered at
    144 dpi (the way a phone camera sees a print)."""
    document = pypdfium2.PdfDocument(pdf_bytes)
    try:
        image = document[page].render(scale=2).to_pil().convert("L")
    finally:
        document.close()
    return [barcode.text for barcode in zxingcpp.read_barcodes(image)]
