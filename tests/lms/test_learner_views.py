import pytest
from django.urls import reverse

from lms.learning.models import LessonCompletion, QuizAttempt
from tests.factories import (
    CohortFactory,
    EnrolmentFactory,
    LessonPageFactory,
    ModulePageFactory,
    ProgrammePageFactory,
    QuizPageFactory,
    SessionPageFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    programme = ProgrammePageFactory()
    module = ModulePageFactory(parent=programme, number=1, title="Kriminologie")
    cohort = CohortFactory(programme=programme, name="Durchgang 2027")
    return {
        "programme": programme,
        "module": module,
        "lesson": LessonPageFactory(parent=module, title="Theorien"),
        "quiz": QuizPageFactory(parent=module, title="Check Theorien"),
        "cohort": cohort,
    }


@pytest.fixture
def learner(client, course):
    enrolment = EnrolmentFactory(cohort=course["cohort"])
    client.force_login(enrolment.user)
    return enrolment


def test_not_enrolled_user_gets_a_friendly_page_not_the_content(client, course):
    client.force_login(UserFactory())
    response = client.get(course["lesson"].url)
    html = response.content.decode()
    assert response.status_code == 403
    assert "Dieser Inhalt ist für Teilnehmende des Lehrgangs" in html
    assert "Kriminologie fragt nach Ursachen." not in html


def test_enrolment_in_another_programme_does_not_open_this_one(client, course):
    other = EnrolmentFactory()
    client.force_login(other.user)
    assert client.get(course["lesson"].url).status_code == 403


@pytest.mark.parametrize("status", ["paused", "cancelled"])
def test_inactive_enrolment_does_not_open_the_content(client, course, status):
    enrolment = EnrolmentFactory(cohort=course["cohort"], status=status)
    client.force_login(enrolment.user)
    assert client.get(course["lesson"].url).status_code == 403


def test_unbooked_module_stays_closed(client, course):
    enrolment = EnrolmentFactory(cohort=course["cohort"], scope="modules")
    enrolment.modules.set([ModulePageFactory(parent=course["programme"], number=2)])
    client.force_login(enrolment.user)
    assert client.get(course["lesson"].url).status_code == 403


def test_staff_see_every_activity(client, course, editor):
    client.force_login(editor)
    assert client.get(course["lesson"].url).status_code == 200
    assert client.get(course["quiz"].url).status_code == 200


def test_locked_module_explains_why(client, course, learner):
    course["programme"].sequential_release = True
    course["programme"].save()
    second = ModulePageFactory(parent=course["programme"], number=2, title="Zweites")
    lesson = LessonPageFactory(parent=second)
    response = client.get(lesson.url)
    assert response.status_code == 403
    assert "noch nicht freigeschaltet" in response.content.decode()


def test_mark_a_lesson_done_and_take_it_back(client, course, learner):
    lesson = course["lesson"]
    html = client.get(lesson.url).content.decode()
    assert "Als erledigt markieren" in html
    url = reverse("complete_lesson", args=[lesson.pk])
    assert client.get(url).status_code == 405
    response = client.post(url)
    assert response["Location"] == lesson.url
    client.post(url)
    assert LessonCompletion.objects.filter(enrolment=learner).count() == 1
    html = client.get(lesson.url).content.decode()
    assert "als erledigt markiert" in html
    module_html = client.get(course["module"].url).content.decode()
    assert "✓" in module_html
    client.post(url, {"undo": "1"})
    assert not LessonCompletion.objects.exists()


def test_marking_someone_elses_programme_is_refused(client, course):
    other = EnrolmentFactory()
    client.force_login(other.user)
    response = client.post(reverse("complete_lesson", args=[course["lesson"].pk]))
    assert response.status_code == 403
    assert not LessonCompletion.objects.exists()


def test_quiz_page_never_sends_the_right_answers(client, course, learner):
    html = client.get(course["quiz"].url).content.decode()
    assert "Das Hellfeld" in html and "Das Dunkelfeld" in html
    assert "correct" not in html
    assert "True" not in html and "true" not in html
    assert "– richtig" not in html
    assert "Die PKS zählt, was der Polizei bekannt wird." not in html


def test_quiz_attempt_shows_feedback_to_its_owner_only(client, course, learner):
    response = client.post(
        reverse("submit_quiz", args=[course["quiz"].pk]),
        {"frage-q-single": "a-hell", "frage-q-multi": ["a-prim", "a-quart"]},
    )
    attempt = QuizAttempt.objects.get()
    assert response["Location"] == reverse("quiz_attempt", args=[attempt.pk])
    html = client.get(response["Location"]).content.decode()
    assert "50 % – bestanden." in html
    assert "Die PKS zählt, was der Polizei bekannt wird." in html
    assert "Nicht richtig beantwortet." in html

    stranger = EnrolmentFactory(cohort=course["cohort"]).user
    client.force_login(stranger)
    assert client.get(response["Location"]).status_code == 404


def test_quiz_refuses_attempts_beyond_the_limit_with_a_message(client, course, learner):
    url = reverse("submit_quiz", args=[course["quiz"].pk])
    for _ in range(2):
        client.post(url, {"frage-q-single": "a-dunkel", "frage-q-multi": "a-quart"})
    response = client.post(
        url, {"frage-q-single": "a-hell", "frage-q-multi": "a-prim"}, follow=True
    )
    assert "Sie haben alle 2 Versuche" in response.content.decode()
    assert QuizAttempt.objects.count() == 2


def test_dashboard_shows_progress_next_step_and_what_is_missing(
    client, course, learner
):
    session = SessionPageFactory(parent=course["module"], title="Auftaktwochenende")
    course["cohort"].sessions.add(session)
    html = client.get("/lernen/").content.decode()
    assert "Durchgang 2027" in html
    assert "0 von 2 Pflichtaktivitäten erledigt" in html
    assert "Weiter lernen" in html and course["lesson"].url in html
    assert "Auftaktwochenende" in html
    assert "Modul 1 „Kriminologie“: noch 2 Pflichtaktivitäten offen." in html
    client.post(reverse("complete_lesson", args=[course["lesson"].pk]))
    html = client.get("/lernen/").content.decode()
    assert "1 von 2 Pflichtaktivitäten erledigt" in html
    assert 'value="50" max="100"' in html


def test_dashboard_without_enrolment(client):
    client.force_login(UserFactory())
    assert "noch in keinem Durchgang" in client.get("/lernen/").content.decode()


def test_dashboard_needs_a_login(client):
    response = client.get("/lernen/")
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/anmelden/")


def _dashboard_queries(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/lernen/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/lernen/").status_code == 200
    return len(queries)


def _build(modules, activities):
    programme = ProgrammePageFactory()
    cohort = CohortFactory(programme=programme)
    for number in range(1, modules + 1):
        module = ModulePageFactory(parent=programme, number=number)
        for index in range(activities):
            kind = index % 3
            if kind == 0:
                LessonPageFactory(parent=module)
            elif kind == 1:
                QuizPageFactory(parent=module)
            else:
                cohort.sessions.add(SessionPageFactory(parent=module))
    enrolment = EnrolmentFactory(cohort=cohort)
    for lesson in LessonPageFactory._meta.model.objects.descendant_of(programme):
        LessonCompletion.objects.create(enrolment=enrolment, page=lesson)
    for _ in range(3):
        EnrolmentFactory(cohort=cohort)
    return enrolment


def test_dashboard_runs_a_constant_number_of_queries(client):
    small = _build(modules=1, activities=3)
    client.force_login(small.user)
    few = _dashboard_queries(client)
    large = _build(modules=6, activities=20)
    client.force_login(large.user)
    many = _dashboard_queries(client)
    assert few == many
    assert many <= 20


def test_participant_records_organisation_and_professional_field(client, learner):
    response = client.post(
        "/lernen/profil/",
        {"organisation": "Polizeidirektion Leipzig", "professional_field": "police"},
    )
    assert response["Location"] == "/lernen/"
    profile = learner.user.participant_profile
    profile.refresh_from_db()
    assert profile.professional_field == "police"
    assert profile.organisation == "Polizeidirektion Leipzig"


def test_profile_rejects_an_unknown_field_in_german(client, learner):
    response = client.post("/lernen/profil/", {"professional_field": "astronaut"})
    assert response.status_code == 200
    assert "Bitte prüfen Sie Ihre Eingaben" in response.content.decode()


def test_incomplete_quiz_uses_no_attempt_and_keeps_the_choices(client, course, learner):
    url = reverse("submit_quiz", args=[course["quiz"].pk])
    response = client.post(url, {"frage-q-multi": "a-prim"}, follow=True)
    html = response.content.decode()
    assert "Bitte beantworten Sie alle Fragen. Noch offen: Frage 1." in html
    assert 'id="a-a-prim" checked' in html
    assert not QuizAttempt.objects.exists()


def test_sending_the_same_quiz_form_twice_uses_one_attempt(client, course, learner):
    url = reverse("submit_quiz", args=[course["quiz"].pk])
    data = {
        "token": "6f1c2b3a-1d2e-4f50-8a9b-0c1d2e3f4a5b",
        "frage-q-single": "a-hell",
        "frage-q-multi": "a-prim",
    }
    first = client.post(url, data)
    second = client.post(url, data)
    assert first["Location"] == second["Location"]
    assert QuizAttempt.objects.count() == 1


def test_paused_participant_gets_a_german_refusal_and_nothing_changes(client, course):
    enrolment = EnrolmentFactory(cohort=course["cohort"], status="paused")
    client.force_login(enrolment.user)
    response = client.post(reverse("complete_lesson", args=[course["lesson"].pk]))
    assert response.status_code == 403
    assert "Das dürfen Sie hier nicht" in response.content.decode()
    assert not LessonCompletion.objects.exists()
    html = client.get("/lernen/").content.decode()
    assert "Ihre Einschreibung ist pausiert." in html
    assert "Weiter lernen" not in html


def test_completed_participants_keep_reading(client, course):
    enrolment = EnrolmentFactory(cohort=course["cohort"], status="completed")
    client.force_login(enrolment.user)
    assert client.get(course["lesson"].url).status_code == 200


def test_invited_participant_without_password_can_request_a_new_link(
    client, django_capture_on_commit_callbacks
):
    from django.core import mail

    user = UserFactory(email="neu@example.org")
    user.set_unusable_password()
    user.save()
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/konto/passwort-vergessen/", {"email": "NEU@example.org"})
    assert len(mail.outbox) == 1


def test_module_page_hides_other_cohorts_seminar_days_from_participants(
    client, course, learner
):
    own = SessionPageFactory(parent=course["module"], title="Unser Wochenende")
    course["cohort"].sessions.add(own)
    SessionPageFactory(parent=course["module"], title="Fremdes Wochenende")
    html = client.get(course["module"].url).content.decode()
    assert "Unser Wochenende" in html
    assert "Fremdes Wochenende" not in html
