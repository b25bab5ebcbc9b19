"""Requests per second over HTTP (issue 12), a part of `make bench`.

Starts gunicorn (2 sync workers, `lms.settings.production`) against the
benchmark's own PostgreSQL database, which holds the demo, „Durchgang 2027“
filled up to 5,000 participants and a cohort of 25. `wrk` (Debian's package)
drives, one page after the other and in BENCH_HTTP_ROUNDS rounds (default 3)
of BENCH_HTTP_SECONDS seconds (default 5) each, so that the pages share the
machine's load alike:

- the Impressum (anonymous), the reference;
- a lesson page and `/lernen/` for a logged-in participant of the large
  cohort. Target: each at least 0.8× the requests per second of the
  Impressum;
- the first page of the Lernstand matrix for 25 and for 5,000 participants,
  for their trainer. Target: the large one costs at most 1.5× the time of
  the small one.

Before the rounds, the CSV export of the 5,000-participant matrix is
downloaded once; the growth of the serving worker's peak memory (VmHWM)
is printed. Target: at most 50 MiB.

wrk, written in C, takes a fraction of one core to keep two workers busy;
a load client in Python would compete with gunicorn for the machine's two
cores and lower the figures it measures. Without PostgreSQL (DATABASE_URL)
or without `wrk` (`apt-get install wrk`) the reason is printed and the run
goes on.

`python -m tests.benchmarks.http` runs only this part on a throw-away
database of its own, e.g.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/beccaria_bench \
    .venv/bin/python -m tests.benchmarks.http
"""

import logging
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import warnings
from pathlib import Path

ROUNDS = int(os.environ.get("BENCH_HTTP_ROUNDS", "3"))
SECONDS = int(os.environ.get("BENCH_HTTP_SECONDS", "5"))
LARGE = 5000
SMALL = 25
WORKERS = 2
CONNECTIONS = 4
MEMORY_TARGET_MIB = 50


class BenchError(RuntimeError):
    """The HTTP benchmark cannot go on; the message says why."""


def unavailable():
    """Why the HTTP benchmark cannot run here, or None."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return (
            "Die Datenbank ist SQLite; gunicorn braucht eine PostgreSQL-Datenbank, "
            "die ein zweiter Prozess erreicht (DATABASE_URL=postgres://…)."
        )
    if shutil.which("wrk") is None:
        return "wrk ist nicht installiert (Debian: apt-get install wrk)."
    return None


def seed_small_cohort(programme, count):
    """A second cohort of the demo programme with the first `count` generated
    participants of „Durchgang 2027“ and copies of their records."""
    from django.db import connection

    from lms.demo.learners import COHORT_NAME, GENERATED_PREFIX, bulk_records
    from lms.learning.models import (
        AttendanceRecord,
        Cohort,
        Enrolment,
        LessonCompletion,
    )

    demo = Cohort.objects.get(programme=programme, name=COHORT_NAME)
    cohort = Cohort.objects.create(
        programme=programme,
        name=f"Durchgang Lernstand {count}",
        start_date=demo.start_date,
        end_date=demo.end_date,
    )
    cohort.sessions.set(demo.sessions.all())
    cohort.trainers.set(demo.trainers.all())
    source = list(
        Enrolment.objects.filter(
            cohort=demo, user__username__startswith=GENERATED_PREFIX
        ).order_by("user__username")[:count]
    )
    created = Enrolment.objects.bulk_create(
        Enrolment(user_id=enrolment.user_id, cohort=cohort) for enrolment in source
    )
    created = {
        e.user_id: e.pk
        for e in Enrolment.objects.filter(cohort=cohort).only("pk", "user_id")
    }
    new_pk = {e.pk: created[e.user_id] for e in source}
    completions = LessonCompletion.objects.filter(enrolment__in=source).values_list(
        "enrolment_id", "page_id"
    )
    bulk_records(
        LessonCompletion,
        [(new_pk[e], page, ()) for e, page in completions],
        child_columns=(),
    )
    attendance = AttendanceRecord.objects.filter(enrolment__in=source).values_list(
        "enrolment_id", "page_id", "status", "recorded_at"
    )
    bulk_records(
        AttendanceRecord,
        [(new_pk[e], page, (status, at)) for e, page, status, at in attendance],
        child_columns=("status", "recorded_at"),
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return cohort


def session_cookie(user):
    """A session cookie of `user`, stored in the database gunicorn reads."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    name = settings.SESSION_COOKIE_NAME
    return f"{name}={client.cookies[name].value}"


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _children(pid):
    children = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(stat[1]) == pid:
            children.append(int(entry.name))
    return sorted(children)


def _status_kib(pid, field):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise BenchError(f"Kein {field} für Prozess {pid}.")


