"""Helpers for tests that look at stored files, on the local disk or in an
S3 bucket alike (`AWS_STORAGE_BUCKET_NAME` set: see `tests/conftest.py`)."""

import posixpath

from django.conf import settings


def s3_configured():
    return bool(settings.AWS_STORAGE_BUCKET_NAME)


def stored_names(storage, folder=""):
    """Every file name in `storage` below `folder`, sorted."""
    try:
        directories, files = storage.listdir(folder)
    except FileNotFoundError:
        return []
    names = [posixpath.join(folder, name) for name in files]
    for directory in directories:
        names += stored_names(storage, posixpath.join(folder, directory))
    return sorted(names)


def with_key_prefix(storages, prefix):
    """The STORAGES setting with `prefix` in place of AWS_S3_KEY_PREFIX: the
    bucket locations become `<prefix>/media` and `<prefix>/private`, as in a
    process started with AWS_S3_KEY_PREFIX=<prefix>."""
    moved = {}
    for alias, config in storages.items():
        options = config.get("OPTIONS", {})
        if "bucket_name" in options:
            location = f"{prefix}/{options['location'].rsplit('/', 1)[-1]}"
            config = {**config, "OPTIONS": {**options, "location": location}}
        moved[alias] = config
    return moved


def s3_client(storages):
    """A boto3 client for the bucket of the STORAGES setting."""
    import boto3

    options = storages["default"]["OPTIONS"]
    return boto3.client(
        "s3", endpoint_url=options["endpoint_url"], region_name=options["region_name"]
    )


def delete_keys(client, storages, prefix):
    """Remove every object below `prefix` in the buckets of STORAGES."""
    buckets = {
        config["OPTIONS"]["bucket_name"]
        for config in storages.values()
        if "bucket_name" in config.get("OPTIONS", {})
    }
    for bucket in buckets:
        pages = client.get_paginator("list_objects_v2").paginate(
            Bucket=bucket, Prefix=f"{prefix}/"
        )
        for page in pages:
            keys = [{"Key": entry["Key"]} for entry in page.get("Contents", ())]
            if keys:
                client.delete_objects(Bucket=bucket, Delete={"Objects": keys})
