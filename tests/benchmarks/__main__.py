"""`make bench`: server time and SQL queries of the main page types.

Builds a throw-away test database (SQLite, or the server behind
DATABASE_URL), loads the demo content and serves each page in-process
through Django's test client: median and 90th percentile of the server time
over many requests after a warm-up, and the number of SQL queries.
"""

import logging
import os
import statistics
import time
import warnings

REQUESTS = int(os.environ.get("BENCH_REQUESTS", "200"))
WARMUP = 20


def measure(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(WARMUP):
        assert client.get(url).status_code == 200, url
    timings = []
    for _ in range(REQUESTS):
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


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.test")
    import django

    django.setup()
    logging.disable(logging.INFO)
    warnings.filterwarnings("ignore", message="No directory at")
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment

    from cms import demo as cms_demo
    from lms import demo as lms_demo
    from modules import demo as modules_demo
    from modules.models import LessonPage
    from tests.factories import UserFactory

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        home = cms_demo.seed(log=lambda message: None)
        programme = modules_demo.seed(home=home, log=lambda message: None)
        lms_demo.seed(programme=programme, log=lambda message: None)
        lesson = LessonPage.objects.live().order_by("path").first()
        participant = UserFactory(username="bench")
        anonymous, logged_in = Client(), Client()
        logged_in.force_login(participant)
        rows = [
            ("Inhaltsseite (Impressum, anonym)", anonymous, "/impressum/"),
            ("Startseite (anonym)", anonymous, "/"),
            ("Lerneinheit (angemeldet)", logged_in, lesson.url),
        ]
        print(f"Datenbank: {connection.vendor}, {REQUESTS} Anfragen je Seite")
        print(f"{'Seite':40} {'Median ms':>10} {'p90 ms':>8} {'SQL':>5}")
        for label, client, url in rows:
            result = measure(client, url)
            print(
                f"{label:40} {result['median_ms']:10.2f} {result['p90_ms']:8.2f} "
                f"{result['queries']:5d}"
            )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
