"""„Zertifikat prüfen“ is linked in the footer of every public page."""

import pytest
from django.urls import reverse

from tests.factories import (
    CohortFactory,
    EnrolmentFactory,
    LessonPageFactory,
    ModulePageFactory,
    home_page,
)

pytestmark = pytest.mark.django_db

LINK = '<a href="{}">Zertifikat prüfen</a>'


def _footer(html):
    return html[html.index('<footer class="site-footer">') :]


def test_home_page_footer_links_the_certificate_check(client):
    response = client.get(home_page().url)
    assert response.status_code == 200
    footer = _footer(response.content.decode())
    assert LINK.format(reverse("certificate_verify")) in footer


def test_lesson_page_footer_links_the_certificate_check(client):
    module = ModulePageFactory(number=1)
    lesson = LessonPageFactory(parent=module, title="Theorien")
    enrolment = EnrolmentFactory(cohort=CohortFactory(programme=module.get_parent()))
    client.force_login(enrolment.user)
    response = client.get(lesson.url)
    assert response.status_code == 200
    footer = _footer(response.content.decode())
    assert LINK.format(reverse("certificate_verify")) in footer
