"""The practice project moved from the `lms` app into `projects`: its
models kept their tables, and the migration moves their content types, so
the polymorphic type of every stored record and any permission stay."""

from importlib import import_module

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType

from lms.learning.models import ActivityRecord
from lms.projects.models import Submission
from tests.factories import enrolled_in_assignment, handed_in_version

move = import_module("lms.projects.migrations.0001_initial")


@pytest.mark.django_db
def test_the_move_keeps_content_types_and_so_the_type_of_stored_records():
    page, enrolment = enrolled_in_assignment()
    version = handed_in_version(enrolment, page)
    content_type = ContentType.objects.get_for_model(Submission)
    try:
        move.move_content_types_back(apps, None)
        content_type.refresh_from_db()
        assert content_type.app_label == "lms"

        move.move_content_types(apps, None)
        content_type.refresh_from_db()
        assert content_type.app_label == "projects"
    finally:
        ContentType.objects.clear_cache()
    record = ActivityRecord.objects.get(pk=version.submission.pk)
    assert isinstance(record, Submission)
    assert record.versions.get().pk == version.pk


def test_every_model_of_the_practice_project_kept_its_table():
    models = list(apps.get_app_config("projects").get_models())
    assert {model._meta.model_name for model in models} == set(move.MOVED)
    for model in models:
        assert model._meta.db_table == f"lms_{model._meta.model_name}"
