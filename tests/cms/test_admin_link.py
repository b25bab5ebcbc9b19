import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lms.learning.roles import ensure_role_groups
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ADMIN_LINK = '<a href="/admin/">'


def test_staff_see_the_admin_link_participants_and_visitors_do_not(client):
    ensure_role_groups()
    trainer = UserFactory(groups=["Trainer/innen"])
    participant = UserFactory(groups=["Teilnehmende"])

    assert ADMIN_LINK not in client.get("/").content.decode()
    client.force_login(participant)
    assert ADMIN_LINK not in client.get("/").content.decode()
    client.force_login(trainer)
    assert ADMIN_LINK in client.get("/").content.decode()


def test_the_permission_is_looked_up_once_per_login(client):
    ensure_role_groups()
    client.force_login(UserFactory(groups=["Teilnehmende"]))
    client.get("/")

    with CaptureQueriesContext(connection) as queries:
        client.get("/")

    assert not [q for q in queries if "auth_permission" in q["sql"]]
