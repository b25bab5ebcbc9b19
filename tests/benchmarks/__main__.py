"""`make bench`: server time and SQL queries of the main pages.

Builds a throw-away test database (SQLite, or the server behind
DATABASE_URL), loads the demo content and serves each page in-process
through Django's test client: median and 90th percentile of the server time
after a warm-up, and the number of SQL queries. The learner dashboard is
measured with 10 and with 5,000 participants in the cohort, the cohort matrix
with 500, the trainer's grading queue with 20 and with 2,000 hand-ins (200
participants, 10 assignments). Then requests per second over HTTP with
gunicorn and wrk (`tests/benchmarks/http.py`: Impressum, lesson page,
`/lernen/`, the matrix of 25 and of 5,000 participants, memory of its CSV
export; needs PostgreSQL) and the certificate benchmarks of
`tests/benchmarks/certificates.py` (render time, bulk issue, worker memory).
"""

import logging
import os
import statistics
import time
import warnings

REQUESTS = int(os.environ.get("BENCH_REQUESTS", "200"))
WARMUP = 20
QUEUE_ASSIGNMENTS = 10


def measure(client, url, requests=REQUESTS):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(min(WARMUP, requests)):
        assert client.get(url).status_code == 200, url
    timings = []
    for _ in range(requests):
        start = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    timings.sort()
    return {
        "median_ms": statistics.median(timings),
        "p90_ms": timings[int(len(timings) * 0.9)],
        "queries": len(queries),
    }


def report(label, result):
    print(
        f"{label:52} {result['median_ms']:10.2f} {result['p90_ms']:8.2f} "
        f"{result['queries']:5d}"
    )
    return result


