"""Demo content of the course: the programme, its four modules and lessons."""

import datetime
import uuid

from django.utils import timezone

from lms.demo.site import ensure_child_page
from modules.models import (
    AssignmentPage,
    LessonPage,
    ModulePage,
    ProgrammePage,
    QuizPage,
    SessionPage,
)

from .media import demo_documents, demo_images


def _stream(blocks, *, images, documents):
    """Turn `(type, value)` pairs with media keys into raw StreamField data."""
    raw = []
    for block_type, value in blocks:
        if block_type == "image":
            value = {**value, "image": images[value["image"]].pk}
        elif block_type == "document":
            value = {**value, "document": documents[value["document"]].pk}
        raw.append({"type": block_type, "value": value})
    return raw


def seed(*, home, log):
    """Seed the Beccaria programme with its four modules below `home`."""
    from .content_modules_1_2 import MODULES_1_2
    from .content_modules_3_4 import MODULES_3_4
    from .content_programme import PROGRAMME

    programme = seed_programme(
        home=home, programme=PROGRAMME, modules=MODULES_1_2 + MODULES_3_4, log=log
    )
    seed_activities(programme=programme, log=log)
    return programme


def _quiz_questions(questions):
    """Raw StreamField data with stable ids for questions and answers."""
    return [
        {
            "type": "question",
            "id": str(uuid.uuid4()),
            "value": {
                **question,
                "answers": [
                    {"type": "item", "id": str(uuid.uuid4()), "value": answer}
                    for answer in question["answers"]
                ],
            },
        }
        for question in questions
    ]


def seed_activities(*, programme, log):
    """Knowledge checks for modules 1 and 2, the practice project of module 4
    and two seminar weekends per module.

    The weekends and the project's due date are placed relative to today
    (the first two weekends lie in the past, the due date 40 weeks ahead), so
    the demo cohort always looks like a year in progress. A weekend runs
    from Friday afternoon to Saturday, as its programme text says.
    """
    from .content_activities import ASSIGNMENT, QUIZZES

    modules = {m.slug: m for m in ModulePage.objects.child_of(programme)}
    for module_slug, quiz in QUIZZES.items():
        ensure_child_page(
            modules[module_slug],
            QuizPage,
            quiz["slug"],
            log=log,
            title=quiz["title"],
            intro=quiz["intro"],
            pass_mark=quiz["pass_mark"],
            max_attempts=quiz["max_attempts"],
            teaching_units=1,
            questions=_quiz_questions(quiz["questions"]),
        )
    due_at = timezone.localtime().replace(
        hour=23, minute=59, second=0, microsecond=0
    ) + datetime.timedelta(weeks=40)
    assignment = ensure_child_page(
        modules["projektbegleitung"],
        AssignmentPage,
        ASSIGNMENT["slug"],
        log=log,
        title=ASSIGNMENT["title"],
        brief=ASSIGNMENT["brief"],
        rubric=_rubric(ASSIGNMENT["rubric"]),
        pass_points=ASSIGNMENT["pass_points"],
        teaching_units=ASSIGNMENT["teaching_units"],
        due_at=due_at,
    )
    if assignment.due_at is None or assignment.due_at <= timezone.now():
        # An older demo database: keep the project open for hand-ins, on top
        # of any draft an editor saved meanwhile.
        latest = assignment.get_latest_revision_as_object()
        latest.due_at = due_at
        latest.save_revision().publish()
        log(f"Abgabefrist von „{assignment.title}“ in die Zukunft verlegt.")
    first_friday = friday_on_or_before(
        timezone.localdate() - datetime.timedelta(weeks=8)
    )
    _seed_weekends(modules, first_friday=first_friday, log=log)


FRIDAY = 4


def friday_on_or_before(day):
    return day - datetime.timedelta(days=(day.weekday() - FRIDAY) % 7)


def session_slug(index, year=None):
    """`seminarwochenende-3` for the current demo cohort, with the year for
    an earlier cohort's weekends."""
    return f"seminarwochenende-{year}-{index}" if year else f"seminarwochenende-{index}"


def current_session_slugs():
    from .content_activities import SESSIONS

    return [session_slug(index) for index in range(1, len(SESSIONS) + 1)]


def _seed_weekends(modules, *, first_friday, year=None, log):
    """The eight seminar weekends, Friday 13:00 to Saturday 17:00 local time,
    the first on `first_friday`; with `year`, an earlier cohort's own."""
    from .content_activities import SESSION_LOCATION, SESSION_UNITS, SESSIONS

    sessions = []
    for index, (module_slug, title, weeks) in enumerate(SESSIONS, start=1):
        friday = first_friday + datetime.timedelta(weeks=weeks)
        begins = timezone.make_aware(
            datetime.datetime.combine(friday, datetime.time(13, 0))
        )
        ends = timezone.make_aware(
            datetime.datetime.combine(
                friday + datetime.timedelta(days=1), datetime.time(17, 0)
            )
        )
        sessions.append(
            ensure_child_page(
                modules[module_slug],
                SessionPage,
                session_slug(index, year),
                log=log,
                title=f"{title} (Durchgang {year})" if year else title,
                starts_at=begins,
                ends_at=ends,
                location=SESSION_LOCATION,
                teaching_units=SESSION_UNITS,
                description="<p>Freitag 13 bis 18 Uhr, Samstag 9 bis 17 Uhr.</p>",
            )
        )
    return sessions


def seed_cohort_weekends(*, programme, start_date, year, log):
    """The seminar weekends of an earlier cohort (`year`), from the first
    Friday on or after `start_date`; returns them in order."""
    modules = {m.slug: m for m in ModulePage.objects.child_of(programme)}
    first_friday = friday_on_or_before(start_date + datetime.timedelta(days=6))
    return _seed_weekends(modules, first_friday=first_friday, year=year, log=log)


def _rubric(criteria):
    """Raw StreamField data of a rubric, with fresh block ids."""
    return [
        {
            "type": "criterion",
            "id": str(uuid.uuid4()),
            "value": {
                "name": name,
                "levels": [
                    {
                        "type": "item",
                        "id": str(uuid.uuid4()),
                        "value": {"points": points, "label": label, "descriptor": text},
                    }
                    for points, label, text in levels
                ],
            },
        }
        for name, levels in criteria
    ]


def seed_programme(*, home, programme, modules, log):
    """Create the programme page with its modules and lessons below `home`.

    Pages that already exist (by slug) are left as they are.
    """
    images, documents = demo_images(), demo_documents()
    page = ensure_child_page(
        home,
        ProgrammePage,
        programme["slug"],
        log=log,
        title=programme["title"],
        certificate_title=programme["certificate_title"],
        provider=programme["provider"],
        search_description=programme["search_description"],
        intro=programme["intro"],
        body=_stream(programme["body"], images=images, documents=documents),
        show_in_menus=True,
    )
    for module in modules:
        module_page = ensure_child_page(
            page,
            ModulePage,
            module["slug"],
            log=log,
            title=module["title"],
            number=module["number"],
            summary=module["summary"],
            learning_goals=module["learning_goals"],
            teaching_units=module["teaching_units"],
            search_description=module["summary"][:160],
        )
        for lesson in module["lessons"]:
            ensure_child_page(
                module_page,
                LessonPage,
                lesson["slug"],
                log=log,
                title=lesson["title"],
                summary=lesson["summary"],
                estimated_minutes=lesson["estimated_minutes"],
                teaching_units=lesson["teaching_units"],
                required=lesson["required"],
                body=_stream(lesson["body"], images=images, documents=documents),
            )
    return page
