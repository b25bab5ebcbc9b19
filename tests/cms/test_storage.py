"""Where files live: the local disk by default, an S3 bucket when configured.

Most tests here hold for either backend and run against whichever the run
was started with (CI starts a SeaweedFS server and sets the AWS_* variables,
see `.ci/run`); those that look into the bucket itself need it and skip
without it (with CI set, they fail).
"""

import io
import os
import subprocess
import sys
import urllib.error
import urllib.request

import pytest
from django.conf import settings as django_settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

from cms.core import storage as storage_module
from cms.core.s3 import MediaS3Storage, PrivateS3Storage
from cms.core.storage import (
    PrivateFileSystemStorage,
    PrivateStorage,
    local_path,
    private_storage,
)
from lms.projects.models import Attachment
from tests.celery_worker import unavailable
from tests.factories import UserFactory, enrolled_in_assignment
from tests.lms.test_assignment_workspace import browser_data, open_editor, pdf_upload
from tests.storage import s3_client, s3_configured, stored_names

pytestmark = pytest.mark.django_db


def png(name="bild.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 20), "navy").save(buffer, "PNG")
    buffer.seek(0)
    return ImageFile(buffer, name=name)


def content_of(storage, name):
    with storage.open(name, "rb") as handle:
        return handle.read()


@pytest.fixture
def bucket(settings):
    """The bucket's client and the key prefixes of this test's storages."""
    if not s3_configured():
        unavailable("AWS_STORAGE_BUCKET_NAME is not set: no S3 server to look into.")
    client = s3_client(settings.STORAGES)
    options = {a: c["OPTIONS"] for a, c in settings.STORAGES.items() if "OPTIONS" in c}
    return {
        "client": client,
        "media": (options["default"]["bucket_name"], options["default"]["location"]),
        "private": (options["private"]["bucket_name"], options["private"]["location"]),
    }


def keys(bucket, which):
    name, location = bucket[which]
    page = bucket["client"].list_objects_v2(Bucket=name, Prefix=f"{location}/")
    return sorted(entry["Key"] for entry in page.get("Contents", ()))


def files_on_disk(settings):
    roots = [settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT]
    return [
        os.path.join(folder, name)
        for root in roots
        for folder, _dirs, names in os.walk(root)
        for name in names
    ]


@pytest.fixture
def owner(participant):
    page, enrolment = enrolled_in_assignment(user=participant, title="Quartier")
    return page, enrolment


# A private file never has a URL, whatever the backend.


def test_a_private_file_has_no_url(settings):
    name = private_storage.save("abgaben/probe", ContentFile(b"geheim"))
    with pytest.raises(ValueError, match="no public URL"):
        private_storage.url(name)


@pytest.mark.parametrize(
    "backend",
    [
        PrivateFileSystemStorage(),
        PrivateS3Storage(bucket_name="irgendwo", location="private"),
    ],
    ids=["disk", "bucket"],
)
def test_no_private_backend_hands_out_a_url(backend):
    with pytest.raises(ValueError, match="no public URL"):
        backend.url("zertifikate/2026/BEC-2026-0001.pdf")


def test_media_urls_in_the_bucket_stay_on_this_site(settings):
    media = MediaS3Storage(bucket_name="irgendwo", location="media")
    assert media.url("images/Bild Ä.width-400.png") == (
        "/media/images/Bild%20%C3%84.width-400.png"
    )


def test_the_backend_never_changes_the_migrations():
    """Model fields name the private storage `PrivateStorage()` whichever
    backend the settings choose, so no migration follows a switch."""
    path = ("cms.core.storage.PrivateStorage", (), {})
    assert PrivateStorage().deconstruct() == path
    assert PrivateFileSystemStorage().deconstruct() == path
    assert PrivateS3Storage(bucket_name="b", location="p").deconstruct() == path
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


# Private and public files never meet.


def test_private_and_public_files_of_the_same_name_stay_apart():
    default_storage.save("x/probe.txt", ContentFile(b"oeffentlich"))
    private_storage.save("x/probe.txt", ContentFile(b"geheim"))

    assert content_of(default_storage, "x/probe.txt") == b"oeffentlich"
    assert content_of(private_storage, "x/probe.txt") == b"geheim"


def test_a_new_upload_never_replaces_a_file_of_the_same_name():
    first = default_storage.save("original_images/bild.png", ContentFile(b"eins"))
    second = default_storage.save("original_images/bild.png", ContentFile(b"zwei"))

    assert first != second
    assert content_of(default_storage, first) == b"eins"


# Writing a file whole or not at all (certificate PDFs).


def test_overwrite_keeps_the_name_and_replaces_the_content():
    private_storage.overwrite("zertifikate/2026/X.pdf", b"%PDF alt")
    private_storage.overwrite("zertifikate/2026/X.pdf", b"%PDF neu")

    assert stored_names(private_storage) == ["zertifikate/2026/X.pdf"]
    assert content_of(private_storage, "zertifikate/2026/X.pdf") == b"%PDF neu"


def test_on_disk_a_crash_while_writing_leaves_the_old_file(tmp_path, monkeypatch):
    disk = PrivateFileSystemStorage(location=tmp_path)
    disk.overwrite("zertifikate/X.pdf", b"%PDF alt")

    def crash(*args):
        raise OSError("Datenträger voll")

    monkeypatch.setattr(storage_module.os, "replace", crash)
    with pytest.raises(OSError):
        disk.overwrite("zertifikate/X.pdf", b"%PDF halb")

    assert sorted(p.name for p in (tmp_path / "zertifikate").iterdir()) == ["X.pdf"]
    assert (tmp_path / "zertifikate" / "X.pdf").read_bytes() == b"%PDF alt"


def test_on_disk_leftovers_of_a_killed_writer_are_removed(tmp_path):
    disk = PrivateFileSystemStorage(location=tmp_path)
    folder = tmp_path / "zertifikate"
    folder.mkdir()
    (folder / ".X.pdf.abc123.tmp").write_bytes(b"%PDF-1.4 half")

    disk.overwrite("zertifikate/X.pdf", b"%PDF ganz")

    assert [p.name for p in folder.iterdir()] == ["X.pdf"]


# Files read by path (xhtml2pdf) come from any storage.


def test_a_file_not_on_this_disk_is_copied_once(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    image = Image.objects.create(title="Unterschrift", file=png())

    path = local_path(image.file, key=image.get_file_hash)

    assert path.name == f"{image.file_hash}.png"
    assert path.read_bytes() == content_of(image.file.storage, image.file.name)
    image.file.storage.delete(image.file.name)
    assert local_path(image.file, key=image.get_file_hash) == path


def test_a_file_on_this_disk_is_read_where_it_is(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    image = Image.objects.create(title="Unterschrift", file=png())

    assert local_path(image.file, key=image.get_file_hash) == (
        settings.MEDIA_ROOT / image.file.name
    )


# Serving: private files after the permission check, images under /media/.


def test_an_attachment_streams_to_its_owner_only(client, owner):
    page, enrolment = owner
    client.force_login(enrolment.user)
    url = reverse("assignment_workspace", args=[page.pk])
    client.post(url, browser_data(open_editor(client, url), file=pdf_upload()))
    attachment = Attachment.objects.get()
    download = reverse("attachment_download", args=[attachment.key])

    response = client.get(download)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == content_of(
        private_storage, attachment.file.name
    )
    assert response["Cache-Control"] == "private, no-store"

    client.force_login(UserFactory(username="fremd", groups=["Teilnehmende"]))
    assert client.get(download).status_code == 404
    client.logout()
    assert client.get(download)["Location"].startswith("/konto/anmelden/")


def test_an_image_is_served_under_media_on_this_site(client):
    image = Image.objects.create(title="Titelbild", file=png())
    rendition = image.get_rendition("fill-20x10")

    for url in [image.file.url, rendition.url]:
        assert url.startswith("/media/")
        response = client.get(url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content).startswith(b"\x89PNG")
        assert response["Content-Type"] == "image/png"
        assert response["X-Content-Type-Options"] == "nosniff"


def test_media_serves_neither_documents_nor_private_files(client):
    document = Document.objects.create(
        title="Arbeitsblatt", file=ContentFile(b"%PDF intern", name="blatt.pdf")
    )
    private_storage.save("original_images/geheim.png", ContentFile(b"geheim"))

    for name in [
        document.file.name,
        "original_images/geheim.png",
        "original_images/../documents/blatt.pdf",
        "images/",
    ]:
        assert client.get(f"/media/{name}").status_code == 404, name


def test_a_document_streams_through_the_permission_check(client, editor):
    client.force_login(editor)
    document = Document.objects.create(
        title="Arbeitsblatt", file=ContentFile(b"%PDF Blatt", name="blatt.pdf")
    )

    response = client.get(document.url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF Blatt"


# In the bucket, not on the disk.


def test_an_upload_lands_in_the_bucket_and_not_on_disk(client, owner, settings, bucket):
    page, enrolment = owner
    client.force_login(enrolment.user)
    url = reverse("assignment_workspace", args=[page.pk])
    client.post(url, browser_data(open_editor(client, url), file=pdf_upload()))
    attachment = Attachment.objects.get()
    image = Image.objects.create(title="Titelbild", file=png())

    bucket_name, location = bucket["private"]
    assert keys(bucket, "private") == [f"{location}/{attachment.file.name}"]
    assert keys(bucket, "media") == [f"{bucket['media'][1]}/{image.file.name}"]
    assert files_on_disk(settings) == []
    stored = bucket["client"].get_object(
        Bucket=bucket_name, Key=f"{location}/{attachment.file.name}"
    )
    assert stored["Body"].read().startswith(b"%PDF")


def test_the_bucket_answers_nobody_without_credentials(settings, bucket):
    name = private_storage.save("abgaben/probe", ContentFile(b"geheim"))
    bucket_name, location = bucket["private"]
    endpoint = settings.STORAGES["private"]["OPTIONS"]["endpoint_url"]

    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{endpoint}/{bucket_name}/{location}/{name}")
    assert refused.value.code == 403


def test_the_environment_chooses_the_bucket():
    """Without AWS_STORAGE_BUCKET_NAME files stay on the local disk."""
    show = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(*[(a, c['BACKEND'].rsplit('.', 1)[-1], "
        "c.get('OPTIONS', {}).get('bucket_name'), c.get('OPTIONS', {}).get('location'))"
        " for a, c in s.STORAGES.items() if a != 'staticfiles'], sep='|')"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env["DJANGO_SETTINGS_MODULE"] = "lms.settings.test"

    def storages(**variables):
        result = subprocess.run(
            [sys.executable, "-c", show],
            env={**env, **variables},
            cwd=django_settings.BASE_DIR,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.strip().split("|")

    assert storages() == [
        "('default', 'FileSystemStorage', None, None)",
        "('private', 'PrivateFileSystemStorage', None, None)",
    ]
    assert storages(
        AWS_STORAGE_BUCKET_NAME="lms-dateien",
        AWS_PRIVATE_STORAGE_BUCKET_NAME="lms-privat",
        AWS_S3_KEY_PREFIX="beccaria/",
    ) == [
        "('default', 'MediaS3Storage', 'lms-dateien', 'beccaria/media')",
        "('private', 'PrivateS3Storage', 'lms-privat', 'beccaria/private')",
    ]
