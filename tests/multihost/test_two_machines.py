"""Two machines, proven: two gunicorn web processes and two Celery workers,
each in a working directory of its own with its own (empty) MEDIA_ROOT and
PRIVATE_MEDIA_ROOT, share nothing but one PostgreSQL database, one Redis and
the S3 bucket. Driven over HTTP with real sessions, as behind the proxy:

- an attachment a participant uploads through web A downloads, the same
  bytes, through web B, for her and for her trainer;
- a certificate the office issues through web A is rendered by a worker,
  downloaded from web B and verified by the public check on web A.

Needs DATABASE_URL (PostgreSQL; the test creates and drops a database of its
own beside it), CELERY_BROKER_URL and the S3 variables (AWS_STORAGE_BUCKET_NAME
…). Outside CI a missing service skips the test; with CI set it fails.
"""

import io
import os
import re
import socket
import subprocess
import sys
import time
import uuid
from urllib.parse import urlsplit

import lxml.html
import psycopg
import pytest
import requests
from django.conf import settings
from reportlab.pdfgen import canvas

from lms.celery import app
from tests.celery_worker import shared_cache_url, unavailable
from tests.seal_env import seal_environment
from tests.storage import delete_keys, s3_client, s3_configured

pytestmark = pytest.mark.multihost

HOST = "lms.multihost.test"
SITE_URL = f"https://{HOST}"
PASSWORD = "demo"  # lms.demo.learners.DEMO_PASSWORD
NODE = os.uname().nodename


