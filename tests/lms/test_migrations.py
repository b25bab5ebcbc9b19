"""The practice project moved from the `lms` app into `projects`: an
existing database keeps its rows, their content types and so the
polymorphic type of every stored record."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from lms.learning.models import ActivityRecord
from lms.projects.models import Submission
from tests.factories import enrolled_in_assignment, handed_in_version

BEFORE_THE_MOVE = [("lms", "0005_participantprofile_date_of_birth"), ("projects", None)]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)


@pytest.mark.django_db(transaction=True)
def test_moving_the_practice_project_keeps_records_and_their_types():
    page, enrolment = enrolled_in_assignment()
    version = handed_in_version(enrolment, page)
    content_type = ContentType.objects.get_for_model(Submission)

    _migrate(BEFORE_THE_MOVE)
    content_type.refresh_from_db()
    assert content_type.app_label == "lms"

    _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()
    content_type.refresh_from_db()
    assert content_type.app_label == "projects"
    record = ActivityRecord.objects.get(pk=version.submission.pk)
    assert isinstance(record, Submission)
    assert record.versions.get().pk == version.pk
