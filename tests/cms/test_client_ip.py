"""The visitor's address behind the reverse proxy (cms.core.client_ip), and
the login lockout and rate limits that key on it."""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.test import RequestFactory
from django.urls import reverse

from cms.core.client_ip import client_ip
from tests.factories import PASSWORD, UserFactory

PROXY = "10.0.0.5"
VISITOR_A = "198.51.100.7"
VISITOR_B = "203.0.113.9"
LOGIN = "/konto/anmelden/"


@pytest.fixture
def behind_proxy(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/29", "2001:db8::1"]


def address(remote, forwarded=None):
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return client_ip(RequestFactory().get("/", **headers))


def test_without_trusted_proxies_the_connection_counts(settings):
    settings.TRUSTED_PROXIES = []
    assert address(PROXY, VISITOR_A) == PROXY


def test_from_a_trusted_proxy_the_forwarded_client_counts(behind_proxy):
    assert address(PROXY, VISITOR_A) == VISITOR_A
    assert address("2001:db8::1", VISITOR_A) == VISITOR_A
    assert address(f"::ffff:{PROXY}", VISITOR_A) == VISITOR_A


def test_the_rightmost_untrusted_hop_is_the_client(behind_proxy):
    # The visitor wrote the first entry himself; our proxies wrote the rest.
    assert address(PROXY, f"1.2.3.4, {VISITOR_A}, 10.0.0.2") == VISITOR_A
    assert address(PROXY, f" 1.2.3.4 ,{VISITOR_A}") == VISITOR_A


def test_a_spoofed_header_from_anyone_else_changes_nothing(behind_proxy):
    assert address(VISITOR_B, VISITOR_A) == VISITOR_B
    assert address(VISITOR_B, PROXY) == VISITOR_B
    assert address("10.0.0.9", VISITOR_A) == "10.0.0.9"


def test_garbage_in_the_chain_stops_at_the_last_trusted_hop(behind_proxy):
    assert address(PROXY, "unknown") == PROXY
    assert address(PROXY, f"{VISITOR_A}, nonsense, 10.0.0.2") == "10.0.0.2"
    assert address(PROXY) == PROXY
    assert address(PROXY, "") == PROXY


def test_a_typo_in_trusted_proxies_stops_the_start():
    result = subprocess.run(
        [sys.executable, "-c", "import lms.settings.test"],
        env={**os.environ, "TRUSTED_PROXIES": "10.0.0.0/8,10.0.0.300"},
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "TRUSTED_PROXIES: '10.0.0.300'" in result.stderr


def login(client, visitor, password):
    return client.post(
        LOGIN,
        {"username": "julia", "password": password},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=visitor,
    )


@pytest.mark.django_db
def test_wrong_passwords_behind_the_proxy_lock_out_only_their_sender(
    client, behind_proxy
):
    UserFactory(username="julia")
    for _ in range(5):
        login(client, VISITOR_A, "falsch")
    assert login(client, VISITOR_A, PASSWORD).status_code == 429

    response = login(client, VISITOR_B, PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"]


@pytest.mark.django_db
def test_a_spoofed_header_does_not_escape_the_lockout(client, behind_proxy):
    UserFactory(username="julia")
    for number in range(5):
        client.post(
            LOGIN,
            {"username": "julia", "password": "falsch"},
            REMOTE_ADDR=VISITOR_B,
            HTTP_X_FORWARDED_FOR=f"192.0.2.{number}",
        )
    response = client.post(
        LOGIN,
        {"username": "julia", "password": PASSWORD},
        REMOTE_ADDR=VISITOR_B,
        HTTP_X_FORWARDED_FOR=VISITOR_A,
    )
    assert response.status_code == 429


@pytest.mark.django_db
def test_barrier_reports_are_limited_per_visitor_behind_the_proxy(client, behind_proxy):
    def report(visitor):
        return client.post(
            reverse("accessibility_feedback"),
            {
                "kind": "barrier",
                "page_url": "/lehrgang/",
                "description": "Der Kontrast ist zu schwach.",
            },
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=visitor,
        )

    for _ in range(5):
        assert report(VISITOR_A).status_code == 302
    refused = report(VISITOR_A)
    assert refused.status_code == 200
    assert "in der letzten Stunde schon mehrere" in refused.content.decode()
    assert report(VISITOR_B).status_code == 302
