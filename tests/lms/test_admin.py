import pytest
from django.urls import reverse

from lms.learning.models import AttendanceRecord
from lms.learning.roles import ensure_role_groups
from tests.factories import (
    CohortFactory,
    EnrolmentFactory,
    ModulePageFactory,
    SessionPageFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup():
    ensure_role_groups()
    trainer = UserFactory(username="trainerin", groups=["Trainer/innen"])
    cohort = CohortFactory(name="Durchgang 2027")
    cohort.trainers.add(trainer)
    session = SessionPageFactory(
        title="Auftaktwochenende",
        parent=ModulePageFactory(parent=cohort.programme, number=9),
    )
    cohort.sessions.add(session)
    enrolments = [EnrolmentFactory(cohort=cohort) for _ in range(3)]
    other_cohort = CohortFactory(name="Durchgang 2028")
    return {
        "trainer": trainer,
        "cohort": cohort,
        "session": session,
        "enrolments": enrolments,
        "other": other_cohort,
    }


def _text(response):
    return b"".join(response.streaming_content).decode("utf-8")


def test_trainer_sees_only_own_cohorts(client, setup):
    client.force_login(setup["trainer"])
    html = client.get(reverse("lms_attendance:index")).content.decode()
    assert "Durchgang 2027" in html and "Auftaktwochenende" in html
    assert "Durchgang 2028" not in html


def test_trainer_records_attendance(client, setup):
    client.force_login(setup["trainer"])
    url = reverse(
        "lms_attendance:session", args=[setup["cohort"].pk, setup["session"].pk]
    )
    first, second, third = setup["enrolments"]
    response = client.post(
        url,
        {f"status-{first.pk}": "present", f"status-{second.pk}": "excused"},
    )
    assert response.status_code == 302
    records = dict(AttendanceRecord.objects.values_list("enrolment_id", "status"))
    assert records == {first.pk: "present", second.pk: "excused"}
    html = client.get(url).content.decode()
    assert html.count("checked") == 2
    client.post(url, {f"status-{second.pk}": "present"})
    assert AttendanceRecord.objects.get(enrolment=second).status == "present"
    assert AttendanceRecord.objects.count() == 2


def test_trainer_cannot_touch_another_cohort(client, setup):
    setup["other"].sessions.add(setup["session"])
    enrolment = EnrolmentFactory(cohort=setup["other"])
    client.force_login(setup["trainer"])
    url = reverse(
        "lms_attendance:session", args=[setup["other"].pk, setup["session"].pk]
    )
    assert client.get(url).status_code == 404
    assert client.post(url, {f"status-{enrolment.pk}": "present"}).status_code == 404
    assert not AttendanceRecord.objects.exists()


def test_invalid_status_is_refused(client, setup):
    client.force_login(setup["trainer"])
    url = reverse(
        "lms_attendance:session", args=[setup["cohort"].pk, setup["session"].pk]
    )
    first, second, _third = setup["enrolments"]
    response = client.post(
        url,
        {f"status-{first.pk}": "present", f"status-{second.pk}": "erfunden"},
        follow=True,
    )
    assert "es wurde nichts gespeichert" in response.content.decode()
    assert not AttendanceRecord.objects.exists()


def test_participants_cannot_open_attendance(client, setup):
    client.force_login(setup["enrolments"][0].user)
    response = client.get(reverse("lms_attendance:index"))
    assert response.status_code == 302


def test_lpr_office_manages_cohorts_and_enrolments(client, setup, lpr_office):
    client.force_login(lpr_office)
    html = client.get(reverse("cohorts:index")).content.decode()
    assert "Durchgang 2027" in html and "Durchgang 2028" in html
    assert client.get(reverse("enrolments:index")).status_code == 200
    assert (
        "Durchgang 2028" in client.get(reverse("lms_attendance:index")).content.decode()
    )


def test_trainer_cannot_edit_cohorts(client, setup):
    client.force_login(setup["trainer"])
    response = client.get(reverse("cohorts:index"))
    assert response.status_code == 302


def test_matrix_shows_progress_per_participant_and_module(client, setup):
    from lms.learning import services
    from tests.factories import LessonPageFactory, ModulePageFactory

    cohort = setup["cohort"]
    module = ModulePageFactory(parent=cohort.programme, number=1, title="Kriminologie")
    lesson = LessonPageFactory(parent=module)
    LessonPageFactory(parent=module)
    first, second, _third = setup["enrolments"]
    first.user.first_name, first.user.last_name = "Jörg", "Ähnlich"
    first.user.save()
    services.record_lesson_completion(enrolment=first, lesson=lesson)
    client.force_login(setup["trainer"])
    url = reverse("lms_matrix:cohort", args=[cohort.pk])
    html = client.get(url).content.decode()
    assert "Jörg Ähnlich" in html
    assert "50 %" in html and "1/2" in html
    assert "3 Teilnehmende" in html
    filtered = client.get(url, {"q": "Ähnlich"}).content.decode()
    assert "1 Teilnehmer/in" in filtered

    response = client.get(url, {"format": "csv", "q": "Ähnlich"})
    assert response["Content-Type"].startswith("text/csv")
    text = _text(response)
    assert text.startswith(
        "\ufeffNachname;Vorname;E-Mail;Berufsfeld;Status;Modul 1 (%)"
    )
    assert "Ähnlich;Jörg;" in text
    assert len(text.strip().splitlines()) == 2


def test_matrix_of_another_cohort_is_hidden_from_trainers(client, setup):
    client.force_login(setup["trainer"])
    url = reverse("lms_matrix:cohort", args=[setup["other"].pk])
    assert client.get(url).status_code == 404
    assert (
        "Durchgang 2028" not in client.get(reverse("lms_matrix:index")).content.decode()
    )


def test_matrix_for_many_participants_runs_constant_queries(client, setup):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(setup["trainer"])
    url = reverse("lms_matrix:cohort", args=[setup["cohort"].pk])
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for _ in range(20):
        EnrolmentFactory(cohort=setup["cohort"])
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(few) == len(many)


def test_a_page_with_learner_records_cannot_be_deleted(client, admin_user):
    from lms.learning import services
    from lms.learning.models import LessonCompletion
    from modules.models import LessonPage
    from tests.factories import LessonPageFactory

    lesson = LessonPageFactory()
    services.record_lesson_completion(enrolment=EnrolmentFactory(), lesson=lesson)
    module = lesson.get_parent()
    client.force_login(admin_user)
    for page in (lesson, module):
        response = client.post(f"/admin/pages/{page.pk}/delete/", follow=True)
        assert "kann nicht gelöscht werden: 1 Lernnachweis" in response.content.decode()
    response = client.post(
        f"/admin/bulk/wagtailcore/page/delete/?id={lesson.pk}", follow=True
    )
    assert "kann nicht gelöscht werden" in response.content.decode()
    assert LessonPage.objects.filter(pk=lesson.pk).exists()
    assert LessonCompletion.objects.count() == 1


def test_a_page_without_records_can_still_be_deleted(client, admin_user):
    from modules.models import LessonPage
    from tests.factories import LessonPageFactory

    lesson = LessonPageFactory()
    client.force_login(admin_user)
    client.post(f"/admin/pages/{lesson.pk}/delete/")
    assert not LessonPage.objects.filter(pk=lesson.pk).exists()


def test_matrix_columns_come_from_the_programme_not_the_first_row(client, setup):
    from tests.factories import LessonPageFactory, ModulePageFactory

    cohort = setup["cohort"]
    first = ModulePageFactory(parent=cohort.programme, number=1, title="Eins")
    second = ModulePageFactory(parent=cohort.programme, number=2, title="Zwei")
    LessonPageFactory(parent=first)
    LessonPageFactory(parent=second)
    booking = EnrolmentFactory(cohort=cohort, scope="modules")
    booking.user.last_name = "Aaron"
    booking.user.save()
    booking.modules.set([second])
    client.force_login(setup["trainer"])
    url = reverse("lms_matrix:cohort", args=[cohort.pk])
    html = client.get(url).content.decode()
    assert "Modul 1" in html and "Modul 2" in html
    assert "nicht gebucht" in html
    header = _text(client.get(url, {"format": "csv"})).splitlines()[0]
    assert "Modul 1 (%);Modul 2 (%)" in header


def test_matrix_csv_cannot_smuggle_formulas(client, setup):
    enrolment = setup["enrolments"][0]
    enrolment.user.last_name = '=HYPERLINK("http://example.com")'
    enrolment.user.save()
    client.force_login(setup["trainer"])
    url = reverse("lms_matrix:cohort", args=[setup["cohort"].pk])
    text = _text(client.get(url, {"format": "csv"}))
    assert "'=HYPERLINK" in text


def test_cohort_form_refuses_sessions_of_another_programme(client, lpr_office, setup):
    cohort = setup["cohort"]
    foreign = SessionPageFactory(title="Fremder Termin")
    client.force_login(lpr_office)
    response = client.post(
        reverse("cohorts:edit", args=[cohort.pk]),
        {
            "programme": cohort.programme.pk,
            "name": cohort.name,
            "start_date": "2027-01-15",
            "end_date": "2027-12-10",
            "trainers": [setup["trainer"].pk],
            "sessions": [setup["session"].pk, foreign.pk],
        },
    )
    assert response.status_code == 200
    assert "gehören nicht zum gewählten Lehrgang: Fremder Termin" in (
        response.content.decode()
    )
    assert list(cohort.sessions.all()) == [setup["session"]]


def test_trainer_grants_one_more_attempt_with_a_reason(client, setup):
    from lms.learning import services
    from lms.learning.models import QuizAttemptGrant
    from tests.factories import QuizPageFactory

    module = ModulePageFactory(parent=setup["cohort"].programme, number=1)
    quiz = QuizPageFactory(parent=module, max_attempts=1, title="Check Theorien")
    enrolment = setup["enrolments"][0]
    wrong = {"q-single": ["a-dunkel"], "q-multi": ["a-quart"]}
    services.submit_quiz_attempt(enrolment=enrolment, quiz=quiz, answers=wrong)
    client.force_login(setup["trainer"])
    url = reverse("lms_matrix:quizzes", args=[setup["cohort"].pk])
    html = client.get(url).content.decode()
    assert "Check Theorien" in html and "0 %" in html

    response = client.post(url, {"enrolment": enrolment.pk, "quiz": quiz.pk})
    assert "Bitte geben Sie eine Begründung an." in response.content.decode()
    assert not QuizAttemptGrant.objects.exists()

    client.post(
        url, {"enrolment": enrolment.pk, "quiz": quiz.pk, "reason": "Krankheit"}
    )
    grant = QuizAttemptGrant.objects.get()
    assert (grant.granted_by, grant.reason) == (setup["trainer"], "Krankheit")
    assert "<td>Check Theorien</td>" not in client.get(url).content.decode()
    services.submit_quiz_attempt(enrolment=enrolment, quiz=quiz, answers=wrong)

    response = client.post(
        url,
        {"enrolment": setup["enrolments"][1].pk, "quiz": quiz.pk, "reason": "x"},
        follow=True,
    )
    assert "kein weiterer Versuch nötig" in response.content.decode()
    assert QuizAttemptGrant.objects.count() == 1


def test_trainer_of_another_cohort_cannot_grant(client, setup):
    other_trainer = UserFactory(username="andere", groups=["Trainer/innen"])
    setup["other"].trainers.add(other_trainer)
    client.force_login(other_trainer)
    url = reverse("lms_matrix:quizzes", args=[setup["cohort"].pk])
    assert client.get(url).status_code == 404
