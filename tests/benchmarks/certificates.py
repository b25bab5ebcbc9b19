"""Speed and memory of certificates (issue 5), the last part of `make bench`.

1. Render time of one certificate through the product's path
   (`certificates.services.render` on a pending certificate: database lookup,
   snapshot to HTML, QR code, xhtml2pdf, atomic write, SHA-256, save) versus
   xhtml2pdf rendering the same HTML bare (`pisa.CreatePDF` with the same
   link callback), interleaved in the same run, median of BENCH_RENDERS
   (default 30) each. Target: at most 1.15×. The mail to the holder is queued
   into a list here; in the worker it is a task of its own.
2. Bulk issue of 200 certificates through a real `celery -A lms worker` on
   its own queue, with --concurrency=1 and with --concurrency=2: wall time from
   `start_batch` until no item waits. Target: the second at least 1.6× faster.
3. Peak memory (VmHWM) of the worker with concurrency 1 after 20 and after
   200 certificates (the same worker takes 20, then the other 180).
   Target: at most 1.2×.

Parts 2 and 3 need CELERY_BROKER_URL and PostgreSQL (DATABASE_URL): SQLite
cannot take a worker process writing next to this one. Without them the
reason is printed and the run goes on.

`python -m tests.benchmarks.certificates` runs only these benchmarks on a
throw-away database of their own, e.g.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/beccaria_bench \
    CELERY_BROKER_URL=redis://127.0.0.1:6379/14 \
    .venv/bin/python -m tests.benchmarks.certificates
"""

import contextlib
import io
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
import warnings
from pathlib import Path
from unittest import mock

RENDERS = int(os.environ.get("BENCH_RENDERS", "30"))
BULK = 200
FIRST = 20
BATCH_TIMEOUT = 30 * 60
MODULES = [
    "Kriminologie",
    "Kriminalprävention",
    "Projektmanagement",
    "Projektbegleitung",
]


class BenchError(RuntimeError):
    """The bulk benchmark cannot go on; the message says why."""


def seed_programme():
    """A programme with four modules of one lesson and one past seminar day
    each, no project: a participant who completed the lessons and attended
    the days is eligible. Returns the programme and its activity pages."""
    import datetime

    from django.utils import timezone
    from wagtail.models import Site

    from modules.models import LessonPage, ModulePage, ProgrammePage, SessionPage

    root = Site.objects.get(is_default_site=True).root_page
    programme = root.add_child(
        instance=ProgrammePage(
            title="Fachkraft für Kriminalprävention (Benchmark)",
            slug=f"zertifikat-benchmark-{uuid.uuid4().hex[:6]}",
            certificate_title="Fachkraft für Kriminalprävention",
            provider="Landespräventionsrat Sachsen",
            intro="<p>Lehrgang für den Benchmark der Zertifikate.</p>",
        )
    )
    activities = []
    for number, title in enumerate(MODULES, start=1):
        module = programme.add_child(
            instance=ModulePage(
                title=title,
                slug=f"modul-{number}",
                number=number,
                summary="Worum es im Modul geht.",
                learning_goals="<ul><li>Sie können Theorien einordnen.</li></ul>",
                teaching_units=30 + number,
            )
        )
        activities.append(
            module.add_child(
                instance=LessonPage(
                    title=f"Einstieg in Modul {number}",
                    slug="einstieg",
                    body=[{"type": "paragraph", "value": "<p>Text.</p>"}],
                )
            )
        )
        starts_at = timezone.make_aware(datetime.datetime(2025, 2 * number, 7, 13))
        activities.append(
            module.add_child(
                instance=SessionPage(
                    title=f"Seminarwochenende Modul {number}",
                    slug="seminar",
                    starts_at=starts_at,
                    ends_at=starts_at + datetime.timedelta(days=1, hours=4),
                    location="Dresden",
                    teaching_units=14,
                )
            )
        )
    return programme, activities


