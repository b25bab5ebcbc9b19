"""Demo accounts, the cohort „Durchgang 2027“ and some progress."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from cms.roles import LPR_OFFICE, PARTICIPANTS, TRAINERS
from modules.models import LessonPage, ModulePage, QuizPage, SessionPage

from . import services
from .models import Cohort, ParticipantProfile
from .roles import ensure_role_groups

DEMO_PASSWORD = "demo"
DEMO_ACCOUNTS = [
    ("lpr", "Petra", "Lorenz", LPR_OFFICE),
    ("trainerin", "Anna", "Berger", TRAINERS),
    ("teilnehmerin", "Julia", "Krüger", PARTICIPANTS),
]
COHORT_NAME = "Durchgang 2027"


def seed(*, programme, log):
    """Create the role groups, the demo accounts (password `demo`) and the
    cohort with `teilnehmerin` enrolled and part of module 1 done."""
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

    if Cohort.objects.filter(programme=programme, name=COHORT_NAME).exists():
        return
    sessions = list(SessionPage.objects.descendant_of(programme).order_by("starts_at"))
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
        right = [
            answer.id
            for answer in first_question.value["answers"].bound_blocks
            if answer.value["correct"]
        ]
        services.submit_quiz_attempt(
            enrolment=enrolment, quiz=quiz, answers={first_question.id: right}
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
