"""The registry of activity kinds that progress asks."""

import ast
from pathlib import Path

import pytest

import lms.learning
from lms.learning.activity_kinds import LessonKind
from lms.learning.models import Enrolment
from lms.learning.progress import activity_kind, activity_kinds, programme_progress
from lms.learning.progress import kinds as registry
from modules.models import AssignmentPage, LessonPage, QuizPage, SessionPage
from tests.factories import (
    CohortFactory,
    EnrolmentFactory,
    LessonPageFactory,
    ModulePageFactory,
    ProgrammePageFactory,
)


def test_each_app_registers_its_kinds():
    assert {kind.name: kind.page_model for kind in activity_kinds()} == {
        "lesson": LessonPage,
        "quiz": QuizPage,
        "session": SessionPage,
        "assignment": AssignmentPage,
    }
    assert type(activity_kind("assignment")).__module__ == "lms.projects.progress"


def test_the_learner_record_does_not_import_the_practice_project():
    root = Path(lms.learning.__file__).parent
    offenders = []
    for path in root.rglob("*.py"):
        # The demo seeder still builds practice projects here; it is moving
        # out of the learner record (lms/demo) in the demo refactor.
        if path.name == "demo.py":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(name.startswith("lms.projects") for name in names):
                offenders.append(str(path.relative_to(root)))
    assert offenders == []


class EverythingDone(LessonKind):
    def activity(self, page, progress, loaded):
        activity = super().activity(page, progress, loaded)
        activity.done = True
        return activity


@pytest.mark.django_db
def test_a_registered_kind_is_asked_without_changing_progress(monkeypatch):
    programme = ProgrammePageFactory()
    module = ModulePageFactory(parent=programme, number=1)
    LessonPageFactory(parent=module)
    enrolment = EnrolmentFactory(cohort=CohortFactory(programme=programme))
    enrolment = Enrolment.objects.select_related("cohort__programme").get(
        pk=enrolment.pk
    )
    assert not programme_progress([enrolment])[enrolment.pk].modules[0].complete
    monkeypatch.setitem(registry._kinds, "lesson", EverythingDone())
    assert programme_progress([enrolment])[enrolment.pk].modules[0].complete