def seed_cohort(programme, activities, count):
    """A new cohort (last year's) of `count` whole-programme participants who
    completed every lesson and attended every seminar day, inserted in bulk."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.db import connection
    from django.utils import timezone

    from lms.demo.learners import bulk_records
    from lms.learning.models import (
        AttendanceRecord,
        Cohort,
        Enrolment,
        LessonCompletion,
    )
    from modules.models import SessionPage

    label = uuid.uuid4().hex[:8]
    cohort = Cohort.objects.create(
        programme=programme,
        name=f"Durchgang Zertifikate {label}",
        start_date="2025-01-15",
        end_date="2025-12-10",
    )
    sessions = [page for page in activities if isinstance(page, SessionPage)]
    cohort.sessions.set(sessions)
    User = get_user_model()
    password = make_password(None)
    names = [f"zert-{label}-{number:04d}" for number in range(1, count + 1)]
    User.objects.bulk_create(
        (
            User(
                username=name,
                first_name="Jürgen",
                last_name=f"Weiß-Müller {number}",
                email=f"{name}@example.org",
                password=password,
            )
            for number, name in enumerate(names, start=1)
        ),
        batch_size=1000,
    )
    Enrolment.objects.bulk_create(
        (
            Enrolment(user_id=pk, cohort=cohort)
            for pk in User.objects.filter(username__in=names).values_list(
                "pk", flat=True
            )
        ),
        batch_size=1000,
    )
    enrolments = Enrolment.objects.filter(cohort=cohort).values_list("pk", flat=True)
    bulk_records(
        LessonCompletion,
        [
            (e, activity.pk, ())
            for e in enrolments
            for activity in activities
            if not isinstance(activity, SessionPage)
        ],
        child_columns=(),
    )
    now = timezone.now()
    bulk_records(
        AttendanceRecord,
        [(e, session.pk, ("present", now)) for e in enrolments for session in sessions],
        child_columns=("status", "recorded_at"),
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return cohort


def issue_keys(cohort):
    """The check-box keys of every certificate of `cohort`, all eligible."""
    from certificates.eligibility import cohort_candidates

    candidates = cohort_candidates(cohort)
    refused = [c for c in candidates if not c.can_issue]
    if refused:
        raise BenchError(f"Nicht berechtigt: {refused[0].reasons}")
    return [c.key for c in candidates]


def bench_render(programme, activities):
    """Median ms of the product's render and of bare xhtml2pdf."""
    from xhtml2pdf import pisa

    from certificates import pdf, services
    from lms.learning.models import Enrolment

    cohort = seed_cohort(programme, activities, RENDERS + 1)
    certificates = [
        services.issue(enrolment, queue_render=False)[0]
        for enrolment in Enrolment.objects.filter(cohort=cohort).order_by("pk")
    ]
    html, resources = pdf.render_html(certificates[0])
    link_callback = pdf._link_callback(resources)
    resource_policy = pdf._resource_policy(resources)

    def bare():
        result = pisa.CreatePDF(
            html,
            dest=io.BytesIO(),
            encoding="utf-8",
            link_callback=link_callback,
            resource_policy=resource_policy,
        )
        assert not result.err

    queued = []
    product, plain = [], []
    with mock.patch(
        "cms.core.tasks.AfterCommitTask.delay_on_commit",
        lambda task, *args: queued.append((task.name, args)),
    ):
        for index, certificate in enumerate(certificates):
            start = time.perf_counter()
            services.render(certificate.pk)
            middle = time.perf_counter()
            bare()
            end = time.perf_counter()
            if index:  # the first round is the warm-up
                product.append((middle - start) * 1000)
                plain.append((end - middle) * 1000)
    assert len(queued) == len(certificates)
    return statistics.median(product), statistics.median(plain)


def bulk_unavailable():
    """Why the bulk benchmark cannot run here, or None."""
    from django.conf import settings
    from django.db import connection

    from lms.celery import app

    broker = settings.CELERY_BROKER_URL
    if not broker:
        return "CELERY_BROKER_URL ist nicht gesetzt, es gibt keinen Broker."
    if connection.vendor != "postgresql":
        return (
            "Die Datenbank ist SQLite; Worker und Benchmark brauchen eine "
            "gemeinsame PostgreSQL-Datenbank (DATABASE_URL)."
        )
    try:
        with app.connection_for_write(broker) as conn:
            conn.ensure_connection(max_retries=1, timeout=3)
    except Exception as error:
        return f"Der Broker {broker} antwortet nicht: {error}"
    return None


def _stat(path):
    """The fields of /proc/<pid>/stat after the command name (state first)."""
    return (path / "stat").read_text().rsplit(")", 1)[1].split()


def _children(pid):
    children = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = _stat(entry)
        except OSError:
            continue
        if int(fields[1]) == pid:
            children.append(int(entry.name))
    return sorted(children)


