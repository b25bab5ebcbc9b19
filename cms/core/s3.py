"""The storage classes for an S3 bucket (django-storages with boto3), named
in `STORAGES` when `AWS_STORAGE_BUCKET_NAME` is set (`lms/settings/base.py`).
A module of its own so that a machine without a bucket never imports boto3."""

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage
from storages.utils import clean_name

from .storage import PrivateFiles


class PrivateS3Storage(PrivateFiles, S3Storage):
    """Private files in the bucket, under their own key prefix."""

    def overwrite(self, name, data):
        """Store `data` under exactly `name`: one PUT, which S3 applies whole
        or not at all, so readers see the old object or the new one."""
        return self._save(name, ContentFile(data))


class MediaS3Storage(S3Storage):
    """The editors' media in the bucket. Their URLs stay on this site
    (`/media/…`, served by `cms.core.downloads.public_media`): pages load
    nothing from another host, and the bucket needs no public access."""

    def url(self, name):
        return settings.MEDIA_URL + filepath_to_uri(clean_name(name))
