"""`make bench`: server time and SQL queries of the main pages.

Builds a throw-away test database (SQLite, or the server behind
DATABASE_URL), loads the demo content and serves each page in-process
through Django's test client: median and 90th percentile of the server time
after a warm-up, and the number of SQL queries. The learner dashboard is
measured with 10 and with 5,000 participants in the cohort, the cohort matrix
with 500.
"""

import logging
import os
import statistics
import time
import warnings

REQUESTS = int(os.environ.get("BENCH_REQUESTS", "200"))
WARMUP = 20


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


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.test")
    import django

    django.setup()
    logging.disable(logging.INFO)
    warnings.filterwarnings("ignore", message="No directory at")
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment

    from cms import demo as cms_demo
    from lms import demo as lms_demo
    from lms.models import Cohort
    from modules import demo as modules_demo
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
        cohort = Cohort.objects.get()
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
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