def _cpu_seconds(pid):
    fields = _stat(Path(f"/proc/{pid}"))
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _peak_kib(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise BenchError(f"Kein VmHWM für Prozess {pid}.")


class Worker:
    """A `celery -A lms worker` on its own queue against the bench database;
    the tasks this process queues go there while it runs."""

    def __init__(self, *, concurrency, folder):
        self.concurrency = concurrency
        self.folder = folder
        self.queue = f"beccaria-bench-{uuid.uuid4().hex[:8]}"
        self.log_path = folder / f"{self.queue}.log"
        self.process = None

    def peak_memory(self):
        """VmHWM in KiB of the main process and of each pool child."""
        pid = self.process.pid
        return _peak_kib(pid), {child: _peak_kib(child) for child in _children(pid)}

    def cpu_seconds(self):
        """CPU time used so far by the main process and the pool children."""
        pid = self.process.pid
        return sum(_cpu_seconds(p) for p in [pid, *_children(pid)])

    def log_tail(self):
        return "\n".join(self.log_path.read_text().splitlines()[-30:])

    def alive(self):
        return self.process.poll() is None

    def __enter__(self):
        from django.conf import settings

        from lms.celery import app
        from tests.celery_worker import database_url
        from tests.seal_env import seal_environment

        env = {
            **os.environ,
            **seal_environment(),
            "DJANGO_SETTINGS_MODULE": "lms.settings.production",
            "DEBUG": "false",
            "SECRET_KEY": "bench-" + uuid.uuid4().hex * 2,
            "ALLOWED_HOSTS": "testserver",
            "SITE_URL": settings.SITE_URL,
            "DATABASE_URL": database_url(),
            "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
            "CELERY_TASK_DEFAULT_QUEUE": self.queue,
            "PRIVATE_MEDIA_ROOT": str(settings.PRIVATE_MEDIA_ROOT),
            "MEDIA_ROOT": str(settings.MEDIA_ROOT),
            "EMAIL_URL": f"filemail:///{self.folder / 'mail'}",
        }
        with open(self.log_path, "w") as log:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "celery",
                    "-A",
                    "lms",
                    "worker",
                    "--pool=prefork",
                    f"--concurrency={self.concurrency}",
                    "--queues",
                    self.queue,
                    "--hostname",
                    f"{self.queue}@%h",
                    "--loglevel=WARNING",
                ],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self._before = app.conf.task_always_eager, app.conf.task_default_queue
        app.conf.task_always_eager = False
        app.conf.task_default_queue = self.queue
        try:
            deadline = time.monotonic() + 60
            while not app.control.ping(
                destination=[f"{self.queue}@{os.uname().nodename}"], timeout=1
            ):
                if not self.alive() or time.monotonic() > deadline:
                    raise BenchError("Der Worker startet nicht:\n" + self.log_tail())
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc_info):
        from lms.celery import app

        app.conf.task_always_eager, app.conf.task_default_queue = self._before
        self.process.terminate()
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, 9)
            self.process.wait()
        # The holders' mails still queued are of no interest here; the
        # queue is declared first so that its bindings are deleted too.
        with contextlib.suppress(Exception):
            with app.connection_for_write() as conn:
                queue = app.amqp.queues[self.queue](conn.default_channel)
                queue.declare()
                queue.delete()


def timed_batch(worker, cohort, keys):
    """Seconds from `start_batch` until no item of the batch waits, and the
    CPU seconds the worker used meanwhile."""
    from certificates import services
    from certificates.models import IssueBatchItem

    cpu = worker.cpu_seconds()
    start = time.perf_counter()
    batch = services.start_batch(cohort, keys, by=None)
    deadline = time.monotonic() + BATCH_TIMEOUT
    waiting = IssueBatchItem.objects.filter(
        batch=batch, status=IssueBatchItem.Status.WAITING
    )
    while waiting.exists():
        if not worker.alive():
            raise BenchError("Der Worker ist beendet:\n" + worker.log_tail())
        if time.monotonic() > deadline:
            raise BenchError(
                f"Nach {BATCH_TIMEOUT} s warten noch {waiting.count()} Zertifikate."
            )
        time.sleep(0.05)
    elapsed = time.perf_counter() - start
    cpu = worker.cpu_seconds() - cpu
    items = IssueBatchItem.objects.filter(batch=batch)
    failed = items.filter(status=IssueBatchItem.Status.FAILED)
    if failed.exists():
        raise BenchError(
            f"{failed.count()} von {items.count()} fehlgeschlagen, "
            f"z. B.: {failed.first().error}"
        )
    if items.count() != len(keys):
        raise BenchError(f"{items.count()} statt {len(keys)} Zertifikate im Auftrag.")
    return elapsed, cpu


