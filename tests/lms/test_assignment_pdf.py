"""The practice project as one PDF: what a partner reading it sees, and what
the render must never do (lose text, fetch anything, fall back to a font
without umlauts)."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from django.utils.timezone import localtime
from PIL import Image
from pypdf import PdfReader

from lms.projects import pdf as assignment_pdf
from lms.projects import selectors
from lms.projects import services as assignments
from lms.projects.pdf import ProjectPdfError, font_link_callback, render_version_pdf
from lms.projects.uploads import check_upload
from tests.factories import UserFactory, enrolled_in_assignment, handed_in_version
from tests.pdf_checks import assert_text_drawn_in_embedded_dejavu

PROJECT_TITLE = "„Sicher im Quartier“ – Präventionsprojekt Leipzig-Grünau"
GOAL_TEXT = "Weniger Wohnungseinbrüche im Quartier Grünau-Nord"
PROGRAMME = "Communities That Care (CTC)"
LONG_URL = "https://www.gruene-liste-praevention.de/nano.cms/datenbank/programm/" + (
    "x" * 120
)


@pytest.fixture(autouse=True)
def _german():
    with translation.override("de"):
        yield


@pytest.fixture
def enrolled(db):
    user = UserFactory(
        username="joerg", first_name="Jörg", last_name="Weiß", groups=["Teilnehmende"]
    )
    return enrolled_in_assignment(user=user, title="Praxisprojekt Beccaria")


def _png_upload(name):
    buffer = io.BytesIO()
    Image.new("RGB", (20, 10), "green").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def _write_project(page, enrolment, *, first_text=None, goals=None):
    """A draft with every part filled in and one attachment; `first_text`
    replaces the text of the first section."""
    draft = assignments.open_draft(enrolment=enrolment, page=page)
    sections = [
        {**section, "text": f"Zu „{section['title']}“:\nzweite Zeile"}
        for section in selectors.brief_sections(page)
    ]
    if first_text is not None:
        sections[0]["text"] = first_text
    goals = goals or [
        {
            "key": "g1",
            "kind": "prevention",
            "text": GOAL_TEXT,
            "target_group": "Haushalte im Quartier",
            "indicator": "Anzeigen laut PKS",
        },
        {
            "key": "g2",
            "kind": "sub",
            "text": "Nachbarschaftshilfe aufbauen",
            "target_group": "Mieterinnen und Mieter",
            "indicator": "Zahl der Treffen",
        },
    ]
    measures = [
        {
            "key": "m1",
            "title": "Sicherheitsberatung vor Ort",
            "description": "Beratung durch die Polizei in den Wohnblöcken.",
            "goal_keys": ["g1", "g2"],
            "reason": "Die meisten Einbrüche geschehen über ungesicherte Türen.",
            "evidence": "Erfahrungen aus Dresden-Prohlis.",
            "programme": PROGRAMME,
            "programme_url": LONG_URL,
            "rating": "proven",
        }
    ]
    planning = [
        {
            "measure_key": "m1",
            "planned_activity": "Erste Beratung",
            "planned_date": "2027-03-15",
            "actual_activity": "Erste Beratung mit Hausverwaltung",
            "actual_date": "2027-04-02",
            "deviation": "zwei Wochen später",
            "reason": "Raum erst ab April frei",
        }
    ]
    assignments.save_draft(
        version=draft,
        revision=draft.revision,
        title=PROJECT_TITLE,
        sections=sections,
        goals=goals,
        measures=measures,
        planning=planning,
    )
    upload = _png_upload("Lageplan_Grünau.png")
    checked = check_upload(upload, allowed_types=["png"], max_bytes=page.max_file_bytes)
    assignments.add_attachment(version=draft, upload=upload, checked=checked)
    draft.refresh_from_db()
    return draft


def _handed_in(page, enrolment, **kwargs):
    draft = _write_project(page, enrolment, **kwargs)
    return assignments.submit(version=draft, page=page, user=enrolment.user)


def _text(pdf):
    reader = PdfReader(io.BytesIO(pdf))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def _flat(text):
    """Extracted text with line breaks removed, to find text that wrapped."""
    return " ".join(text.split())


def test_handed_in_project_shows_everything_a_partner_needs(enrolled, no_network):
    page, enrolment = enrolled
    version = _handed_in(page, enrolment)

    pdf = render_version_pdf(version)

    assert pdf.startswith(b"%PDF")
    _reader, text = _text(pdf)
    flat = _flat(text)
    assert "Landespräventionsrat Sachsen – Beccaria LMS" in flat
    assert "Jörg Weiß" in flat
    assert PROJECT_TITLE in flat
    assert "Praxisprojekt Beccaria" in flat
    assert enrolment.cohort.name in flat
    assert enrolment.cohort.programme.title in flat
    submitted = localtime(version.submitted_at).strftime("%d.%m.%Y")
    assert f"Fassung 1, eingereicht am {submitted}" in flat
    for section in version.sections:
        assert section["title"] in flat
    assert GOAL_TEXT in flat
    assert "Präventionsziel" in flat
    assert "Sicherheitsberatung vor Ort" in flat
    assert PROGRAMME in flat
    assert "Effektivität nachgewiesen" in flat
    assert "15.03.2027" in flat
    assert "02.04.2027" in flat
    assert "Raum erst ab April frei" in flat
    assert "Lageplan_Grünau.png" in flat
    assert "PNG-Bild" in flat
    assert "Seite 1 von" in flat
    assert no_network == []


def test_a_measure_names_its_goals_by_their_text(enrolled):
    page, enrolment = enrolled
    version = _handed_in(page, enrolment)

    flat = _flat(_text(render_version_pdf(version))[1])

    assert (
        "Ziele, zu denen die Maßnahme beiträgt: "
        f"{GOAL_TEXT}; Nachbarschaftshilfe aufbauen" in flat
    )


def test_a_draft_says_it_is_a_draft_with_its_time(enrolled):
    page, enrolment = enrolled
    draft = _write_project(page, enrolment)

    flat = _flat(_text(render_version_pdf(draft))[1])

    saved = localtime(draft.updated_at).strftime("%d.%m.%Y %H:%M")
    assert f"Entwurf, Stand {saved}" in flat
    assert "eingereicht am" not in flat


def test_all_text_is_drawn_in_the_embedded_dejavu_fonts(enrolled):
    page, enrolment = enrolled
    reader, _text_ = _text(render_version_pdf(_handed_in(page, enrolment)))

    assert_text_drawn_in_embedded_dejavu(reader)


def test_long_text_flows_over_several_pages_without_losing_the_end(enrolled):
    page, enrolment = enrolled
    paragraphs = [
        f"Absatz {number}: Die Analyse der Entstehungsbedingungen zeigt, "
        "dass Tatgelegenheiten, fehlende soziale Kontrolle und schlecht "
        "beleuchtete Wege zusammenwirken. " * 3
        for number in range(1, 31)
    ]
    paragraphs.append(
        "Letzter Absatz mit Überlänge: " + "Sicherheitspartnerschaft" * 12
    )
    version = _handed_in(page, enrolment, first_text="\n\n".join(paragraphs))

    reader, text = _text(render_version_pdf(version))

    assert len(reader.pages) >= 3
    flat = _flat(text)
    assert "Absatz 30:" in flat
    assert "Letzter Absatz mit Überlänge" in flat
    assert f"Seite {len(reader.pages)} von {len(reader.pages)}" in flat


def test_a_long_table_cell_goes_on_over_pages_under_its_heading(enrolled):
    page, enrolment = enrolled
    long_goal = " ".join(f"Wort{number}" for number in range(1500)) + " ENDE-DES-ZIELS"
    goals = [
        {
            "key": "g1",
            "kind": "project",
            "text": long_goal,
            "target_group": "alle",
            "indicator": "eine Zahl",
        }
    ]
    version = _handed_in(page, enrolment, goals=goals)

    reader, text = _text(render_version_pdf(version))

    pages = [_flat(pdf_page.extract_text()) for pdf_page in reader.pages]
    first = next(i for i, page_text in enumerate(pages) if "Wort0 " in page_text)
    last = next(i for i, page_text in enumerate(pages) if "ENDE-DES-ZIELS" in page_text)
    assert last > first
    for page_text in pages[first : last + 1]:
        assert "Ziele Art des Ziels Ziel Zielgruppe Indikator" in page_text
    words = set(_flat(text).split())
    assert all(f"Wort{number}" in words for number in range(1500))


def test_what_the_participant_wrote_is_shown_as_text_and_never_fetched(
    enrolled, no_network, monkeypatch
):
    page, enrolment = enrolled
    markup = "<b>x</b><img src='http://example.org/a.png'>"
    asked = []

    def watched(uri, rel=None):
        asked.append(str(uri))
        return font_link_callback(uri, rel)

    monkeypatch.setattr(assignment_pdf, "font_link_callback", watched)
    version = _handed_in(page, enrolment, first_text=markup)

    flat = _flat(_text(render_version_pdf(version))[1])

    assert markup in flat
    assert no_network == []
    assert asked
    assert all(uri in assignment_pdf.FONTS for uri in asked)


@pytest.mark.parametrize(
    "uri",
    [
        "http://example.org/a.png",
        "https://example.org/DejaVuSans.ttf",
        "file:///etc/passwd",
        "/etc/passwd",
        "../../lms/settings/base.py",
        "../fonts/DejaVuSans.ttf",
        "data:font/ttf;base64,AAAA",
        "DejaVu-LICENSE.txt",
    ],
)
def test_link_callback_refuses_anything_but_the_bundled_fonts(uri):
    assert font_link_callback(uri, None) is None


def test_link_callback_resolves_the_bundled_fonts_inside_static_fonts(settings):
    for name in assignment_pdf.FONTS:
        path = font_link_callback(name, None)
        assert path == str(settings.BASE_DIR / "static" / "fonts" / name)


def test_a_render_error_raises_instead_of_returning_a_broken_pdf(
    enrolled, monkeypatch, caplog
):
    page, enrolment = enrolled
    version = handed_in_version(enrolment, page)

    class Failed:
        err = 1
        log = [("error", 3, "Something went wrong", "")]

    monkeypatch.setattr("cms.core.pdf.pisa.CreatePDF", lambda *a, **kw: Failed())

    with pytest.raises(ProjectPdfError):
        render_version_pdf(version)
    assert "Something went wrong" in caplog.text
