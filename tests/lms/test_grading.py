import datetime
import re

import pytest
from django.core import mail
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from lms.learning.roles import ensure_role_groups
from lms.projects import selectors
from lms.projects import services as assignments
from lms.projects.grading_views import queue as grading_queue
from lms.projects.models import (
    DueDateExtension,
    GradingEvent,
    MentoringNote,
    Review,
    Submission,
)
from lms.projects.viewsets import GradingViewSet
from tests.factories import (
    AssignmentPageFactory,
    EnrolmentFactory,
    UserFactory,
    enrolled_in_assignment,
    handed_in_version,
)

pytestmark = pytest.mark.django_db

IN_A_MONTH = timezone.now() + datetime.timedelta(days=30)


@pytest.fixture
def setup():
    ensure_role_groups()
    trainer = UserFactory(username="trainerin", groups=["Trainer/innen"])
    page, enrolment = enrolled_in_assignment(
        trainer=trainer,
        user=UserFactory(
            username="anna", first_name="Anna", last_name="Arendt", groups=[]
        ),
        title="Praxisprojekt Quartier",
        due_at=IN_A_MONTH,
    )
    other_trainer = UserFactory(username="andere", groups=["Trainer/innen"])
    other_page, other_enrolment = enrolled_in_assignment(
        trainer=other_trainer,
        user=UserFactory(username="otto", first_name="Otto", last_name="Fremd"),
    )
    return {
        "trainer": trainer,
        "page": page,
        "enrolment": enrolment,
        "version": handed_in_version(enrolment, page),
        "other_trainer": other_trainer,
        "other_page": other_page,
        "other_enrolment": other_enrolment,
        "other_version": handed_in_version(other_enrolment, other_page),
    }


def queue_html(client, **params):
    response = client.get(reverse("lms_grading:index"), params)
    assert response.status_code == 200
    return response.content.decode()


def review_data(page, version, *, action="draft", points=5, confirm=False, **extra):
    version.refresh_from_db()
    data = {
        "review_revision": version.review_revision,
        "action": action,
        "feedback": "Gut begründet.",
        "decision": "passed",
        **extra,
    }
    for criterion in page.rubric:
        data[f"points_{criterion.id}"] = points
    if confirm:
        data["confirm"] = "on"
    return data


def review_url(version):
    return reverse("lms_grading:review", args=[version.pk])


def project_url(enrolment, page):
    return reverse("lms_grading:project", args=[enrolment.pk, page.pk])


def hand_in(page, enrolment, name, submitted_at=None):
    enrolment.user.last_name = name
    enrolment.user.save()
    version = handed_in_version(enrolment, page)
    if submitted_at is not None:
        Submission.objects.filter(pk=version.submission_id).update(
            submitted_at=submitted_at
        )
    return version


# The queue


def test_trainer_sees_only_submissions_of_own_cohorts(client, setup):
    client.force_login(setup["trainer"])
    html = queue_html(client)
    assert "Arendt" in html and "Praxisprojekt Quartier" in html
    assert "Fremd" not in html
    assert review_url(setup["version"]) in html
    assert project_url(setup["enrolment"], setup["page"]) in html


def test_lpr_office_sees_every_cohort_and_filters_by_cohort(client, setup, lpr_office):
    client.force_login(lpr_office)
    html = queue_html(client)
    assert "Arendt" in html and "Fremd" in html
    cohort = setup["other_enrolment"].cohort
    html = queue_html(client, cohort=cohort.pk)
    assert "Fremd" in html and "Arendt" not in html


def test_drafts_are_never_listed(client, setup):
    page = setup["page"]
    _page, enrolment = enrolled_in_assignment(
        page=page, user=UserFactory(last_name="Entwurfsschreiber")
    )
    assignments.open_draft(enrolment=enrolment, page=page)
    client.force_login(setup["trainer"])
    for status in ["", "all", "draft"]:
        assert "Entwurfsschreiber" not in queue_html(client, status=status)