def seed_grading_queue(*, programme, trainer, participants):
    """A cohort of `trainer` in which each of `participants` (bulk-created
    as needed) has handed in all QUEUE_ASSIGNMENTS assignments of
    `programme`; assignment pages are added to its last module as needed."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.db import connection
    from django.utils import timezone

    from lms.demo.learners import bulk_records
    from lms.learning.models import Cohort, Enrolment
    from lms.projects.models import Submission, SubmissionVersion
    from modules.models import AssignmentPage, ModulePage

    pages = list(AssignmentPage.objects.descendant_of(programme).order_by("path"))
    template = pages[0]
    module = ModulePage.objects.child_of(programme).order_by("-number").first()
    for number in range(len(pages) + 1, QUEUE_ASSIGNMENTS + 1):
        page = AssignmentPage(
            title=f"Projektaufgabe {number}",
            slug=f"projektaufgabe-{number}",
            brief=template.brief,
            rubric=template.rubric.get_prep_value(),
            pass_points=template.pass_points,
            due_at=template.due_at,
        )
        module.add_child(instance=page)
        pages.append(page)
    cohort, _created = Cohort.objects.get_or_create(
        programme=programme,
        name="Durchgang Projektbewertung",
        defaults={"start_date": timezone.localdate(), "end_date": timezone.localdate()},
    )
    cohort.trainers.add(trainer)
    User = get_user_model()
    existing = Enrolment.objects.filter(cohort=cohort).count()
    names = [
        user.username
        for user in User.objects.bulk_create(
            User(
                username=f"einreichende-{number:04d}",
                first_name="Eva",
                last_name=f"Einreicherin {number}",
                password=make_password(None),
            )
            for number in range(existing + 1, participants + 1)
        )
    ]
    Enrolment.objects.bulk_create(
        Enrolment(user=user, cohort=cohort)
        for user in User.objects.filter(username__in=names)
    )
    enrolment_ids = Enrolment.objects.filter(
        cohort=cohort, user__username__in=names
    ).values_list("pk", flat=True)
    now = timezone.now()
    keys = [(e, page.pk) for e in enrolment_ids for page in pages]
    bulk_records(
        Submission,
        [(e, p, (Submission.Status.SUBMITTED, now)) for e, p in keys],
        child_columns=("status", "submitted_at"),
    )
    sections = [
        {"id": block.id, "title": block.value["title"], "text": "Text " * 200}
        for block in template.sections
    ]
    SubmissionVersion.objects.bulk_create(
        (
            SubmissionVersion(
                submission_id=pk,
                number=1,
                title="Sicher im Quartier",
                sections=sections,
                submitted_at=now,
            )
            for pk in Submission.objects.non_polymorphic()
            .filter(enrolment__cohort=cohort, versions__isnull=True)
            .values_list("pk", flat=True)
        ),
        batch_size=1000,
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.test")
    import django

    django.setup()
    logging.disable(logging.INFO)
    warnings.filterwarnings("ignore", message="No directory at")
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment
    from django.urls import reverse

    from cms.roles import TRAINERS
    from lms.demo import learners as lms_demo
    from lms.demo import programme as modules_demo
    from lms.demo import site as cms_demo
    from lms.learning.models import Cohort
    from modules.models import LessonPage

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    quiet = lambda message: None  # noqa: E731
    try:
        home = cms_demo.seed(log=quiet)
        programme = modules_demo.seed(home=home, log=quiet)
        lms_demo.seed(programme=programme, log=quiet)
        users = get_user_model().objects
        lesson = LessonPage.objects.live().order_by("path").first()
        anonymous, participant, trainer = Client(), Client(), Client()
        participant.force_login(users.get(username="teilnehmerin"))
        trainer.force_login(users.get(username="trainerin"))
        cohort = Cohort.objects.get(name=lms_demo.COHORT_NAME)
        matrix = f"/admin/lernstand/{cohort.pk}/"

        print(f"Datenbank: {connection.vendor}, {REQUESTS} Anfragen je Seite")
        print(f"{'Seite':52} {'Median ms':>10} {'p90 ms':>8} {'SQL':>5}")
        report("Startseite (anonym)", measure(anonymous, "/"))
        report("Lerneinheit (angemeldet)", measure(participant, lesson.url))

        lms_demo.seed_participants(programme=programme, count=10, log=quiet)
        report(
            "Inhaltsseite Impressum, 10 Teilnehmende", measure(anonymous, "/impressum/")
        )
        dash_10 = report(
            "/lernen/ bei 10 Teilnehmenden", measure(participant, "/lernen/")
        )

        lms_demo.seed_participants(programme=programme, count=500, log=quiet)
        matrix_500 = report(
            "Lernstand-Matrix, 500 Teilnehmende", measure(trainer, matrix, requests=20)
        )

        lms_demo.seed_participants(programme=programme, count=5000, log=quiet)
        content_5000 = report(
            "Inhaltsseite Impressum, 5000 Teilnehmende",
            measure(anonymous, "/impressum/"),
        )
        dash_5000 = report(
            "/lernen/ bei 5000 Teilnehmenden", measure(participant, "/lernen/")
        )

        queue_trainer = users.create(username="trainer-bewertung")
        queue_trainer.groups.add(Group.objects.get(name=TRAINERS))
        grader = Client()
        grader.force_login(queue_trainer)
        grading = reverse("lms_grading:index")
        seed_grading_queue(programme=programme, trainer=queue_trainer, participants=2)
        assert grader.get(grading).context["page_obj"].paginator.count == 20
        queue_20 = report(
            "Projektbewertung, 20 Einreichungen", measure(grader, grading)
        )
        seed_grading_queue(programme=programme, trainer=queue_trainer, participants=200)
        assert grader.get(grading).context["page_obj"].paginator.count == 2000
        queue_2000 = report(
            "Projektbewertung, 2000 Einreichungen", measure(grader, grading)
        )

        print()
        print(
            "/lernen/ 5000 vs. 10 Teilnehmende: "
            f"{dash_5000['median_ms'] / dash_10['median_ms']:.2f}× (Ziel ≤ 1,3×)"
        )
        print(
            "/lernen/ vs. Inhaltsseite bei 5000: "
            f"{dash_5000['median_ms'] / content_5000['median_ms']:.2f}× (Ziel ≤ 2×)"
        )
        print(
            f"Matrix 500: {matrix_500['median_ms']:.0f} ms (Ziel < 1000 ms), "
            f"{matrix_500['queries']} SQL-Abfragen"
        )
        print(
            "Projektbewertung 2000 vs. 20 Einreichungen: "
            f"{queue_2000['median_ms'] / queue_20['median_ms']:.2f}× (Ziel ≤ 1,5×), "
            f"SQL-Abfragen {queue_20['queries']} / {queue_2000['queries']} "
            "(Ziel: gleich)"
        )

        from tests.benchmarks import certificates, http

        http.run(programme)
        certificates.run()
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
