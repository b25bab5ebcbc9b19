"""Project PDFs cost the server little: a handed-in version is rendered once
and its stored file streamed after the permission check; what is rendered
on request (a draft) is limited per person."""

from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.urls import reverse

from cms.core.storage import private_storage
from lms.learning.roles import ensure_role_groups
from lms.projects import services as assignments
from lms.projects.models import SubmissionVersion
from lms.projects.version_views import RENDER_LOCK
from tests.factories import (
    UserFactory,
    enrolled_in_assignment,
    handed_in_version,
    written_draft,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_limits(monkeypatch):
    """The rate limit's clock stands still (no test crosses a window), and
    no count or render slot is left over from another test."""
    monkeypatch.setattr(
        "django_ratelimit.core.time", SimpleNamespace(time=lambda: 1_800_000_000.0)
    )
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def renders(monkeypatch):
    """The renderer, counting its calls."""
    calls = []

    def render(version):
        calls.append(version.pk)
        return b"%PDF-1.4 Fassung " + str(version.number).encode()

    monkeypatch.setattr("lms.projects.pdf.render_version_pdf", render)
    return calls


@pytest.fixture
def trainer(db):
    ensure_role_groups()
    return UserFactory(username="trainerin", groups=["Trainer/innen"])


@pytest.fixture
def project(participant, trainer):
    return enrolled_in_assignment(
        user=participant, trainer=trainer, title="Praxisprojekt Quartier"
    )


def pdf_url(version):
    return reverse("version_pdf", args=[version.pk])


def body(response):
    return (
        b"".join(response.streaming_content) if response.streaming else response.content
    )


def test_second_download_of_a_version_does_not_render_again(
    client, participant, project, renders
):
    page, enrolment = project
    version = handed_in_version(enrolment, page)
    client.force_login(participant)

    first = client.get(pdf_url(version))
    second = client.get(pdf_url(version))

    assert renders == [version.pk]
    assert first.status_code == second.status_code == 200
    assert body(first) == body(second) == b"%PDF-1.4 Fassung 1"
    assert second.streaming
    assert second["Content-Type"] == "application/pdf"
    assert second["Cache-Control"] == "private, no-store"
    version.refresh_from_db()
    assert private_storage.exists(version.pdf.name)


def test_hand_in_renders_the_pdf_in_the_background(
    client, participant, project, renders, django_capture_on_commit_callbacks
):
    page, enrolment = project
    draft = written_draft(enrolment, page)
    with django_capture_on_commit_callbacks(execute=True):
        assignments.submit(version=draft, page=page, user=participant)
    assert renders == [draft.pk]

    client.force_login(participant)
    response = client.get(pdf_url(draft))

    assert body(response) == b"%PDF-1.4 Fassung 1"
    assert renders == [draft.pk], "served from storage, not rendered again"


def test_stored_pdf_is_served_only_after_the_permission_check(
    client, participant, trainer, project, renders
):
    page, enrolment = project
    version = handed_in_version(enrolment, page)
    assignments.store_version_pdf(version=version)

    assert client.get(pdf_url(version)).url.startswith(reverse("login"))
    client.force_login(UserFactory(username="fremd", groups=["Teilnehmende"]))
    assert client.get(pdf_url(version)).status_code == 404
    client.force_login(trainer)
    assert body(client.get(pdf_url(version))) == b"%PDF-1.4 Fassung 1"
    assert renders == [version.pk]


def test_a_lost_stored_file_is_rendered_again(client, participant, project, renders):
    page, enrolment = project
    version = handed_in_version(enrolment, page)
    lost = assignments.store_version_pdf(version=version)
    private_storage.delete(lost)
    client.force_login(participant)

    response = client.get(pdf_url(version))

    assert body(response) == b"%PDF-1.4 Fassung 1"
    version.refresh_from_db()
    assert version.pdf.name != lost and private_storage.exists(version.pdf.name)


def test_two_renders_at_once_keep_one_file(project, renders):
    page, enrolment = project
    version = handed_in_version(enrolment, page)
    other = SubmissionVersion.objects.get(pk=version.pk)

    first = assignments.store_version_pdf(version=version)
    other.pdf = ""  # read before the first render was recorded
    second = assignments.store_version_pdf(version=other)

    assert first == second
    files = [
        name
        for name in private_storage.listdir("projekte")[1]
        if name.startswith(f"fassung-{version.pk}-")
    ]
    assert files == [first.removeprefix("projekte/")]


def test_draft_pdfs_are_rate_limited_per_person_with_a_german_page(
    client, participant, project, renders
):
    page, enrolment = project
    draft = written_draft(enrolment, page)
    client.force_login(participant)
    for _attempt in range(6):
        assert client.get(pdf_url(draft)).status_code == 200

    response = client.get(pdf_url(draft))

    html = response.content.decode()
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert "Bitte einen Moment …" in html
    assert "in 60 Sekunden noch einmal" in html
    assert len(renders) == 6


def test_one_render_at_a_time_per_person(client, participant, project, renders):
    page, enrolment = project
    draft = written_draft(enrolment, page)
    cache.add(f"{RENDER_LOCK}{participant.pk}", True, 60)  # a render running
    client.force_login(participant)

    response = client.get(pdf_url(draft))

    assert response.status_code == 429
    assert response["Retry-After"] == "10"
    assert "Bitte einen Moment …" in response.content.decode()
    assert renders == []

    cache.delete(f"{RENDER_LOCK}{participant.pk}")
    assert client.get(pdf_url(draft)).status_code == 200
    assert cache.get(f"{RENDER_LOCK}{participant.pk}") is None, "slot freed"