def _verdict(met):
    return "erreicht" if met else "NICHT erreicht"


def _mib(kib):
    return f"{kib / 1024:.1f} MiB"


def bench_bulk(programme, activities, folder):
    first_cohort = seed_cohort(programme, activities, BULK)
    second_cohort = seed_cohort(programme, activities, BULK)
    first_keys, second_keys = issue_keys(first_cohort), issue_keys(second_cohort)

    with Worker(concurrency=1, folder=folder) as worker:
        time_20, cpu_20 = timed_batch(worker, first_cohort, first_keys[:FIRST])
        main_20, children_20 = worker.peak_memory()
        time_180, cpu_180 = timed_batch(worker, first_cohort, first_keys[FIRST:])
        main_200, children_200 = worker.peak_memory()
    one, cpu_one = time_20 + time_180, cpu_20 + cpu_180
    with Worker(concurrency=2, folder=folder) as worker:
        two, cpu_two = timed_batch(worker, second_cohort, second_keys)

    print(
        f"Sammelausstellung {BULK}, concurrency=1: {one:.1f} s "
        f"({one / BULK * 1000:.0f} ms je Zertifikat; {FIRST} in {time_20:.1f} s, "
        f"{BULK - FIRST} in {time_180:.1f} s); CPU-Zeit des Workers "
        f"{cpu_one / BULK * 1000:.0f} ms je Zertifikat"
    )
    print(
        f"Sammelausstellung {BULK}, concurrency=2: {two:.1f} s "
        f"({two / BULK * 1000:.0f} ms je Zertifikat); CPU-Zeit des Workers "
        f"{cpu_two / BULK * 1000:.0f} ms je Zertifikat"
    )
    speedup = one / two
    print(
        f"Beschleunigung concurrency 2 vs. 1: {speedup:.2f}× "
        f"(Ziel ≥ 1,6×) – {_verdict(speedup >= 1.6)}"
    )
    if set(children_20) != set(children_200) or len(children_20) != 1:
        print(
            f"Hinweis: Pool-Prozesse nach {FIRST}: {sorted(children_20)}, "
            f"nach {BULK}: {sorted(children_200)}"
        )
    child_20, child_200 = max(children_20.values()), max(children_200.values())
    print(
        f"Spitzenspeicher Pool-Prozess (VmHWM): nach {FIRST}: {_mib(child_20)}, "
        f"nach {BULK}: {_mib(child_200)}"
    )
    print(
        f"Spitzenspeicher Hauptprozess (VmHWM): nach {FIRST}: {_mib(main_20)}, "
        f"nach {BULK}: {_mib(main_200)}"
    )
    ratio = child_200 / child_20
    print(
        f"Speicher {BULK} vs. {FIRST} Zertifikate (Pool-Prozess): {ratio:.2f}× "
        f"(Ziel ≤ 1,2×) – {_verdict(ratio <= 1.2)}; "
        f"Hauptprozess {main_200 / main_20:.2f}×"
    )


def run():
    """The certificate benchmarks on the current (test) database."""
    from django.test import override_settings

    print()
    print(
        f"Zertifikate ({os.cpu_count()} CPU-Kerne, Systemlast beim Start "
        f"{os.getloadavg()[0]:.1f})"
    )
    with (
        tempfile.TemporaryDirectory(prefix="beccaria-bench-") as tmp,
        override_settings(
            PRIVATE_MEDIA_ROOT=Path(tmp) / "private", MEDIA_ROOT=Path(tmp) / "media"
        ),
    ):
        programme, activities = seed_programme()
        product, plain = bench_render(programme, activities)
        ratio = product / plain
        print(
            f"Ein Zertifikat rendern, Median aus {RENDERS}: Produktpfad "
            f"{product:.1f} ms, xhtml2pdf allein {plain:.1f} ms"
        )
        print(
            f"Produktpfad vs. xhtml2pdf allein: {ratio:.2f}× (Ziel ≤ 1,15×) – "
            f"{_verdict(ratio <= 1.15)}"
        )
        reason = bulk_unavailable()
        if reason:
            print(f"Sammelausstellung und Speicher übersprungen: {reason}")
            return
        try:
            bench_bulk(programme, activities, Path(tmp))
        except BenchError as error:
            print(f"Sammelausstellung abgebrochen: {error}")


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.test")
    import django

    django.setup()
    logging.disable(logging.INFO)
    warnings.filterwarnings("ignore", message="No directory at")
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        print(f"Datenbank: {connection.vendor}")
        run()
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