def test_queue_lists_the_oldest_hand_in_first(client, setup):
    page = setup["page"]
    now = timezone.now()
    for name, days_ago in [("Mittel", 2), ("Neu", 1), ("Alt", 5)]:
        _page, enrolment = enrolled_in_assignment(page=page)
        hand_in(page, enrolment, name, now - datetime.timedelta(days=days_ago))
    Submission.objects.filter(pk=setup["version"].submission_id).update(
        submitted_at=now
    )
    client.force_login(setup["trainer"])
    html = queue_html(client)
    positions = [html.index(name) for name in ["Alt", "Mittel", "Neu", "Arendt"]]
    assert positions == sorted(positions)


def test_status_filter_defaults_to_open_submissions(client, setup):
    page = setup["page"]
    _page, enrolment = enrolled_in_assignment(page=page)
    passed = hand_in(page, enrolment, "Bestanden")
    assignments.save_review(
        version=passed,
        page=page,
        reviewer=setup["trainer"],
        review_revision=0,
        points={c.id: 5 for c in page.rubric},
        section_comments={},
        feedback="",
        decision="passed",
        release=True,
    )
    client.force_login(setup["trainer"])
    html = queue_html(client)
    assert "Arendt" in html and "Bestanden" not in html
    html = queue_html(client, status="passed")
    assert "Bestanden" in html and "Arendt" not in html
    html = queue_html(client, status="all")
    assert "Bestanden" in html and "Arendt" in html
    assert '<label class="w-field__label" for="id_status">Status</label>' in html


def test_assignment_filter(client, setup):
    page = setup["page"]
    second = AssignmentPageFactory(parent=page.get_parent(), title="Zweites Projekt")
    _page, enrolment = enrolled_in_assignment(page=second)
    hand_in(second, enrolment, "Zweitprojekt")
    client.force_login(setup["trainer"])
    html = queue_html(client)
    assert "Zweitprojekt" in html and "Arendt" in html
    html = queue_html(client, assignment=second.pk)
    assert "Zweitprojekt" in html and "Arendt" not in html
    assert "Praxisprojekt Quartier" in html  # still offered in the filter


def test_cohort_overview_lists_participants_without_hand_in(client, setup):
    _page, enrolment = enrolled_in_assignment(
        page=setup["page"], user=UserFactory(last_name="Nochnichts")
    )
    client.force_login(setup["trainer"])
    html = queue_html(client, cohort=setup["enrolment"].cohort.pk)
    assert "Alle Teilnehmenden" in html
    assert "Nochnichts" in html and "nicht begonnen" in html
    assert project_url(enrolment, setup["page"]) in html


def test_queue_renders_with_a_constant_number_of_queries(
    client, setup, django_assert_num_queries
):
    page = setup["page"]
    cohort = setup["enrolment"].cohort

    def add_submissions(count):
        for number in range(count):
            _page, enrolment = enrolled_in_assignment(page=page)
            version = hand_in(page, enrolment, f"Person{number}")
            if number % 2:
                assignments.grant_extension(
                    enrolment=enrolment,
                    page=page,
                    due_at=IN_A_MONTH,
                    reason="Krankheit",
                    granted_by=setup["trainer"],
                )
                assignments.save_review(
                    version=version,
                    page=page,
                    reviewer=setup["trainer"],
                    review_revision=0,
                    points={},
                    section_comments={},
                    feedback="",
                    decision="",
                )

    client.force_login(setup["trainer"])
    url = reverse("lms_grading:index")
    params = {"cohort": cohort.pk, "status": "all"}
    add_submissions(2)
    client.get(url, params)
    with CaptureQueriesContext(connection) as few:
        assert client.get(url, params).status_code == 200
    add_submissions(27)
    with django_assert_num_queries(len(few.captured_queries)):
        html = client.get(url, params).content.decode()
    assert "30 Einreichungen" in html


def test_queue_shows_the_extended_due_date(client, setup):
    new_due = timezone.make_aware(datetime.datetime(2031, 3, 14, 18, 30))
    assignments.grant_extension(
        enrolment=setup["enrolment"],
        page=setup["page"],
        due_at=new_due,
        reason="Elternzeit",
        granted_by=setup["trainer"],
    )
    client.force_login(setup["trainer"])
    assert "14.03.2031, 18:30" in queue_html(client)


# The menu item


