"""Content-Security-Policy (django-csp): no inline script anywhere but in the
Wagtail admin, which needs it, and no content from other hosts."""

import re

import pytest
from django.conf import settings

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

# An executable script without src, or an inline event handler attribute.
INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>"
)
EVENT_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.IGNORECASE)


def policy(response):
    """The header as {directive: [sources]}."""
    header = response["Content-Security-Policy"]
    return {
        name: sources for name, *sources in (part.split() for part in header.split(";"))
    }


@pytest.mark.parametrize(
    "path", ["/", "/impressum/", "/konto/anmelden/", "/zertifikate/pruefen/"]
)
def test_public_pages_allow_no_inline_script(client, path):
    directives = policy(client.get(path))
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'self'"]


def test_error_pages_carry_the_policy_too(client):
    response = client.get("/gibt-es-nicht/")
    assert response.status_code == 404
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]


def test_participant_pages_allow_no_inline_script(client):
    client.force_login(UserFactory(groups=["Teilnehmende"]))
    response = client.get("/lernen/")
    assert response.status_code == 200
    directives = policy(response)
    assert directives["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in directives["style-src"]


def test_only_the_admin_allows_its_inline_scripts(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    directives = policy(client.get("/admin/"))
    assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert policy(client.get("/"))["script-src"] == ["'self'"]


def test_no_template_has_inline_script_or_event_handlers():
    """A CSP without 'unsafe-inline' would silently break such a page."""
    offenders = []
    folders = [settings.BASE_DIR / "templates"] + [
        path
        for path in settings.BASE_DIR.glob("*/**/templates")
        if ".venv" not in path.parts
    ]
    for folder in folders:
        for template in folder.rglob("*.html"):
            text = template.read_text()
            if INLINE_SCRIPT.search(text) or EVENT_HANDLER.search(text):
                offenders.append(str(template.relative_to(settings.BASE_DIR)))
    assert not offenders
