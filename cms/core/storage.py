"""Where files live: the editors' media (Wagtail images and documents, the
`default` storage) and the private files (participants' uploads, project and
certificate PDFs, the `private` storage).

Both are on the local disk (`MEDIA_ROOT`, `PRIVATE_MEDIA_ROOT`) unless an S3
bucket is configured (`AWS_STORAGE_BUCKET_NAME`, see `lms/settings/base.py`);
then every web and worker machine reads and writes the same objects, media
under the key prefix `media/` and private files under `private/`, each by a
storage class of its own (`cms.core.s3`, imported only then). Stored names
never change with the backend, so a file copied from the disk to the bucket
keeps working.

Private files have no URL at all: they are served only by views that check
who asks, streamed through Django (`cms.core.downloads`).
"""

import os
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.functional import LazyObject, cached_property, empty

PRIVATE_STORAGE_ALIAS = "private"


class PrivateFiles:
    """What every private storage backend shares: no URL, and the name the
    model fields' migrations know it by (`PrivateStorage()`), whichever
    backend the settings choose."""

    def url(self, name):
        raise ValueError("Private files have no public URL.")

    def deconstruct(self):
        return ("cms.core.storage.PrivateStorage", (), {})


class PrivateFileSystemStorage(PrivateFiles, FileSystemStorage):
    """Private files in `PRIVATE_MEDIA_ROOT`, outside `MEDIA_ROOT`."""

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    @cached_property
    def location(self):
        return os.path.abspath(self.base_location)

    def _clear_cached_properties(self, setting, **kwargs):
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)
        super()._clear_cached_properties(setting, **kwargs)

    def overwrite(self, name, data):
        """Store `data` under exactly `name`, whole or not at all: written to
        a temporary file in the same folder first, then renamed over `name`.
        Leftovers of an earlier attempt that died are removed."""
        path = Path(self.path(name))
        path.parent.mkdir(parents=True, exist_ok=True)
        prefix = f".{path.name}."
        for stale in path.parent.glob(f"{prefix}*.tmp"):
            stale.unlink(missing_ok=True)
        handle, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=prefix, suffix=".tmp"
        )
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return name


class PrivateStorage(LazyObject):
    """The storage configured as `STORAGES["private"]`, looked up on first
    use like Django's `default_storage`, so settings decide the backend."""

    def _setup(self):
        self._wrapped = storages[PRIVATE_STORAGE_ALIAS]

    def deconstruct(self):
        return ("cms.core.storage.PrivateStorage", (), {})


private_storage = PrivateStorage()


@receiver(setting_changed)
def _storages_changed(*, setting, **kwargs):
    if setting == "STORAGES":
        private_storage._wrapped = empty


def local_path(file, *, key):
    """A path on this machine with the content of the stored `file`, for
    code that reads files by path (xhtml2pdf): the file itself on the local
    disk, else a copy in a cache folder. `key()` names the copy and must
    change with the content (a hash of it), so a copy is never stale."""
    try:
        own = Path(file.path)
    except NotImplementedError:
        own = None
    if own is not None and own.is_file():
        return own
    folder = Path(tempfile.gettempdir()) / "beccaria-file-cache"
    path = folder / f"{key()}{Path(file.name).suffix.lower()}"
    if path.is_file():
        return path
    folder.mkdir(exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as copy, file.storage.open(file.name) as source:
            for chunk in source.chunks():
                copy.write(chunk)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