def _requirements():
    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith(("postgres://", "postgresql://")):
        unavailable("Two machines need a shared database: set DATABASE_URL.")
    broker = os.environ.get("CELERY_BROKER_URL")
    if not broker:
        unavailable("Two machines need a broker: set CELERY_BROKER_URL.")
    if not s3_configured():
        unavailable("Two machines need shared files: set AWS_STORAGE_BUCKET_NAME.")
    try:
        with app.connection_for_write(broker) as conn:
            conn.ensure_connection(max_retries=1, timeout=3)
    except Exception as error:
        unavailable(f"The broker {broker} does not answer: {error}")
    return database_url, broker


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _run(command, *, env, cwd, timeout=900):
    result = subprocess.run(
        [sys.executable, *command],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, f"{command}:\n{result.stdout}\n{result.stderr}"


class Machine:
    """One web and one worker process in a working directory of their own."""

    def __init__(self, name, folder, env, queue):
        self.name = name
        self.folder = folder
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.worker_name = f"{queue}-{name}@{NODE}"
        self.media_roots = [folder / "media", folder / "private-media"]
        self.env = {
            **env,
            "MEDIA_ROOT": str(self.media_roots[0]),
            "PRIVATE_MEDIA_ROOT": str(self.media_roots[1]),
            "EMAIL_URL": f"filemail:///{folder / 'mail'}",
        }
        self.processes = []

    def start(self):
        self._spawn(
            "web",
            ["-m", "gunicorn", "lms.wsgi", "--bind", f"127.0.0.1:{self.port}"]
            + ["--workers", "2", "--timeout", "120"],
        )
        self._spawn(
            "worker",
            ["-m", "celery", "-A", "lms", "worker", "--pool=solo"]
            + ["--queues", self.env["CELERY_TASK_DEFAULT_QUEUE"]]
            + ["--hostname", self.worker_name, "--loglevel=INFO"],
        )

    def _spawn(self, role, command):
        log = open(self.folder / f"{role}.log", "w")
        process = subprocess.Popen(
            [sys.executable, *command],
            env=self.env,
            cwd=self.folder,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        self.processes.append((role, process, log))

    def wait_until_ready(self, deadline):
        while True:
            for role, process, _log in self.processes:
                if process.poll() is not None:
                    pytest.fail(f"{self.name}: the {role} stopped.\n{self.logs()}")
            try:
                answer = requests.get(
                    f"{self.url}/healthz", headers={"Host": HOST}, timeout=10
                )
                web = answer.status_code == 200
            except requests.RequestException:
                web = False
            if web and app.control.ping(destination=[self.worker_name], timeout=1):
                return
            if time.monotonic() > deadline:
                pytest.fail(f"{self.name} did not start.\n{self.logs()}")
            time.sleep(0.5)

    def stop(self):
        for _role, process, _log in self.processes:
            process.terminate()
        for _role, process, log in self.processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            log.close()

    def logs(self):
        return "\n".join(
            f"--- {self.name} {role}:\n" + (self.folder / f"{role}.log").read_text()
            for role, _process, _log in self.processes
        )

    def stored_files(self):
        return [path for root in self.media_roots for path in root.rglob("*")]


@pytest.fixture(scope="module")
def machines(tmp_path_factory):
    """Web A and B, worker A and B, on a database of their own with the demo."""
    database_url, broker = _requirements()
    run = uuid.uuid4().hex[:8]
    database = f"{urlsplit(database_url).path.lstrip('/') or 'beccaria'}_mh_{run}"
    server_url = urlsplit(database_url)._replace(path="/postgres").geturl()
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{database}"')
    key_prefix = f"tests/multihost-{run}"
    queue = f"beccaria-multihost-{run}"
    base = tmp_path_factory.mktemp("multihost")
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
        **seal_environment(),
        "PYTHONPATH": str(settings.BASE_DIR),
        "DJANGO_SETTINGS_MODULE": "lms.settings.production",
        "DEBUG": "false",
        "SECRET_KEY": "multihost-" + uuid.uuid4().hex * 2,
        "DATABASE_URL": urlsplit(database_url)._replace(path=f"/{database}").geturl(),
        "ALLOWED_HOSTS": HOST,
        "SITE_URL": SITE_URL,
        "SECURE_SSL_REDIRECT": "false",
        "CELERY_BROKER_URL": broker,
        "CACHE_URL": shared_cache_url(broker),
        "CELERY_TASK_DEFAULT_QUEUE": queue,
        "AWS_S3_KEY_PREFIX": key_prefix,
        "STATIC_ROOT": str(base / "static"),
    }
    setup = base / "setup"
    setup.mkdir()
    # The demo is seeded like `make run` does (DEBUG, tasks in-process), into
    # the bucket below the test's prefix: nothing of it is on a machine's disk.
    seed_env = {**env, "DJANGO_SETTINGS_MODULE": "lms.settings.dev", "DEBUG": "true"}
    seed_env.pop("CELERY_BROKER_URL")
    seed_env.update(MEDIA_ROOT=str(setup / "media"), PRIVATE_MEDIA_ROOT=str(setup))
    manage = str(settings.BASE_DIR / "manage.py")
    _run([manage, "migrate", "--noinput"], env=seed_env, cwd=setup)
    _run([manage, "seed_demo"], env=seed_env, cwd=setup)
    _run([manage, "collectstatic", "--noinput"], env=env, cwd=setup)

    started = []
    try:
        for name in ("a", "b"):
            folder = base / name
            folder.mkdir()
            machine = Machine(name, folder, env, queue)
            started.append(machine)
            machine.start()
        deadline = time.monotonic() + 120
        for machine in started:
            machine.wait_until_ready(deadline)
        yield {"a": started[0], "b": started[1], "key_prefix": key_prefix}
    finally:
        for machine in started:
            machine.stop()
        with psycopg.connect(server_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        delete_keys(s3_client(settings.STORAGES), settings.STORAGES, key_prefix)


class Browser:
    """One person's browser behind the proxy. Its cookies go to whichever
    machine it asks, as a load balancer would send the requests. The proxy
    speaks HTTPS to the browser and HTTP to the machines: the session and
    CSRF cookies are `Secure`, and still go back."""

    def __init__(self):
        self.session = requests.Session()
        self.session.headers.update({"Host": HOST, "X-Forwarded-Proto": "https"})

    def request(self, method, machine, path, **kwargs):
        """`method` on `path`, following redirects on the same machine."""
        for _hop in range(10):
            response = self.session.request(
                method, machine.url + path, allow_redirects=False, timeout=120, **kwargs
            )
            for cookie in self.session.cookies:
                cookie.secure = False
            if not response.is_redirect:
                return response
            method, kwargs = "GET", {}
            path = urlsplit(response.headers["Location"])._replace(scheme="", netloc="")
            path = path.geturl()
        raise AssertionError(f"Too many redirects from {path}.")

    def get(self, machine, path):
        response = self.request("GET", machine, path)
        assert response.status_code == 200, f"GET {path}: {response.status_code}"
        return response

    def post(self, machine, path, data, files=None):
        data = {**data, "csrfmiddlewaretoken": self.session.cookies["csrftoken"]}
        headers = {"Referer": SITE_URL + path}
        return self.request(
            "POST", machine, path, data=data, files=files, headers=headers
        )

    def log_in(self, machine, username):
        self.get(machine, "/konto/anmelden/")
        response = self.post(
            machine,
            "/konto/anmelden/",
            {"username": username, "password": PASSWORD},
        )
        assert "sessionid" in self.session.cookies, response.text[:2000]


def _sent_empty(field):
    if field.tag == "textarea":
        return True
    return field.tag == "input" and field.type not in {
        "checkbox",
        "radio",
        "file",
        "submit",
        "button",
        "image",
        "reset",
    }


def form_data(html, *, containing):
    """What a browser sends for the form whose HTML contains `containing`:
    its filled fields, as a dict of lists."""
    document = lxml.html.fromstring(html)
    for form in document.forms:
        if containing in lxml.html.tostring(form, encoding="unicode"):
            data = {}
            for name, value in form.form_values():
                data.setdefault(name, []).append(value)
            # lxml leaves out text fields without a value; a browser sends "".
            for field in form.inputs:
                if field.name and field.name not in data and _sent_empty(field):
                    data[field.name] = [""]
            return form, data
    raise AssertionError(f"No form with {containing!r}.")


def pdf_bytes(text):
    buffer = io.BytesIO()
    document = canvas.Canvas(buffer)
    document.drawString(72, 720, text)
    document.save()
    return buffer.getvalue()


def bucket_keys(machines, folder):
    """The keys the machines wrote below `folder` of the run's prefix."""
    bucket = settings.STORAGES["private"]["OPTIONS"]["bucket_name"]
    prefix = f"{machines['key_prefix']}/{folder}"
    page = s3_client(settings.STORAGES).list_objects_v2(Bucket=bucket, Prefix=prefix)
    return [entry["Key"] for entry in page.get("Contents", ())]


def wait_for(check, what, machines, timeout=180):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(1)
    pytest.fail(
        f"{what} did not happen.\n" + machines["a"].logs() + machines["b"].logs()
    )


def test_an_attachment_uploaded_through_a_downloads_through_b(machines):
    a, b = machines["a"], machines["b"]
    participant = Browser()
    participant.log_in(a, "teilnehmerin")
    dashboard = participant.get(a, "/lernen/").text
    project = re.search(r'href="(/[^"]+/praxisprojekt/)"', dashboard).group(1)
    project_page = participant.get(a, project).text
    workspace = re.search(r'href="(/lernen/projekt/\d+/)"', project_page).group(1)

    form, data = form_data(participant.get(a, workspace).text, containing='type="file"')
    data["title"] = ["Sicher im Quartier"]
    for textarea in form.xpath(".//textarea[starts-with(@name, 'section-')]"):
        data[textarea.name] = [f"Unser Text zu {textarea.name}."]
    data["action"] = ["save"]
    upload = pdf_bytes("Zeitplan von Maschine A")
    file_field = form.xpath(".//input[@type='file']/@name")[0]
    saved = participant.post(
        a,
        workspace,
        data,
        files={file_field: ("Zeitplan.pdf", upload, "application/pdf")},
    )
    assert saved.status_code == 200, saved.text[:2000]
    download = re.search(r'href="(/lernen/anhang/[0-9a-f-]+/)"', saved.text).group(1)

    assert participant.get(b, download).content == upload

    confirm = participant.get(a, f"{workspace}einreichen/").text
    form, hand_in = form_data(confirm, containing='name="version"')
    for box in form.xpath(".//input[@type='checkbox']"):
        hand_in[box.name] = [box.get("value", "on")]
    handed_in = participant.post(a, f"{workspace}einreichen/", hand_in)
    assert handed_in.status_code == 200, handed_in.text[:2000]

    trainer = Browser()
    trainer.log_in(b, "trainerin")
    assert trainer.get(b, download).content == upload
    assert a.stored_files() == [] and b.stored_files() == []
    assert bucket_keys(machines, "private/abgaben/")


def test_a_certificate_issued_through_a_is_served_by_b_and_verifies_on_a(machines):
    a, b = machines["a"], machines["b"]
    office = Browser()
    office.log_in(a, "lpr")
    register = office.get(a, "/admin/zertifikate/alle/").text
    old = re.search(r'href="/admin/zertifikate/(\d+)/"', register).group(1)

    _form, reissue = form_data(
        office.get(a, f"/admin/zertifikate/{old}/").text, containing='value="reissue"'
    )
    reissue["action"] = ["reissue"]
    reissue["reissue-reason"] = ["Namensänderung nach Heirat"]
    issued = office.post(a, f"/admin/zertifikate/{old}/", reissue)
    assert issued.status_code == 200, issued.text[:2000]
    new = re.search(r"/admin/zertifikate/(\d+)/$", issued.url).group(1)
    assert new != old

    def rendered():
        response = office.request("GET", b, f"/admin/zertifikate/{new}/pdf/")
        return response.content if response.status_code == 200 else None

    pdf = wait_for(rendered, "The worker's PDF", machines)
    assert pdf.startswith(b"%PDF")

    visitor = Browser()
    visitor.get(a, "/zertifikate/pruefen/")
    verified = visitor.post(
        a,
        "/zertifikate/pruefen/",
        {"pruefung": "datei"},
        files={"file": ("Zertifikat.pdf", pdf, "application/pdf")},
    )
    assert verified.status_code == 200
    assert "Die Datei ist echt und unverändert." in verified.text
    assert a.stored_files() == [] and b.stored_files() == []
    assert bucket_keys(machines, "private/zertifikate/")
