import pytest
from wagtail.blocks import StreamBlockValidationError
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from cms.blocks import ContentStreamBlock
from modules.models import LessonPage, ProgrammePage
from tests.factories import (
    CohortFactory,
    EnrolmentFactory,
    LessonPageFactory,
    ModulePageFactory,
    ProgrammePageFactory,
    SessionPageFactory,
)

pytestmark = pytest.mark.django_db


def enrol_in(user, page):
    programme = page.get_ancestors().type(ProgrammePage).first().specific
    return EnrolmentFactory(user=user, cohort=CohortFactory(programme=programme))


@pytest.fixture
def programme():
    programme = ProgrammePageFactory()
    for number, title in enumerate(
        [
            "Kriminologie",
            "Kriminalprävention",
            "Projektmanagement",
            "Projektbegleitung",
        ],
        start=1,
    ):
        ModulePageFactory(
            parent=programme,
            number=number,
            title=title,
            summary=f"Kurzbeschreibung {title}",
            learning_goals=f"<ul><li>Ziel in {title}</li></ul>",
            teaching_units=24 + number,
        )
    return programme


def test_programme_page_lists_four_modules_with_summary_goals_and_units(
    client, programme
):
    html = client.get(programme.url).content.decode()
    positions = [
        html.index(f"</span> {title}</a>")
        for title in (
            "Kriminologie",
            "Kriminalprävention",
            "Projektmanagement",
            "Projektbegleitung",
        )
    ]
    assert positions == sorted(positions)
    assert "Kurzbeschreibung Projektmanagement" in html
    assert "Ziel in Projektbegleitung" in html
    assert "25 Unterrichtseinheiten" in html
    assert "28 Unterrichtseinheiten" in html


