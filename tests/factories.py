"""Test data builders (factory_boy)."""

import datetime

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Site

from cms.models import AccessibilityStatementPage, ContentPage
from lms.learning.models import Cohort, Enrolment
from modules.models import (
    AssignmentPage,
    LessonPage,
    ModulePage,
    ProgrammePage,
    QuizPage,
    SessionPage,
)

PASSWORD = "geheim-und-lang-genug"


def home_page():
    """The HomePage that the cms migration puts at the root of the site."""
    return Site.objects.get(is_default_site=True).root_page.specific


class UserFactory(DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"person{n}")
    first_name = "Jörg"
    last_name = factory.Sequence(lambda n: f"Müller-{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        self.save()
        for name in extracted or []:
            self.groups.add(Group.objects.get_or_create(name=name)[0])


class PageFactory(DjangoModelFactory):
    """Creates a page below `parent` (default: the home page) and publishes it."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Seite {n}")
    slug = factory.Sequence(lambda n: f"seite-{n}")

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        page = model_class(*args, **kwargs)
        (parent or home_page()).add_child(instance=page)
        return page


class ContentPageFactory(PageFactory):
    class Meta:
        model = ContentPage

    body = factory.LazyFunction(
        lambda: [{"type": "paragraph", "value": "<p>Ein Absatz.</p>"}]
    )


class AccessibilityStatementPageFactory(PageFactory):
    class Meta:
        model = AccessibilityStatementPage

    title = "Erklärung zur Barrierefreiheit"
    slug = "barrierefreiheit"
    intro = "<p>Diese Erklärung gilt für Beccaria LMS.</p>"
    prepared_on = datetime.date(2026, 11, 1)
    last_reviewed_on = datetime.date(2026, 11, 20)
    feedback_text = "<p>Schreiben Sie uns.</p>"
    enforcement_text = "<p>Schlichtung und Durchsetzung.</p>"


class ProgrammePageFactory(PageFactory):
    class Meta:
        model = ProgrammePage

    title = "Fachkraft für Kriminalprävention"
    slug = factory.Sequence(lambda n: f"lehrgang-{n}")
    certificate_title = "Fachkraft für Kriminalprävention"
    provider = "Landespräventionsrat Sachsen"
    intro = "<p>Der Beccaria-Lehrgang.</p>"
    show_in_menus = True


class ModulePageFactory(PageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Modul {n}")
    slug = factory.Sequence(lambda n: f"modul-{n}")
    number = factory.Sequence(lambda n: n % 90 + 1)
    summary = "Worum es im Modul geht."
    learning_goals = "<ul><li>Sie können Theorien einordnen.</li></ul>"
    teaching_units = 28
    parent = factory.SubFactory(ProgrammePageFactory)


class LessonPageFactory(PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Lerneinheit {n}")
    slug = factory.Sequence(lambda n: f"lerneinheit-{n}")
    summary = "Eine Lerneinheit."
    body = factory.LazyFunction(
        lambda: [
            {"type": "heading", "value": {"text": "Einstieg", "level": "h2"}},
            {"type": "paragraph", "value": "<p>Kriminologie fragt nach Ursachen.</p>"},
            {
                "type": "key_statement",
                "value": {"text": "Das Hellfeld ist nicht alles."},
            },
            {
                "type": "reflection_question",
                "value": {
                    "question": "Was wissen Sie über Ihr Dunkelfeld?",
                    "hint": "",
                },
            },
        ]
    )
    parent = factory.SubFactory(ModulePageFactory)


class CohortFactory(DjangoModelFactory):
    class Meta:
        model = Cohort

    programme = factory.SubFactory(ProgrammePageFactory)
    name = factory.Sequence(lambda n: f"Durchgang {2027 + n}")
    start_date = datetime.date(2027, 1, 15)
    end_date = datetime.date(2027, 12, 10)


class EnrolmentFactory(DjangoModelFactory):
    class Meta:
        model = Enrolment

    user = factory.SubFactory(UserFactory, groups=["Teilnehmende"])
    cohort = factory.SubFactory(CohortFactory)


class QuizPageFactory(PageFactory):
    class Meta:
        model = QuizPage

    title = factory.Sequence(lambda n: f"Wissens-Check {n}")
    slug = factory.Sequence(lambda n: f"wissens-check-{n}")
    pass_mark = 50
    max_attempts = 2
    questions = factory.LazyFunction(
        lambda: [
            {
                "type": "question",
                "id": "q-single",
                "value": {
                    "text": "Was erfasst die PKS?",
                    "multiple": False,
                    "answers": [
                        {
                            "type": "item",
                            "id": "a-hell",
                            "value": {"text": "Das Hellfeld", "correct": True},
                        },
                        {
                            "type": "item",
                            "id": "a-dunkel",
                            "value": {"text": "Das Dunkelfeld", "correct": False},
                        },
                    ],
                    "feedback": "Die PKS zählt, was der Polizei bekannt wird.",
                },
            },
            {
                "type": "question",
                "id": "q-multi",
                "value": {
                    "text": "Welche Ebenen der Prävention gibt es?",
                    "multiple": True,
                    "answers": [
                        {
                            "type": "item",
                            "id": "a-prim",
                            "value": {"text": "Primär", "correct": True},
                        },
                        {
                            "type": "item",
                            "id": "a-tert",
                            "value": {"text": "Tertiär", "correct": True},
                        },
                        {
                            "type": "item",
                            "id": "a-quart",
                            "value": {"text": "Quartär", "correct": False},
                        },
                    ],
                    "feedback": "",
                },
            },
        ]
    )
    parent = factory.SubFactory(ModulePageFactory)


class SessionPageFactory(PageFactory):
    class Meta:
        model = SessionPage

    title = factory.Sequence(lambda n: f"Seminarwochenende {n}")
    slug = factory.Sequence(lambda n: f"seminar-{n}")
    starts_at = factory.LazyFunction(
        lambda: timezone.now() + datetime.timedelta(days=30)
    )
    ends_at = factory.LazyAttribute(
        lambda page: page.starts_at + datetime.timedelta(hours=8)
    )
    location = "Dresden, Sächsisches Staatsministerium des Innern"
    teaching_units = 8
    parent = factory.SubFactory(ModulePageFactory)


class AssignmentPageFactory(PageFactory):
    class Meta:
        model = AssignmentPage

    title = factory.Sequence(lambda n: f"Praxisprojekt {n}")
    slug = factory.Sequence(lambda n: f"praxisprojekt-{n}")
    brief = "<p>Planen Sie ein eigenes Präventionsprojekt.</p>"
    rubric = factory.LazyFunction(
        lambda: [
            {
                "type": "criterion",
                "id": "crit-problem",
                "value": {
                    "name": "Problembeschreibung",
                    "levels": [
                        {
                            "type": "item",
                            "id": "level-1",
                            "value": {
                                "points": 0,
                                "label": "fehlt",
                                "descriptor": "Kein Bezug zu Daten.",
                            },
                        },
                        {
                            "type": "item",
                            "id": "level-2",
                            "value": {
                                "points": 5,
                                "label": "gut",
                                "descriptor": "Mit Kennzahlen belegt.",
                            },
                        },
                    ],
                },
            },
            {
                "type": "criterion",
                "id": "crit-evaluation",
                "value": {
                    "name": "Evaluation",
                    "levels": [
                        {
                            "type": "item",
                            "id": "level-3",
                            "value": {
                                "points": 0,
                                "label": "fehlt",
                                "descriptor": "Keine Überprüfung geplant.",
                            },
                        },
                        {
                            "type": "item",
                            "id": "level-4",
                            "value": {
                                "points": 5,
                                "label": "gut",
                                "descriptor": "Prozess und Wirkung geprüft.",
                            },
                        },
                    ],
                },
            },
        ]
    )
    pass_points = 6
    parent = factory.SubFactory(ModulePageFactory)


def enrolled_in_assignment(*, page=None, trainer=None, user=None, **page_fields):
    """An assignment page and an active whole-programme enrolment whose
    cohort (trained by `trainer`, if given) includes it."""
    if page is None:
        page = AssignmentPageFactory(**page_fields)
    programme = page.get_parent().get_parent().specific
    cohort = Cohort.objects.filter(programme=programme).first() or CohortFactory(
        programme=programme
    )
    if trainer is not None:
        cohort.trainers.add(trainer)
    enrolment = EnrolmentFactory(
        cohort=cohort, **({"user": user} if user is not None else {})
    )
    return page, enrolment


def written_draft(enrolment, page, *, title="Sicher im Quartier"):
    """The first version with a title and every section written, saved."""
    from lms.projects import selectors
    from lms.projects import services as assignments

    draft = assignments.open_draft(enrolment=enrolment, page=page)
    assignments.save_draft(
        version=draft,
        revision=draft.revision,
        title=title,
        sections=[
            {**section, "text": f"Text zu {section['title']}"}
            for section in selectors.brief_sections(page)
        ],
        goals=[],
        measures=[],
        planning=[],
    )
    draft.refresh_from_db()
    return draft


def handed_in_version(enrolment, page, *, title="Sicher im Quartier"):
    """A first version with every section written, handed in."""
    from lms.projects import services as assignments

    draft = written_draft(enrolment, page, title=title)
    return assignments.submit(version=draft, page=page, user=enrolment.user)


class QuestionnaireFactory(DjangoModelFactory):
    """An open questionnaire with one scale question and one free-text
    question on the first module of a new cohort (pass `cohort`, `module`)."""

    class Meta:
        model = "evaluation.Questionnaire"
        skip_postgeneration_save = True

    title = "Rückmeldung zum Modul"
    cohort = factory.SubFactory(CohortFactory)
    module = factory.LazyAttribute(
        lambda q: ModulePageFactory(parent=q.cohort.programme)
    )
    status = "open"

    @factory.post_generation
    def questions(self, create, extracted, **kwargs):
        from lms.evaluation.models import Question

        for index, (text, kind) in enumerate(
            extracted
            or [
                ("Die Inhalte waren für meine Arbeit nützlich.", "scale"),
                ("Was sollten wir ändern?", "text"),
            ]
        ):
            Question.objects.create(
                questionnaire=self, text=text, kind=kind, sort_order=index
            )


def evaluation_answers(questionnaire, count, *, rating=4, text=""):
    """`count` new participants of the questionnaire's cohort who answered
    every scale question with `rating` and every text question with `text`."""
    from lms.evaluation.services import submit_answers

    questions = list(questionnaire.questions.all())
    for _index in range(count):
        enrolment = EnrolmentFactory(cohort=questionnaire.cohort)
        submit_answers(
            questionnaire=questionnaire,
            user=enrolment.user,
            ratings={q.pk: rating for q in questions if q.kind == "scale"},
            texts={q.pk: text for q in questions if q.kind == "text"},
        )
