"""A NUL character anywhere a visitor can put one gives 400, never 500.

PostgreSQL refuses NUL in text, so such a value used to end as a 500 wherever
it reached a query (`/zertifikate/pruefen/%00/`); SQLite takes it. The sweep
covers every URL pattern of the project, Wagtail's included."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, RequestFactory
from django.urls import URLResolver, get_resolver
from django.urls.resolvers import RoutePattern

from cms.middleware import RejectNullCharactersMiddleware
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

NUL = "%00"
HARMLESS = "1"
ROUTE_ARGUMENT = re.compile(r"<(?:\w+:)?\w+>")


def _walk(patterns, prefix=()):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, (*prefix, pattern.pattern))
        else:
            yield (*prefix, pattern.pattern)


def _regex_parts(regex):
    """A regex pattern as literal text and argument slots (None)."""
    regex = regex.removeprefix("^").removesuffix("$")
    parts, index = [], 0
    while index < len(regex):
        char = regex[index]
        if char == "(":
            depth = 0
            while True:
                depth += {"(": 1, ")": -1}.get(regex[index], 0)
                index += 2 if regex[index] == "\\" else 1
                if depth == 0:
                    break
            while index < len(regex) and regex[index] in "*+?":
                index += 1
            parts.append(None)
        elif char == "." and regex[index + 1 : index + 2] in ("*", "+"):
            parts.append(None)
            index += 2
        elif char == "\\":
            parts.append(regex[index + 1])
            index += 2
        else:
            parts.append(char)
            index += 1
    return parts


def _parts(route):
    """The full route of a URL pattern as literal text and argument slots."""
    parts = []
    for pattern in route:
        if isinstance(pattern, RoutePattern):
            text = str(pattern)
            literals = ROUTE_ARGUMENT.split(text)
            for number, literal in enumerate(literals):
                parts.extend(literal)
                if number < len(literals) - 1:
                    parts.append(None)
        else:
            parts.extend(_regex_parts(pattern.regex.pattern))
    return parts


def _url(parts, values):
    values = iter(values)
    return "/" + "".join(next(values) if part is None else part for part in parts)


ROUTES = [_parts(route) for route in _walk(get_resolver().url_patterns)]


def nul_paths():
    """Each URL pattern with %00 in one captured argument at a time."""
    for parts in ROUTES:
        slots = parts.count(None)
        for position in range(slots):
            values = [NUL if slot == position else HARMLESS for slot in range(slots)]
            yield _url(parts, values)


def plain_paths():
    for parts in ROUTES:
        yield _url(parts, [HARMLESS] * parts.count(None))


@pytest.fixture
def office_client():
    """Logged in as the superuser, who may reach every view; a view's error
    is answered with a 500 rather than raised, so the sweep lists them all."""
    client = Client(raise_request_exception=False)
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def test_the_sweep_covers_the_project():
    paths = list(nul_paths())
    assert len(ROUTES) > 200
    assert "/zertifikate/pruefen/%00/" in paths
    assert "/admin/pages/%00/edit/" in paths


def test_nul_in_any_captured_argument_gives_400(office_client):
    answers = {path: office_client.get(path).status_code for path in nul_paths()}
    assert {path: status for path, status in answers.items() if status != 400} == {}


def test_nul_in_the_query_string_gives_400(office_client):
    query = "?q=%00&p=%00&seite=%00&next=%00&status=%00"
    answers = {
        path: office_client.get(path + query).status_code for path in plain_paths()
    }
    assert {path: status for path, status in answers.items() if status != 400} == {}


def test_nul_in_a_form_field_gives_400(client):
    UserFactory(username="julia")
    response = client.post(
        "/konto/anmelden/", {"username": "julia\x00", "password": "x"}
    )
    assert response.status_code == 400
    response = client.post(
        "/barrierefreiheit/rueckmeldung/",
        {"kind": "barrier", "page_url": "/", "description": "a\x00b"},
    )
    assert response.status_code == 400


def test_nul_in_the_session_cookie_gives_400(client):
    client.cookies["sessionid"] = "abcdefgh\x00ijkl"
    assert client.get("/lernen/").status_code == 400


def test_the_certificate_check_form_refuses_nul_without_an_error(client):
    """The check reads its own body (uploads are hashed as they stream in);
    its form fields refuse NUL like every Django CharField."""
    response = client.post(
        "/zertifikate/pruefen/",
        {"pruefung": "nummer", "number": "BEC\x00", "code": "\x00"},
    )
    assert response.status_code == 200


def test_binary_uploads_with_nul_bytes_pass():
    request = RequestFactory().post(
        "/lernen/", {"datei": SimpleUploadedFile("arbeit.pdf", b"%PDF-\x00\x01")}
    )
    middleware = RejectNullCharactersMiddleware(lambda request: None)
    assert middleware.process_view(request, lambda request: None, (), {}) is None


def test_ordinary_requests_pass(client):
    UserFactory(username="julia")
    assert client.get("/?q=Pr%C3%A4vention").status_code == 200
    response = client.post(
        "/konto/anmelden/", {"username": "julia", "password": PASSWORD}
    )
    assert response.status_code == 302