class Redis:
    """A throw-away Redis server for the workers' shared cache (production
    requires one), unless CACHE_URL names one; it starts empty, so no
    progress of an earlier run is read."""

    def __init__(self):
        self.process = None
        self.url = os.environ.get("CACHE_URL")

    def __enter__(self):
        if self.url:
            return self
        if shutil.which("redis-server") is None:
            raise BenchError("redis-server fehlt (Debian: apt-get install redis).")
        port = _free_port()
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(port), "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.url = f"redis://127.0.0.1:{port}/0"
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                return self
            except OSError:
                if time.monotonic() > deadline:
                    self.__exit__()
                    raise BenchError("redis-server startet nicht.") from None
                time.sleep(0.1)

    def __exit__(self, *exc_info):
        if self.process is not None:
            self.process.terminate()
            self.process.wait()


class Gunicorn:
    """gunicorn with WORKERS sync workers and production settings against the
    current (test) database; the static files are collected first, as a
    deployment does."""

    def __init__(self, folder, cache_url):
        self.folder = folder
        self.cache_url = cache_url
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = folder / "gunicorn.log"
        self.process = None

    def environment(self):
        from django.conf import settings

        from tests.celery_worker import database_url
        from tests.seal_env import seal_environment

        return {
            **os.environ,
            **seal_environment(),
            "DJANGO_SETTINGS_MODULE": "lms.settings.production",
            "DEBUG": "false",
            # The sessions were signed by this process.
            "SECRET_KEY": settings.SECRET_KEY,
            "ALLOWED_HOSTS": "127.0.0.1",
            "DATABASE_URL": database_url(),
            "CELERY_BROKER_URL": os.environ.get("CELERY_BROKER_URL") or "memory://",
            "CACHE_URL": self.cache_url,
            "SECURE_SSL_REDIRECT": "false",
            "MEDIA_ROOT": str(self.folder / "media"),
            "PRIVATE_MEDIA_ROOT": str(self.folder / "private"),
        }

    def workers(self):
        return _children(self.process.pid)

    def log_tail(self):
        return "\n".join(self.log_path.read_text().splitlines()[-30:])

    def __enter__(self):
        env = self.environment()
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
            env=env,
            check=True,
        )
        with open(self.log_path, "w") as log:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "lms.wsgi",
                    f"--workers={WORKERS}",
                    f"--bind=127.0.0.1:{self.port}",
                    "--log-level=warning",
                    # A loaded machine must not cut the CSV export short.
                    "--timeout=300",
                ],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + 60
        while True:
            try:
                fetch(self.base + "/impressum/")
                break
            except (OSError, BenchError):
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.__exit__()
                    raise BenchError(
                        "gunicorn startet nicht:\n" + self.log_tail()
                    ) from None
                time.sleep(0.2)
        return self

    def __exit__(self, *exc_info):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, 9)
            self.process.wait()


def fetch(url, cookie=None, expect=None):
    """GET `url`; the body as text. Anything but 200, or a body without
    `expect`, stops the benchmark: wrk would count a redirect to the login
    page as a fast answer."""
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            if response.status != 200 or response.url != url:
                raise BenchError(f"{url}: {response.status} {response.url}")
            body = response.read().decode()
    except urllib.error.HTTPError as error:
        raise BenchError(f"{url}: {error.code}") from None
    if expect and expect not in body:
        raise BenchError(f"{url}: „{expect}“ fehlt in der Antwort.")
    return body