def test_menu_shows_the_waiting_count_per_user(client, setup, lpr_office):
    _page, enrolment = enrolled_in_assignment(page=setup["page"])
    hand_in(setup["page"], enrolment, "Zweite")
    dashboard = reverse("wagtailadmin_home")
    client.force_login(setup["trainer"])
    assert "Projektbewertung (2)" in client.get(dashboard).content.decode()
    client.force_login(setup["other_trainer"])
    assert "Projektbewertung (1)" in client.get(dashboard).content.decode()
    client.force_login(lpr_office)
    assert "Projektbewertung (3)" in client.get(dashboard).content.decode()


def test_menu_item_without_waiting_hand_ins_has_no_count(client, setup):
    assignments.save_review(
        version=setup["other_version"],
        page=setup["other_page"],
        reviewer=setup["other_trainer"],
        review_revision=0,
        points={},
        section_comments={},
        feedback="",
        decision="",
    )
    client.force_login(setup["other_trainer"])
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert '"Projektbewertung"' in html and "Projektbewertung (" not in html


def test_menu_item_costs_one_query(setup, django_assert_num_queries):
    item = GradingViewSet().get_menu_item()
    request = RequestFactory().get("/admin/")
    request.user = setup["trainer"]
    # The admin's access check has loaded the permissions already.
    request.user.has_perm("wagtailadmin.access_admin")
    with django_assert_num_queries(1):
        assert item.is_shown(request)
        assert item.render_component(request).label == "Projektbewertung (1)"


def test_editors_and_participants_get_no_grading(client, setup, editor):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Projektbewertung" not in html
    response = client.get(reverse("lms_grading:index"))
    assert response.status_code == 302 and "Arendt" not in response.content.decode()
    client.force_login(setup["enrolment"].user)
    response = client.get(reverse("lms_grading:index"))
    assert response.status_code == 302 and "login" in response["Location"]


# Access to a version and a project file


def test_no_access_to_review_and_project_of_other_cohorts(client, setup, editor):
    version, page, enrolment = setup["version"], setup["page"], setup["enrolment"]
    for user in [setup["other_trainer"], editor]:
        client.force_login(user)
        assert client.get(review_url(version)).status_code == 404
        assert client.get(project_url(enrolment, page)).status_code == 404
        response = client.post(
            review_url(version), review_data(page, version, action="draft")
        )
        assert response.status_code == 404
        response = client.post(
            project_url(enrolment, page),
            {
                "form": "extension",
                "extension-due_date": "2031-01-01",
                "extension-due_time": "12:00",
                "extension-reason": "Versuch",
            },
        )
        assert response.status_code == 404
    client.force_login(enrolment.user)
    response = client.get(review_url(version))
    assert response.status_code == 302 and "login" in response["Location"]
    assert not Review.objects.exists()
    assert not DueDateExtension.objects.exists()


def test_a_draft_version_cannot_be_opened(client, setup):
    page = setup["page"]
    _page, enrolment = enrolled_in_assignment(page=page)
    draft = assignments.open_draft(enrolment=enrolment, page=page)
    client.force_login(setup["trainer"])
    assert client.get(review_url(draft)).status_code == 404


def test_project_of_an_assignment_outside_the_programme_is_404(client, setup):
    client.force_login(setup["trainer"])
    url = project_url(setup["enrolment"], setup["other_page"])
    assert client.get(url).status_code == 404


# Reviewing


def test_review_page_shows_the_version_and_the_rubric(client, setup):
    version = setup["version"]
    version.goals = [
        {
            "key": "g1",
            "kind": "prevention",
            "text": "Weniger Einbrüche",
            "target_group": "Anwohnende",
            "indicator": "PKS",
        }
    ]
    version.measures = [
        {
            "key": "m1",
            "title": "Nachbarschaftstreffen",
            "description": "Monatlich",
            "goal_keys": ["g1"],
            "reason": "",
            "evidence": "Studie",
            "programme": "Communities That Care",
            "programme_url": "",
            "rating": "proven",
        }
    ]
    version.planning = [
        {
            "measure_key": "m1",
            "planned_activity": "Erstes Treffen",
            "planned_date": "2027-05-04",
            "actual_activity": "",
            "actual_date": "",
            "deviation": "",
            "reason": "",
        }
    ]
    version.save()
    client.force_login(setup["trainer"])
    html = client.get(review_url(version)).content.decode()
    assert "Sicher im Quartier" in html and "Anna Arendt" in html
    assert "Weniger Einbrüche" in html and "Präventionsziel" in html
    assert "Nachbarschaftstreffen" in html and "Effektivität nachgewiesen" in html
    assert "04.05.2027" in html
    assert "<legend>Problembeschreibung</legend>" in html
    assert "Kein Bezug zu Daten." in html
    assert reverse("version_pdf", args=[version.pk]) in html
    assert f'name="review_revision" value="{version.review_revision}"' in html
    assert "noch 2 Überarbeitungen möglich" in html
    for section in version.sections:
        assert f'name="comment_{section["id"]}"' in html