def test_module_page_is_public_and_lists_its_lessons(client, programme):
    module = programme.get_children().first().specific
    LessonPageFactory(parent=module, title="Theorien im Überblick")
    response = client.get(module.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Theorien im Überblick" in html
    assert "Jetzt anmelden" in html


def test_lesson_sends_anonymous_visitors_to_the_login(client):
    lesson = LessonPageFactory()
    response = client.get(lesson.url)
    assert response.status_code == 302
    assert response["Location"] == f"/konto/anmelden/?next={lesson.url}"
    assert b"Kriminologie fragt" not in response.content


def test_lesson_shows_its_content_to_logged_in_users(client, participant):
    lesson = LessonPageFactory()
    sibling = LessonPageFactory(parent=lesson.get_parent(), title="Zweite Einheit")
    enrol_in(participant, lesson)
    client.force_login(participant)
    html = client.get(lesson.url).content.decode()
    assert "<h2>Einstieg</h2>" in html
    assert "Kriminologie fragt nach Ursachen." in html
    assert "Das Hellfeld ist nicht alles." in html
    assert "Was wissen Sie über Ihr Dunkelfeld?" in html
    assert f'href="{sibling.url}"' in html


def test_image_block_requires_alt_text():
    block = ContentStreamBlock()
    value = block.to_python(
        [{"type": "image", "value": {"image": None, "alt_text": "", "caption": ""}}]
    )
    with pytest.raises(StreamBlockValidationError) as error:
        block.clean(value)
    assert "alt_text" in str(error.value.as_json_data())


def test_editor_edits_and_publishes_a_lesson_in_the_admin(client, editor):
    lesson = LessonPageFactory(title="Alter Titel")
    client.force_login(editor)
    edit_url = f"/admin/pages/{lesson.pk}/edit/"
    assert client.get(edit_url).status_code == 200
    data = nested_form_data(
        {
            "title": "Neuer Titel",
            "slug": lesson.slug,
            "summary": "Überarbeitet.",
            "estimated_minutes": 20,
            "teaching_units": "1.5",
            "required": "on",
            "body": streamfield(
                [("paragraph", rich_text("<p>Neuer Inhalt über die PKS.</p>"))]
            ),
            "action-publish": "publish",
        }
    )
    response = client.post(edit_url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert lesson.title == "Neuer Titel"
    assert lesson.live and not lesson.has_unpublished_changes
    assert "Neuer Inhalt über die PKS." in str(lesson.body)


def test_participant_cannot_open_the_admin(client, participant):
    client.force_login(participant)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_unused_course_documents_are_for_staff_only(client, participant, editor):
    from lms.demo.programme.media import demo_documents

    document = demo_documents()["arbeitsblatt_planungsuebersicht"]
    response = client.get(document.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/anmelden/")
    client.force_login(participant)
    assert client.get(document.url).status_code == 403
    client.force_login(editor)
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def _count_queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_module_page_queries_do_not_grow_with_its_lessons(client, participant):
    small = ModulePageFactory()
    large = ModulePageFactory(parent=small.get_parent())
    for _ in range(3):
        LessonPageFactory(parent=small)
    for _ in range(15):
        LessonPageFactory(parent=large)
    client.force_login(participant)
    _count_queries(client, small.url)
    assert _count_queries(client, small.url) == _count_queries(client, large.url)


def test_lesson_page_query_budget(client, participant, django_assert_max_num_queries):
    lesson = LessonPageFactory()
    enrol_in(participant, lesson)
    client.force_login(participant)
    client.get(lesson.url)
    with django_assert_max_num_queries(14):
        client.get(lesson.url)


def test_a_lesson_links_to_the_neighbours_of_the_participants_cohort(
    client, participant
):
    """Another cohort's seminar day between two lessons is not the
    participant's next step: the pager skips it (staff see every page)."""
    first = LessonPageFactory(title="Erste Lerneinheit")
    module = first.get_parent()
    other_cohorts_day = SessionPageFactory(parent=module, title="Seminar Kurs B")
    second = LessonPageFactory(parent=module, title="Zweite Lerneinheit")
    enrol_in(participant, first)
    CohortFactory(programme=module.get_parent().specific).sessions.add(
        other_cohorts_day
    )
    client.force_login(participant)

    html = client.get(first.url).content.decode()

    assert "Zweite Lerneinheit →" in html
    assert "Seminar Kurs B" not in html
    assert "← Erste Lerneinheit" in client.get(second.url).content.decode()


def test_lessons_of_other_modules_read_the_cached_progress(
    client, participant, monkeypatch
):
    """The programme's progress is computed once for the participant's
    pages; a lesson of another module reads it from the cache."""
    from lms.learning.progress import cache

    lesson = LessonPageFactory()
    module = lesson.get_parent()
    enrol_in(participant, lesson)
    other = LessonPageFactory(
        parent=ModulePageFactory(parent=module.get_parent(), number=2)
    )
    computed = []
    real = cache.programme_progress

    def recording(*args, **kwargs):
        computed.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(cache, "programme_progress", recording)
    client.force_login(participant)
    assert "Als erledigt markieren" in client.get(lesson.url).content.decode()
    assert "Als erledigt markieren" in client.get(other.url).content.decode()
    assert len(computed) == 1


def test_every_course_document_needs_a_login(client):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.documents.models import Document

    document = Document(title="Arbeitsblatt im Stammordner")
    document.file = SimpleUploadedFile("blatt.pdf", b"%PDF-1.4 test", "application/pdf")
    document.save()
    response = client.get(document.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/anmelden/")


def test_german_content_keeps_its_language_under_an_english_interface(
    client, participant
):
    lesson = LessonPageFactory()
    enrol_in(participant, lesson)
    client.force_login(participant)
    client.post("/sprache/", {"language": "en", "next": "/"})
    html = client.get(lesson.url).content.decode()
    assert '<html lang="en">' in html
    assert '<main id="inhalt" tabindex="-1" lang="de">' in html


def test_documents_of_lessons_are_for_the_enrolled(client, participant):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.documents.models import Document

    document = Document(title="Arbeitsblatt Lagebild")
    document.file = SimpleUploadedFile("lagebild.pdf", b"%PDF-1.4 x", "application/pdf")
    document.save()
    lesson = LessonPageFactory(
        body=[
            {"type": "document", "value": {"document": document.pk, "description": ""}}
        ]
    )
    lesson.save_revision().publish()
    client.force_login(participant)
    response = client.get(document.url)
    assert response.status_code == 403
    assert "Arbeitsblatt Lagebild" in response.content.decode()
    enrol_in(participant, lesson)
    assert client.get(document.url).status_code == 200


def test_documents_on_public_pages_are_public(client):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.documents.models import Document

    from tests.factories import ContentPageFactory

    document = Document(title="Faltblatt")
    document.file = SimpleUploadedFile(
        "faltblatt.pdf", b"%PDF-1.4 x", "application/pdf"
    )
    document.save()
    page = ContentPageFactory(
        body=[
            {"type": "document", "value": {"document": document.pk, "description": ""}}
        ]
    )
    page.save_revision().publish()
    assert client.get(document.url).status_code == 200


def test_a_programme_routes_to_its_modules_in_one_query(
    client, participant, monkeypatch
):
    from wagtail.models import Page

    lesson = LessonPageFactory()
    module = lesson.get_parent()
    enrol_in(participant, lesson)
    client.force_login(participant)
    _count_queries(client, lesson.url)
    ours = _count_queries(client, lesson.url)
    with monkeypatch.context() as patch:
        patch.setattr(ProgrammePage, "route", Page.route)
        assert _count_queries(client, lesson.url) == ours + 1
    module_url = module.url_path.removeprefix("/home")
    assert client.get(module_url).status_code == 200
    module.unpublish()
    assert client.get(module_url).status_code == 404