def wrk(url, cookie=None, seconds=SECONDS):
    """Requests per second of `url` under wrk."""
    command = ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{seconds}s", "--timeout=30s"]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(
        [*command, url], capture_output=True, text=True, check=True
    ).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if errors:
        raise BenchError(f"{url}: {errors.group(1)} Fehlerantworten\n{output}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))


def csv_memory(server, url, cookie):
    """Rows of the CSV at `url` and the largest growth of a worker's peak
    memory (VmHWM, KiB) while it was downloaded."""
    before = {pid: _status_kib(pid, "VmHWM") for pid in server.workers()}
    request = urllib.request.Request(url, headers={"Cookie": cookie})
    lines = 0
    with urllib.request.urlopen(request, timeout=600) as response:
        if response.status != 200:
            raise BenchError(f"{url}: {response.status}")
        while chunk := response.read(1 << 16):
            lines += chunk.count(b"\n")
    growth = max(_status_kib(pid, "VmHWM") - kib for pid, kib in before.items())
    return lines - 1, growth


def _verdict(met):
    return "erreicht" if met else "NICHT erreicht"


def run(programme):
    """The HTTP benchmark on the current (test) database, which holds the
    demo; fills „Durchgang 2027“ up to LARGE participants."""
    from django.contrib.auth import get_user_model

    from lms.demo import learners as lms_demo
    from lms.learning.models import Cohort
    from modules.models import LessonPage

    print()
    print(
        f"HTTP: gunicorn ({WORKERS} Worker, Produktions-Einstellungen) und wrk "
        f"({CONNECTIONS} Verbindungen), {ROUNDS} Runden zu {SECONDS} s je Seite; "
        f"Systemlast beim Start {os.getloadavg()[0]:.1f}"
    )
    reason = unavailable()
    if reason:
        print(f"HTTP-Messung übersprungen: {reason}")
        return
    quiet = lambda message: None  # noqa: E731
    lms_demo.seed_participants(programme=programme, count=LARGE, log=quiet)
    large = Cohort.objects.get(programme=programme, name=lms_demo.COHORT_NAME)
    small = Cohort.objects.filter(name=f"Durchgang Lernstand {SMALL}").first()
    small = small or seed_small_cohort(programme, SMALL)
    users = get_user_model().objects
    participant = session_cookie(users.get(username="teilnehmerin"))
    trainer = session_cookie(users.get(username="trainerin"))
    lesson = LessonPage.objects.live().descendant_of(programme).order_by("path")[0]

    with tempfile.TemporaryDirectory(prefix="beccaria-http-") as tmp:
        try:
            with Redis() as redis, Gunicorn(Path(tmp), redis.url) as server:
                pages = [
                    ("Impressum (anonym)", "/impressum/", None, "Impressum"),
                    ("Lerneinheit (angemeldet)", lesson.url, participant, "Abmelden"),
                    (
                        "/lernen/ (angemeldet)",
                        "/lernen/",
                        participant,
                        "Mein Lernstand",
                    ),
                    (
                        f"Lernstand-Matrix, {SMALL} Teilnehmende",
                        f"/admin/lernstand/{small.pk}/",
                        trainer,
                        "Lernstand",
                    ),
                    (
                        f"Lernstand-Matrix, {LARGE} Teilnehmende",
                        f"/admin/lernstand/{large.pk}/",
                        trainer,
                        "Lernstand",
                    ),
                ]
                try:
                    measure(server, pages, large, trainer)
                except BenchError as error:
                    raise BenchError(f"{error}\n{server.log_tail()}") from None
        except BenchError as error:
            print(f"HTTP-Messung abgebrochen: {error}")


def measure(server, pages, large, trainer):
    for _label, path, cookie, expect in pages:
        for _ in range(2 * WORKERS):
            fetch(server.base + path, cookie, expect)

    rows, growth = csv_memory(
        server, f"{server.base}/admin/lernstand/{large.pk}/?format=csv", trainer
    )
    print(
        f"CSV-Export der Matrix, {rows} Zeilen: Spitzenspeicher des Workers "
        f"+{growth / 1024:.1f} MiB (Ziel ≤ {MEMORY_TARGET_MIB} MiB) – "
        f"{_verdict(growth <= MEMORY_TARGET_MIB * 1024)}"
    )

    results = {label: [] for label, *_rest in pages}
    for _round in range(ROUNDS):
        for label, path, cookie, _expect in pages:
            results[label].append(wrk(server.base + path, cookie))
    rps = {label: statistics.median(values) for label, values in results.items()}
    print(f"{'Seite':52} {'Anfragen/s':>10}  (je Runde)")
    for label, value in rps.items():
        rounds = " ".join(f"{v:.1f}" for v in results[label])
        print(f"{label:52} {value:10.1f}  ({rounds})")

    impressum, lesson, dashboard, small, big = rps.values()
    for label, value in (("Lerneinheit", lesson), ("/lernen/", dashboard)):
        ratio = value / impressum
        print(
            f"{label} vs. Impressum: {ratio:.2f}× (Ziel ≥ 0,8×) – "
            f"{_verdict(ratio >= 0.8)}"
        )
    cost = small / big
    print(
        f"Lernstand-Matrix {LARGE} vs. {SMALL} Teilnehmende: {cost:.2f}× Zeit je "
        f"Seite (Ziel ≤ 1,5×) – {_verdict(cost <= 1.5)}"
    )


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.test")
    import django

    django.setup()
    logging.disable(logging.INFO)
    warnings.filterwarnings("ignore", message="No directory at")
    from django.db import connection
    from django.test.utils import setup_test_environment

    from lms.demo import learners as lms_demo
    from lms.demo import programme as modules_demo
    from lms.demo import site as cms_demo

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    quiet = lambda message: None  # noqa: E731
    try:
        print(f"Datenbank: {connection.vendor}")
        home = cms_demo.seed(log=quiet)
        programme = modules_demo.seed(home=home, log=quiet)
        lms_demo.seed(programme=programme, log=quiet)
        run(programme)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
