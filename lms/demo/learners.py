"""Demo accounts, the cohort „Durchgang 2027“, some progress, a practice
project waiting for its review, and last year's graduate."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.utils import timezone

from cms.roles import LPR_OFFICE, PARTICIPANTS, TRAINERS
from lms.demo.programme import content_project as project
from lms.demo.programme import current_session_slugs, seed_cohort_weekends
from lms.demo.programme.media import worksheet_pdf
from lms.learning import services
from lms.learning.models import (
    ActivityRecord,
    AttendanceRecord,
    Cohort,
    Enrolment,
    LessonCompletion,
    ParticipantProfile,
)
from lms.learning.roles import ensure_role_groups
from lms.projects import services as assignments
from lms.projects.models import Review, Submission
from lms.projects.uploads import check_upload
from modules.models import (
    AssignmentPage,
    LessonPage,
    ModulePage,
    QuizPage,
    SessionPage,
)

DEMO_PASSWORD = "demo"
DEMO_ACCOUNTS = [
    ("lpr", "Petra", "Lorenz", LPR_OFFICE),
    ("trainerin", "Anna", "Berger", TRAINERS),
    ("teilnehmerin", "Julia", "Krüger", PARTICIPANTS),
    ("teilnehmer2", "Jonas", "Richter", PARTICIPANTS),
    ("absolventin", "Sophie", "Weißenfels", PARTICIPANTS),
]
COHORT_NAME = "Durchgang 2027"


def seed(*, programme, log):
    """Create the role groups, the demo accounts (password `demo`), the
    cohort with `teilnehmerin` enrolled and part of module 1 done,
    `teilnehmer2`'s practice project, handed in and waiting for `trainerin`,
    and `absolventin`, who completed last year's cohort. Returns the
    accounts by user name."""
    groups = ensure_role_groups()
    User = get_user_model()
    users = {}
    for username, first_name, last_name, role in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "email": f"{username}@example.org",
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
            user.groups.add(groups[role])
            log(f"Konto „{username}“ ({role}) angelegt.")
        users[username] = user

    cohort = Cohort.objects.filter(programme=programme, name=COHORT_NAME).first()
    if cohort is None:
        cohort = _seed_cohort(programme=programme, users=users, log=log)
    _seed_handed_in_project(cohort=cohort, user=users["teilnehmer2"], log=log)
    _seed_graduate(programme=programme, users=users, log=log)
    return users


def _seed_cohort(*, programme, users, log):
    sessions = list(
        SessionPage.objects.descendant_of(programme)
        .filter(slug__in=current_session_slugs())
        .order_by("starts_at")
    )
    today = timezone.localdate()
    cohort = Cohort.objects.create(
        programme=programme,
        name=COHORT_NAME,
        start_date=sessions[0].starts_at.date() if sessions else today,
        end_date=(sessions[-1].ends_at.date() if sessions else today)
        + datetime.timedelta(days=14),
    )
    cohort.trainers.add(users["trainerin"])
    cohort.sessions.set(sessions)
    log(f"{COHORT_NAME} mit {len(sessions)} Seminarterminen angelegt.")

    participant = users["teilnehmerin"]
    enrolment = services.enrol(user=participant, cohort=cohort)
    ParticipantProfile.objects.filter(user=participant).update(
        organisation="Stadtverwaltung Pirna, Ordnungsamt",
        professional_field=ParticipantProfile.Field.MUNICIPALITY,
    )
    first_module = ModulePage.objects.child_of(programme).order_by("number").first()
    for lesson in LessonPage.objects.child_of(first_module).live()[:2]:
        services.record_lesson_completion(enrolment=enrolment, lesson=lesson)
    quiz = QuizPage.objects.child_of(first_module).first()
    if quiz:
        first_question = quiz.questions[0]
        services.submit_quiz_attempt(
            enrolment=enrolment,
            quiz=quiz,
            answers={first_question.id: _right_answers(quiz)[first_question.id]},
        )
    for session in sessions:
        if session.starts_at < timezone.now():
            services.record_attendance(
                enrolment=enrolment,
                session=session,
                status="present",
                recorded_by=users["trainerin"],
            )
    log("„teilnehmerin“ eingeschrieben, mit ersten Lernfortschritten.")
    return cohort


def _seed_handed_in_project(*, cohort, user, log):
    """Enrol `user` and hand in a complete practice project with a PDF
    timetable, through the same services a participant uses. Once only:
    nothing happens if the project exists."""
    page = (
        AssignmentPage.objects.descendant_of(cohort.programme)
        .live()
        .order_by("path")
        .first()
    )
    if page is None:
        return
    enrolment = services.enrol(user=user, cohort=cohort)
    if Submission.objects.filter(enrolment=enrolment, page=page).exists():
        return
    ParticipantProfile.objects.filter(user=user).update(
        organisation="Polizeirevier Döbeln, Bürgerpolizist",
        professional_field=ParticipantProfile.Field.POLICE,
    )
    _hand_in_project(enrolment=enrolment, page=page, user=user)
    log(f"„{user.username}“ eingeschrieben, Praxisprojekt eingereicht.")


def _hand_in_project(*, enrolment, page, user):
    """Write and hand in the demo project with its PDF timetable, through
    the services a participant uses; returns the handed-in version."""
    today = timezone.localdate()

    def week(offset):
        if offset is None:
            return ""
        return (today + datetime.timedelta(weeks=offset)).isoformat()

    draft = assignments.open_draft(enrolment=enrolment, page=page)
    assignments.save_draft(
        version=draft,
        revision=draft.revision,
        title=project.TITLE,
        sections=[
            {**section, "text": text}
            for section, text in zip(
                assignments.brief_sections(page), project.SECTIONS, strict=False
            )
        ],
        goals=project.GOALS,
        measures=project.MEASURES,
        planning=[
            {
                **row,
                "planned_date": week(row["planned_date"]),
                "actual_date": week(row["actual_date"]),
            }
            for row in project.PLANNING
        ],
    )
    pdf = worksheet_pdf("Zeitplan", project.TIMETABLE)
    upload = SimpleUploadedFile("Zeitplan.pdf", pdf, content_type="application/pdf")
    checked = check_upload(
        upload, allowed_types=page.allowed_file_types, max_bytes=page.max_file_bytes
    )
    assignments.add_attachment(version=draft, upload=upload, checked=checked)
    return assignments.submit(version=draft, page=page, user=user)


def _seed_graduate(*, programme, users, log):
    """Last year's cohort with its own seminar weekends, all past, and
    `absolventin`, enrolled before it began, who did everything: every
    weekend attended, every lesson, every knowledge check passed, the
    practice project passed by `trainerin`. Once only."""
    trainer, user = users["trainerin"], users["absolventin"]
    if Enrolment.objects.filter(user=user).exists():
        return
    year = timezone.localdate().year - 1
    cohort, _created = Cohort.objects.get_or_create(
        programme=programme,
        name=f"Durchgang {year}",
        defaults={
            "start_date": datetime.date(year, 1, 16),
            "end_date": datetime.date(year, 12, 11),
        },
    )
    cohort.trainers.add(trainer)
    sessions = seed_cohort_weekends(
        programme=programme, start_date=cohort.start_date, year=year, log=log
    )
    cohort.sessions.set(sessions)
    enrolment = services.enrol(user=user, cohort=cohort)
    # Enrolled two weeks before the cohort began, not on the day of seeding.
    Enrolment.objects.filter(pk=enrolment.pk).update(
        enrolled_on=cohort.start_date - datetime.timedelta(days=14)
    )
    for session in sessions:
        services.record_attendance(
            enrolment=enrolment, session=session, status="present", recorded_by=trainer
        )
        # Recorded on the weekend itself, as a trainer would.
        AttendanceRecord.objects.filter(enrolment=enrolment, page=session).update(
            recorded_at=session.ends_at
        )
    ParticipantProfile.objects.filter(user=user).update(
        organisation="Landratsamt Meißen, Jugendamt",
        professional_field=ParticipantProfile.Field.SOCIAL_WORK,
    )
    for lesson in LessonPage.objects.descendant_of(programme).live():
        services.record_lesson_completion(enrolment=enrolment, lesson=lesson)
    for quiz in QuizPage.objects.descendant_of(programme).live():
        services.submit_quiz_attempt(
            enrolment=enrolment, quiz=quiz, answers=_right_answers(quiz)
        )
    for page in AssignmentPage.objects.descendant_of(programme).live():
        version = _hand_in_project(enrolment=enrolment, page=page, user=user)
        assignments.save_review(
            version=version,
            page=page,
            reviewer=trainer,
            review_revision=version.review_revision,
            points={
                criterion.id: max(lvl["points"] for lvl in criterion.value["levels"])
                for criterion in page.rubric
            },
            section_comments={},
            feedback="Ein durchdachtes Projekt mit klaren Zielen und einer "
            "Evaluation, die diesen Namen verdient. Herzlichen Glückwunsch!",
            decision=Review.Decision.PASSED,
            release=True,
        )
    Enrolment.objects.filter(pk=enrolment.pk).update(
        status=Enrolment.Status.COMPLETED, ended_on=cohort.end_date
    )
    log(f"{cohort.name} mit „absolventin“ angelegt: alles bestanden.")


def _right_answers(quiz):
    return {
        question.id: [
            answer.id
            for answer in question.value["answers"].bound_blocks
            if answer.value["correct"]
        ]
        for question in quiz.questions
    }


FIRST_NAMES = [
    "Anja",
    "Birgit",
    "Christian",
    "Daniela",
    "Erik",
    "Franziska",
    "Georg",
    "Heike",
    "Ines",
    "Jens",
    "Katrin",
    "Lars",
    "Maria",
    "Nils",
    "Oliver",
    "Paula",
    "René",
    "Sabine",
    "Thomas",
    "Ulrike",
    "Volker",
    "Yvonne",
]
LAST_NAMES = [
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Schulz",
    "Hoffmann",
    "Köhler",
    "Richter",
    "Wolf",
    "Schröder",
    "Neumann",
    "Schwarz",
    "Zimmermann",
    "Braun",
    "Krüger",
    "Hofmann",
    "Hartmann",
    "Lange",
    "Schmitt",
    "Werner",
    "Krause",
    "Lehmann",
    "Seidel",
    "Vogel",
]
GENERATED_PREFIX = "teilnehmende-"


def seed_participants(*, programme, count, log):
    """Add generated participants to „Durchgang 2027“ until it has `count` of
    them, with varied progress and attendance, using bulk inserts."""
    cohort = Cohort.objects.get(programme=programme, name=COHORT_NAME)
    User = get_user_model()
    existing = User.objects.filter(username__startswith=GENERATED_PREFIX).count()
    if existing >= count:
        return
    numbers = range(existing + 1, count + 1)
    users = User.objects.bulk_create(
        [
            User(
                username=f"{GENERATED_PREFIX}{number:05d}",
                first_name=FIRST_NAMES[number % len(FIRST_NAMES)],
                last_name=LAST_NAMES[(number * 3 + number // 22) % len(LAST_NAMES)],
                email=f"{GENERATED_PREFIX}{number:05d}@example.org",
                password=make_password(None),
            )
            for number in numbers
        ],
        batch_size=1000,
    )
    users = list(User.objects.filter(username__in=[u.username for u in users]))
    group = Group.objects.get(name=PARTICIPANTS)
    User.groups.through.objects.bulk_create(
        [User.groups.through(user_id=u.pk, group_id=group.pk) for u in users],
        batch_size=1000,
    )
    fields = ParticipantProfile.Field.values
    ParticipantProfile.objects.bulk_create(
        [
            ParticipantProfile(
                user=user,
                professional_field=fields[index % len(fields)],
                organisation=f"Kommune {index % 40 + 1}",
            )
            for index, user in enumerate(users)
        ],
        batch_size=1000,
    )
    Enrolment.objects.bulk_create(
        [Enrolment(user=user, cohort=cohort) for user in users], batch_size=1000
    )
    enrolments = list(
        Enrolment.objects.filter(cohort=cohort, user__in=users).values_list(
            "pk", flat=True
        )
    )
    lessons = list(LessonPage.objects.descendant_of(programme).live().order_by("path"))
    past_sessions = [
        s for s in cohort.sessions.order_by("starts_at") if s.starts_at < timezone.now()
    ]
    completions, attendance = [], []
    for index, enrolment_id in enumerate(enrolments):
        done = (index * 5) % (len(lessons) + 1)
        completions += [(enrolment_id, lesson.pk) for lesson in lessons[:done]]
        for number, session in enumerate(past_sessions):
            status = ["present", "present", "present", "excused", "absent"][
                (index + number) % 5
            ]
            attendance.append((enrolment_id, session.pk, status))
    bulk_records(
        LessonCompletion, [(e, p, ()) for e, p in completions], child_columns=()
    )
    now = timezone.now()
    bulk_records(
        AttendanceRecord,
        [(e, p, (status, now)) for e, p, status in attendance],
        child_columns=("status", "recorded_at"),
    )
    if connection.vendor == "postgresql":
        # Fresh statistics after a bulk load, as autovacuum would gather them.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    log(f"{len(users)} erzeugte Teilnehmende im {COHORT_NAME} eingeschrieben.")


def bulk_records(model, rows, *, child_columns):
    """Insert ActivityRecord children in bulk.

    Django cannot bulk-create multi-table children, so the parent rows are
    bulk-created first and the child rows inserted with their parent keys.
    """
    if not rows:
        return
    content_type = ContentType.objects.get_for_model(model)
    parents = ActivityRecord.objects.non_polymorphic().bulk_create(
        [
            ActivityRecord(
                enrolment_id=enrolment_id,
                page_id=page_id,
                single=True,
                polymorphic_ctype=content_type,
            )
            for enrolment_id, page_id, _values in rows
        ],
        batch_size=2000,
    )
    columns = ("activityrecord_ptr_id", *child_columns)
    placeholders = ", ".join(["%s"] * len(columns))
    sql = (
        f"INSERT INTO {model._meta.db_table} ({', '.join(columns)}) "
        f"VALUES ({placeholders})"
    )
    with connection.cursor() as cursor:
        cursor.executemany(
            sql,
            [
                (parent.pk, *values)
                for parent, (_e, _p, values) in zip(parents, rows, strict=True)
            ],
        )