def test_saving_a_draft_review_is_invisible_to_the_participant(client, setup):
    version, page = setup["version"], setup["page"]
    section_id = version.sections[0]["id"]
    client.force_login(setup["trainer"])
    response = client.post(
        review_url(version),
        review_data(page, version, **{f"comment_{section_id}": "Quelle fehlt."}),
    )
    assert response.status_code == 302
    review = Review.objects.get()
    assert not review.is_released
    assert review.section_comments == {section_id: "Quelle fehlt."}
    assert review.total_points == 10
    version.submission.refresh_from_db()
    assert version.submission.status == Submission.Status.IN_REVIEW
    assert selectors.effective_review(version) is None
    assert not selectors.released_reviews(version).exists()
    html = client.get(review_url(version)).content.decode()
    assert "Der Bewertungsentwurf ist gespeichert." in html
    assert "10 von 10 Punkten" in html
    assert "Quelle fehlt." in html


def test_release_sets_the_status_and_mails_the_participant(
    client, setup, django_capture_on_commit_callbacks
):
    version, page = setup["version"], setup["page"]
    client.force_login(setup["trainer"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            review_url(version),
            review_data(page, version, action="release", confirm=True),
        )
    assert response.status_code == 302
    version.submission.refresh_from_db()
    assert version.submission.status == Submission.Status.PASSED
    assert Review.objects.get().is_released
    assert [message.to for message in mail.outbox] == [[setup["enrolment"].user.email]]
    html = client.get(review_url(version)).content.decode()
    assert "Freigegebene Bewertung" in html and "Korrektur anlegen" in html
    assert 'value="release"' not in html


def test_release_needs_the_confirmation(client, setup):
    version, page = setup["version"], setup["page"]
    client.force_login(setup["trainer"])
    response = client.post(
        review_url(version), review_data(page, version, action="release")
    )
    assert response.status_code == 200
    assert "Bitte bestätigen Sie, dass Sie die Bewertung freigeben." in (
        response.content.decode()
    )
    assert not Review.objects.exists()


def test_release_of_an_incomplete_review_is_refused_and_input_kept(client, setup):
    version, page = setup["version"], setup["page"]
    data = review_data(page, version, action="release", confirm=True)
    data["feedback"] = "Meine lange Rückmeldung"
    del data[f"points_{page.rubric[0].id}"]
    client.force_login(setup["trainer"])
    response = client.post(review_url(version), data)
    html = response.content.decode()
    assert "Bitte bewerten Sie jedes Kriterium." in html
    assert "Meine lange Rückmeldung" in html
    assert not Review.objects.exists()


def test_a_released_review_cannot_be_changed_by_the_normal_form(client, setup):
    version, page = setup["version"], setup["page"]
    client.force_login(setup["trainer"])
    client.post(
        review_url(version), review_data(page, version, action="release", confirm=True)
    )
    released = Review.objects.get()
    for action in ["draft", "release"]:
        response = client.post(
            review_url(version),
            review_data(
                page, version, action=action, confirm=True, points=0, decision="failed"
            ),
        )
        assert "nur als begründete Korrektur" in response.content.decode()
    assert Review.objects.count() == 1
    released.refresh_from_db()
    assert (released.total_points, released.decision) == (10, "passed")


def test_a_correction_needs_a_reason_and_is_a_new_review(client, setup):
    version, page = setup["version"], setup["page"]
    client.force_login(setup["trainer"])
    client.post(
        review_url(version), review_data(page, version, action="release", confirm=True)
    )
    original = Review.objects.get()
    data = review_data(
        page, version, action="correct", confirm=True, points=0, decision="failed"
    )
    response = client.post(review_url(version), data)
    assert "Bitte begründen Sie die Korrektur." in response.content.decode()
    assert Review.objects.count() == 1
    data["reason"] = "Plagiat festgestellt"
    response = client.post(review_url(version), data)
    assert response.status_code == 302
    correction = Review.objects.exclude(pk=original.pk).get()
    assert correction.corrects == original and correction.is_released
    assert correction.correction_reason == "Plagiat festgestellt"
    original.refresh_from_db()
    assert original.decision == "passed"
    assert GradingEvent.objects.filter(
        action=GradingEvent.Action.REVIEW_CORRECTED
    ).exists()
    version.submission.refresh_from_db()
    assert version.submission.status == Submission.Status.FAILED
    html = client.get(review_url(version)).content.decode()
    assert "Plagiat festgestellt" in html and "Ersetzte Bewertung" in html


def test_two_trainers_saving_at_once_get_a_conflict(client, setup, lpr_office):
    version, page = setup["version"], setup["page"]
    first, second = client, type(client)()
    first.force_login(setup["trainer"])
    second.force_login(lpr_office)
    revisions = [
        re.search(
            r'name="review_revision" value="(\d+)"',
            browser.get(review_url(version)).content.decode(),
        ).group(1)
        for browser in [first, second]
    ]
    assert revisions == ["0", "0"]
    data = review_data(page, version, feedback="Erste Meinung")
    assert first.post(review_url(version), data).status_code == 302
    data = review_data(page, version, feedback="Zweite Meinung", points=0)
    data["review_revision"] = revisions[1]
    response = second.post(review_url(version), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Inzwischen hat jemand anderes eine Bewertung" in html
    assert "Aktuell gespeicherter Stand" in html and "Erste Meinung" in html
    assert "Zweite Meinung" in html
    assert 'name="review_revision" value="1"' in html
    review = Review.objects.get()
    assert (review.feedback, review.reviewer) == ("Erste Meinung", setup["trainer"])


def test_an_older_version_is_read_only(client, setup):
    version, page, enrolment = setup["version"], setup["page"], setup["enrolment"]
    assignments.save_review(
        version=version,
        page=page,
        reviewer=setup["trainer"],
        review_revision=0,
        points={c.id: 0 for c in page.rubric},
        section_comments={},
        feedback="Bitte nachbessern.",
        decision="revision",
        release=True,
    )
    draft = assignments.open_draft(enrolment=enrolment, page=page)
    client.force_login(setup["trainer"])
    html = client.get(review_url(version)).content.decode()
    assert 'name="action"' not in html
    assert "überarbeitet das Projekt" in html
    assignments.submit(version=draft, page=page, user=enrolment.user)
    html = client.get(review_url(version)).content.decode()
    assert "nicht die neueste Fassung" in html and 'name="action"' not in html
    html = client.get(review_url(draft)).content.decode()
    assert "Frühere Fassungen" in html and "Bitte nachbessern." in html
    assert 'value="release"' in html and "noch 1 Überarbeitung möglich" in html


# The project file


def test_extension_is_granted_and_shown_in_the_queue(client, setup):
    enrolment, page = setup["enrolment"], setup["page"]
    due = timezone.localdate() + datetime.timedelta(days=40)
    client.force_login(setup["trainer"])
    response = client.post(
        project_url(enrolment, page),
        {
            "form": "extension",
            "extension-due_date": due.isoformat(),
            "extension-due_time": "18:00",
            "extension-reason": "Krankheit",
        },
    )
    assert response.status_code == 302
    extension = DueDateExtension.objects.get()
    assert extension.reason == "Krankheit" and extension.granted_by == setup["trainer"]
    assert timezone.localtime(extension.due_at).hour == 18
    assert GradingEvent.objects.filter(
        enrolment=enrolment, action=GradingEvent.Action.EXTENSION
    ).exists()
    shown = f"{due:%d.%m.%Y}, 18:00"
    html = client.get(project_url(enrolment, page)).content.decode()
    assert "Die Frist ist verlängert." in html and "Krankheit" in html
    assert shown in html and "Frist verlängert" in html
    assert shown in queue_html(client)


def test_extension_into_the_past_or_without_reason_is_refused(client, setup):
    client.force_login(setup["trainer"])
    url = project_url(setup["enrolment"], setup["page"])
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    response = client.post(
        url,
        {
            "form": "extension",
            "extension-due_date": yesterday.isoformat(),
            "extension-due_time": "12:00",
            "extension-reason": "",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Die neue Frist muss in der Zukunft liegen." in html
    assert "Bitte geben Sie eine Begründung an." in html
    assert (
        'aria-describedby="id_extension-reason_helptext id_extension-reason_error"'
        in html
    )
    assert not DueDateExtension.objects.exists()


def test_mentoring_notes_are_internal_or_visible(client, setup):
    enrolment, page = setup["enrolment"], setup["page"]
    client.force_login(setup["trainer"])
    url = project_url(enrolment, page)
    today = timezone.localdate().isoformat()
    for notes, visible in [("Nur für uns", False), ("Für Anna", True)]:
        data = {
            "form": "mentoring",
            "mentoring-held_on": today,
            "mentoring-duration_minutes": "30",
            "mentoring-notes": notes,
        }
        if visible:
            data["mentoring-visible"] = "on"
        assert client.post(url, data).status_code == 302
    notes = dict(MentoringNote.objects.values_list("notes", "visible_to_participant"))
    assert notes == {"Nur für uns": False, "Für Anna": True}
    html = client.get(url).content.decode()
    assert "intern" in html and "für Teilnehmende sichtbar" in html
    assert html.count("Begleitgespräch erfasst") == 2


def test_project_file_lists_versions_and_the_audit_trail(client, setup):
    client.force_login(setup["trainer"])
    html = client.get(project_url(setup["enrolment"], setup["page"])).content.decode()
    assert review_url(setup["version"]) in html
    assert "Protokoll" in html and "eingereicht" in html


def test_project_file_of_a_participant_without_submission(client, setup):
    enrolment = EnrolmentFactory(cohort=setup["enrolment"].cohort)
    client.force_login(setup["trainer"])
    html = client.get(project_url(enrolment, setup["page"])).content.decode()
    assert "nicht begonnen" in html and "Noch keine Fassung eingereicht." in html


def test_queue_is_paginated_with_links(client, setup, monkeypatch):
    monkeypatch.setattr(grading_queue, "PER_PAGE", 2)
    page = setup["page"]
    now = timezone.now()
    Submission.objects.filter(pk=setup["version"].submission_id).update(
        submitted_at=now - datetime.timedelta(days=9)
    )
    for name, days_ago in [("Zweite", 8), ("Dritte", 7)]:
        _page, enrolment = enrolled_in_assignment(page=page)
        hand_in(page, enrolment, name, now - datetime.timedelta(days=days_ago))
    client.force_login(setup["trainer"])
    html = queue_html(client)
    assert "Arendt" in html and "Zweite" in html and "Dritte" not in html
    assert "3 Einreichungen" in html and "Seite 1 von 2" in html
    assert 'href="?p=2"' in html
    assert 'aria-current="page"' in html
    html = queue_html(client, p=2)
    assert "Dritte" in html and "Arendt" not in html


def test_pages_still_render_after_the_trainer_account_is_deleted(
    client, setup, lpr_office
):
    version, page, enrolment = setup["version"], setup["page"], setup["enrolment"]
    gone = UserFactory(username="ehemalig", groups=["Trainer/innen"])
    enrolment.cohort.trainers.add(gone)
    client.force_login(gone)
    client.post(review_url(version), review_data(page, version, action="draft"))
    assignments.grant_extension(
        enrolment=enrolment,
        page=page,
        due_at=IN_A_MONTH + datetime.timedelta(days=7),
        reason="Krankheit",
        granted_by=gone,
    )
    assignments.log_mentoring(
        enrolment=enrolment,
        page=page,
        author=gone,
        held_on=datetime.date(2027, 3, 1),
        duration_minutes=30,
        notes="Zielgruppe geschärft.",
        visible=False,
    )
    gone.delete()

    client.force_login(lpr_office)
    for url in (review_url(version), project_url(enrolment, page)):
        response = client.get(url)
        assert response.status_code == 200, url
        assert (
            "unbekannt" in response.content.decode() or "–" in response.content.decode()
        )


# The due date of a revision


def test_trainer_sets_a_revision_due_date_seen_by_queue_participant_and_log(
    client, setup
):
    version, page, enrolment = setup["version"], setup["page"], setup["enrolment"]
    due = timezone.localdate() + datetime.timedelta(days=21)
    client.force_login(setup["trainer"])
    html = client.get(review_url(version)).content.decode()
    assert 'name="revision_due_date"' in html
    assert "Frist für die Überarbeitung (freiwillig)" in html
    data = review_data(
        page,
        version,
        action="release",
        confirm=True,
        decision="revision",
        revision_due_date=due.isoformat(),
    )
    assert client.post(review_url(version), data).status_code == 302

    review = Review.objects.get(version=version)
    assert timezone.localtime(review.revision_due_at).date() == due
    shown = f"{due:%d.%m.%Y}, 23:59"
    assert selectors.effective_due_at(enrolment, page) == review.revision_due_at
    event = GradingEvent.objects.get(action=GradingEvent.Action.REVIEW_RELEASED)
    assert f"Überarbeitung bis {due:%d.%m.%Y} 23:59" in event.detail
    assert shown in queue_html(client, status="revision")
    assert shown in client.get(project_url(enrolment, page)).content.decode()
    html = client.get(review_url(version)).content.decode()
    assert f"Frist für die Überarbeitung: {shown} Uhr" in html

    client.force_login(enrolment.user)
    workspace = reverse("assignment_workspace", args=[page.pk])
    assert f"Überarbeitung bis {shown} Uhr" in client.get(workspace).content.decode()


def test_a_revision_due_date_in_the_past_is_refused_in_german(client, setup):
    version, page = setup["version"], setup["page"]
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    client.force_login(setup["trainer"])
    data = review_data(
        page,
        version,
        action="release",
        confirm=True,
        decision="revision",
        revision_due_date=yesterday.isoformat(),
    )
    response = client.post(review_url(version), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert (
        "Die Frist für die Überarbeitung darf nicht in der Vergangenheit liegen."
        in html
    )
    assert 'aria-invalid="true"' in html
    assert not Review.objects.exists()
    version.submission.refresh_from_db()
    assert version.submission.status == Submission.Status.SUBMITTED


def test_a_revision_due_date_needs_the_decision_revision(client, setup):
    version, page = setup["version"], setup["page"]
    client.force_login(setup["trainer"])
    data = review_data(
        page,
        version,
        decision="passed",
        revision_due_date=(timezone.localdate() + datetime.timedelta(days=9)),
    )
    html = client.post(review_url(version), data).content.decode()
    assert "nur mit der Entscheidung „Überarbeitung erbeten“" in html
    assert not Review.objects.exists()


def test_a_revision_without_due_date_ignores_earlier_due_dates(setup):
    version, page, enrolment = setup["version"], setup["page"], setup["enrolment"]
    assignments.grant_extension(
        enrolment=enrolment,
        page=page,
        due_at=IN_A_MONTH + datetime.timedelta(days=5),
        reason="Krankheit",
        granted_by=setup["trainer"],
    )
    assignments.save_review(
        version=version,
        page=page,
        reviewer=setup["trainer"],
        review_revision=version.review_revision,
        points={criterion.id: 0 for criterion in page.rubric},
        section_comments={},
        feedback="",
        decision="revision",
        release=True,
    )
    due = selectors.participant_due_date(enrolment, page)
    assert due.at is None and due.revision
    # An extension granted after the request gives the revision a due date.
    later = IN_A_MONTH + datetime.timedelta(days=60)
    assignments.grant_extension(
        enrolment=enrolment,
        page=page,
        due_at=later,
        reason="Überarbeitung braucht Zeit",
        granted_by=setup["trainer"],
    )
    due = selectors.participant_due_date(enrolment, page)
    assert due.at == later and due.extended
