"""The participant's project workspace: draft, attachments, hand-in, reviews,
and what must never happen (lost text, changed hand-ins, leaked files)."""

import datetime
import hashlib
import io
import re

import pytest
from django import forms
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from reportlab.pdfgen import canvas

from cms.core.storage import private_storage
from lms.learning.models import Enrolment
from lms.learning.roles import ensure_role_groups
from lms.projects import selectors
from lms.projects import services as assignments
from lms.projects.exceptions import SubmissionRefused
from lms.projects.models import (
    Attachment,
    GradingEvent,
    Review,
    Submission,
    SubmissionVersion,
)
from lms.projects.pdf import ProjectPdfError
from lms.projects.uploads import check_upload
from tests.factories import (
    EnrolmentFactory,
    UserFactory,
    enrolled_in_assignment,
    handed_in_version,
    written_draft,
)
from tests.storage import stored_names

pytestmark = pytest.mark.django_db

SECRET = "Geheimprojekt Südvorstadt"


DRAFT_FORM = '<form method="post" enctype="multipart/form-data"'


def pdf_bytes(text="Anlage zum Projekt"):
    buffer = io.BytesIO()
    document = canvas.Canvas(buffer)
    document.drawString(72, 720, text)
    document.save()
    return buffer.getvalue()


def pdf_upload(name="Projektplan.pdf", text="Anlage zum Projekt"):
    return SimpleUploadedFile(name, pdf_bytes(text), content_type="application/pdf")


def browser_data(editor, **changes):
    """What a browser posts for the rendered draft form, with `changes`: a
    select sends its first option when none is chosen, checkboxes nothing."""
    data = {}
    all_forms = [editor.form]
    for formset in editor.formsets:
        all_forms += [formset.management_form, *formset.forms]
    for form in all_forms:
        for field in form:
            value = field.value()
            if isinstance(field.field, forms.BooleanField):
                if value:
                    data[field.html_name] = "on"
                continue
            if isinstance(field.field, forms.MultipleChoiceField):
                data[field.html_name] = value or []
                continue
            if isinstance(field.field, forms.ChoiceField) and value in (None, ""):
                value = field.field.choices[0][0]
            if isinstance(value, datetime.date):
                value = value.isoformat()
            data[field.html_name] = "" if value is None else value
    data.update(changes)
    return data


def section_field(editor, number):
    return f"section-{editor.form.sections[number]['id']}"


def all_sections_filled(editor):
    return {
        section_field(editor, n): f"Unser Text zu Schritt {n + 1}."
        for n in range(len(editor.form.sections))
    }


def stored_files():
    return stored_names(private_storage)


def content_of(field_file):
    with field_file.open("rb") as handle:
        return handle.read()


@pytest.fixture
def trainer(db):
    ensure_role_groups()
    return UserFactory(username="trainerin", groups=["Trainer/innen"])


@pytest.fixture
def project(trainer, participant):
    page, enrolment = enrolled_in_assignment(
        trainer=trainer, user=participant, title="Praxisprojekt Quartier"
    )
    return page, enrolment


@pytest.fixture
def workspace_url(project):
    return reverse("assignment_workspace", args=[project[0].pk])


@pytest.fixture
def me(client, participant):
    client.force_login(participant)
    return client


def open_editor(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.context["editor"]


def draft_of(enrolment, page):
    return selectors.current_draft(selectors.get_submission(enrolment, page))


def hand_in_with_attachment(enrolment, page, *, title=SECRET):
    """Version 1 with every section written and one PDF, handed in."""
    draft = written_draft(enrolment, page, title=title)
    upload = pdf_upload()
    checked = check_upload(upload, allowed_types=["pdf"], max_bytes=10**6)
    attachment = assignments.add_attachment(
        version=draft, upload=upload, checked=checked
    )
    version = assignments.submit(version=draft, page=page, user=enrolment.user)
    return version, attachment


def release_review(version, page, trainer, decision="revision", **fields):
    version.refresh_from_db()
    section_id = version.sections[0]["id"]
    return assignments.save_review(
        version=version,
        page=page,
        reviewer=trainer,
        review_revision=version.review_revision,
        points={"crit-problem": 5, "crit-evaluation": 0},
        section_comments=fields.pop("section_comments", {section_id: "Daten fehlen."}),
        feedback=fields.pop("feedback", "Gute Idee, bitte die Evaluation planen."),
        decision=decision,
        revision_due_at=fields.pop("revision_due_at", None),
        release=fields.pop("release", True),
    )


# The whole way: draft, save, attach, remove, confirm, hand in.


def test_participant_drafts_attaches_and_hands_in(me, project, workspace_url):
    page, enrolment = project
    editor = open_editor(me, workspace_url)
    goal_prefix = editor.goals.prefix
    response = me.post(
        workspace_url,
        browser_data(
            editor,
            title=SECRET,
            **{
                section_field(editor, 0): "Im Quartier steigen die Einbrüche.",
                f"{goal_prefix}-0-kind": "prevention",
                f"{goal_prefix}-0-text": "Weniger Wohnungseinbrüche",
                f"{goal_prefix}-0-target_group": "Haushalte im Quartier",
            },
        ),
    )
    assert response.status_code == 302
    assert response.url == workspace_url
    draft = draft_of(enrolment, page)
    assert draft.title == SECRET
    assert draft.revision == 1
    assert draft.sections[0]["text"] == "Im Quartier steigen die Einbrüche."
    [goal] = draft.goals
    assert goal["text"] == "Weniger Wohnungseinbrüche"
    assert len(goal["key"]) == 32

    editor = open_editor(me, workspace_url)
    measures, planning = editor.measures.prefix, editor.planning.prefix
    response = me.post(
        workspace_url,
        browser_data(
            editor,
            **{
                f"{measures}-0-title": "Nachbarschaftsbegehung",
                f"{measures}-0-goal_keys": [goal["key"]],
                f"{measures}-0-rating": "probable",
                f"{measures}-0-programme_url": "https://example.org/programm",
                f"{planning}-0-planned_activity": "Erste Begehung",
                f"{planning}-0-planned_date": "2027-03-01",
            },
            file=pdf_upload(),
        ),
        follow=True,
    )
    html = response.content.decode()
    assert "Ihr Entwurf ist gespeichert." in html
    assert "Die Datei „Projektplan.pdf“ ist angehängt." in html
    draft.refresh_from_db()
    assert draft.revision == 2
    [measure] = draft.measures
    assert measure["goal_keys"] == [goal["key"]]
    assert measure["rating"] == "probable"
    assert draft.planning == [
        {
            "measure_key": "",
            "planned_activity": "Erste Begehung",
            "planned_date": "2027-03-01",
            "actual_activity": "",
            "actual_date": "",
            "deviation": "",
            "reason": "",
        }
    ]
    [attachment] = draft.attachments.all()
    assert attachment.file_type == "pdf"
    assert stored_files() == [attachment.file.name]
    assert stored_names(default_storage) == []
    assert "Projektplan" not in attachment.file.name
    assert "Projektplan.pdf" in html and "Entfernen" in html

    editor = open_editor(me, workspace_url)
    response = me.post(
        workspace_url, browser_data(editor, remove=str(attachment.key)), follow=True
    )
    assert "Die Datei „Projektplan.pdf“ wurde entfernt." in response.content.decode()
    assert not draft.attachments.exists()

    editor = open_editor(me, workspace_url)
    response = me.post(
        workspace_url,
        browser_data(editor, action="submit", **all_sections_filled(editor)),
    )
    confirm_url = reverse("assignment_submit", args=[page.pk])
    assert response.url == confirm_url
    html = me.get(confirm_url).content.decode()
    assert "Nach dem Einreichen können Sie diese Fassung nicht mehr ändern." in html
    assert "Verbindlich einreichen" in html

    response = me.post(confirm_url, {"version": draft.number})
    assert "Bitte bestätigen Sie" in response.content.decode()
    draft.refresh_from_db()
    assert draft.is_draft

    response = me.post(confirm_url, {"version": 1, "confirm": "on"}, follow=True)
    assert "Fassung 1 ist eingereicht." in response.content.decode()
    draft.refresh_from_db()
    assert not draft.is_draft
    assert Submission.objects.get().status == Submission.Status.SUBMITTED


def test_sending_the_confirmation_twice_hands_in_once(me, project):
    page, enrolment = project
    draft = assignments.open_draft(enrolment=enrolment, page=page)
    assignments.save_draft(
        version=draft,
        revision=0,
        title=SECRET,
        sections=[{**s, "text": "Text"} for s in selectors.brief_sections(page)],
        goals=[],
        measures=[],
        planning=[],
    )
    confirm_url = reverse("assignment_submit", args=[page.pk])
    me.post(confirm_url, {"version": 1, "confirm": "on"})
    response = me.post(confirm_url, {"version": 1, "confirm": "on"}, follow=True)
    assert response.status_code == 200
    assert "Diese Fassung ist bereits eingereicht." in response.content.decode()
    assert SubmissionVersion.objects.count() == 1
    assert (
        GradingEvent.objects.filter(action=GradingEvent.Action.SUBMITTED).count() == 1
    )


def test_incomplete_draft_lists_what_is_missing_and_offers_no_submit(
    me, project, workspace_url
):
    page, _enrolment = project
    me.get(workspace_url)
    html = me.get(reverse("assignment_submit", args=[page.pk])).content.decode()
    assert "Der Titel des Projekts fehlt." in html
    assert "Der Abschnitt „Problembeschreibung“ ist leer." in html
    assert "Verbindlich einreichen" not in html
    assert "Zurück zum Entwurf" in html


def test_refused_hand_in_after_the_due_date_keeps_the_draft(me, project):
    page, enrolment = project
    page.due_at = timezone.now() - datetime.timedelta(days=1)
    page.save_revision().publish()
    draft = assignments.open_draft(enrolment=enrolment, page=page)
    assignments.save_draft(
        version=draft,
        revision=0,
        title=SECRET,
        sections=[{**s, "text": "Text"} for s in selectors.brief_sections(page)],
        goals=[],
        measures=[],
        planning=[],
    )
    response = me.post(
        reverse("assignment_submit", args=[page.pk]),
        {"version": 1, "confirm": "on"},
        follow=True,
    )
    assert "Die Abgabefrist ist abgelaufen." in response.content.decode()
    draft.refresh_from_db()
    assert draft.is_draft and draft.title == SECRET


# What must never happen to a handed-in version.


def test_no_post_changes_a_handed_in_version(me, project, workspace_url):
    page, enrolment = project
    version, attachment = hand_in_with_attachment(enrolment, page)
    content = content_of(attachment.file)
    before = SubmissionVersion.objects.values().get(pk=version.pk)
    editor_data = {
        "title": "Überschrieben",
        "revision": version.revision,
        "version": version.number,
        "action": "save",
    }
    me.post(workspace_url, editor_data)
    me.post(workspace_url, {**editor_data, "remove": str(attachment.key)})
    me.post(workspace_url, {**editor_data, "file": pdf_upload("Neu.pdf")})
    me.post(reverse("assignment_submit", args=[page.pk]), {"version": 1})

    assert SubmissionVersion.objects.values().get(pk=version.pk) == before
    assert SubmissionVersion.objects.count() == 1
    [kept] = Attachment.objects.all()
    assert kept.pk == attachment.pk
    assert content_of(kept.file) == content
    assert hashlib.sha256(content).hexdigest() == kept.sha256
    assert len(stored_files()) == 1


def test_unsaved_input_after_hand_in_is_shown_not_lost(me, project, workspace_url):
    page, enrolment = project
    editor = open_editor(me, workspace_url)
    hand_in_with_attachment(enrolment, page)
    response = me.post(
        workspace_url,
        browser_data(editor, title="Späte Änderung", **late_rows(editor)),
    )
    html = response.content.decode()
    assert "Ihre letzten Eingaben wurden nicht gespeichert" in html
    box = unsaved_box(html)
    assert "Diese Fassung ist inzwischen eingereicht" in box
    for text in (
        "Späte Änderung",
        "Später Abschnittstext",
        "Teilziel",
        "Mehr Licht im Park",
        "Lichtkonzept",
        "Effektivität wahrscheinlich",
        "Begehung mit dem Ordnungsamt",
        "05.05.2027",
    ):
        assert text in box, text
    assert SubmissionVersion.objects.get().title == SECRET


def late_rows(editor):
    """A section text and one row of goals, measures and planning."""
    goals, measures = editor.goals.prefix, editor.measures.prefix
    planning = editor.planning.prefix
    return {
        section_field(editor, 1): "Später Abschnittstext",
        f"{goals}-0-kind": "sub",
        f"{goals}-0-text": "Mehr Licht im Park",
        f"{measures}-0-title": "Lichtkonzept",
        f"{measures}-0-rating": "probable",
        f"{planning}-0-planned_activity": "Begehung mit dem Ordnungsamt",
        f"{planning}-0-planned_date": "2027-05-05",
    }


def unsaved_box(html):
    """The read-only box of input that was not saved: up to the draft form,
    or, without one, up to the handed-in versions."""
    start = html.index('<section class="unsaved"')
    ends = [html.find(marker, start) for marker in (DRAFT_FORM, 'id="fassungen"')]
    return html[start : min(end for end in ends if end != -1)]


def draft_form(html):
    start = html.index(DRAFT_FORM)
    return html[start : html.index("</form>", start)]


# Uploads that are refused store nothing and keep the text.


def _exe():
    return SimpleUploadedFile(
        "Bericht.pdf", b"MZ\x90\x00\x03" + b"\x00" * 2000, "application/pdf"
    )


def _svg():
    return SimpleUploadedFile(
        "Grafik.svg",
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        "image/svg+xml",
    )


def _oversize():
    return SimpleUploadedFile(
        "Gross.pdf", pdf_bytes() + b"%" * (1024 * 1024 + 10), "application/pdf"
    )


@pytest.mark.parametrize(
    ("make_upload", "name", "reason"),
    [
        (_exe, "Bericht.pdf", "kein erlaubtes Format"),
        (_svg, "Grafik.svg", "kein erlaubtes Format"),
        (_oversize, "Gross.pdf", "größer als erlaubt (höchstens 1 MB)"),
    ],
)
def test_refused_upload_stores_nothing_and_keeps_the_text(
    me, project, workspace_url, make_upload, name, reason
):
    page, enrolment = project
    page.max_file_size_mb = 1
    page.save_revision().publish()
    editor = open_editor(me, workspace_url)
    response = me.post(
        workspace_url, browser_data(editor, title=SECRET, file=make_upload())
    )
    html = response.content.decode()
    message = (
        f"Ihr Text ist gespeichert. Die Datei wurde nicht übernommen: "
        f"Die Datei „{name}“ "
    )
    assert reason in html
    # Beside the file input, described by it, and linked from the summary.
    assert f'<p class="field__error" id="id_file_error">{message}' in html
    assert 'aria-describedby="id_file_helptext id_file_error"' in html
    summary = html[html.index('role="alert"') :]
    assert f'<a href="#id_file">Datei anhängen: {message}' in summary
    assert html.count(f"„{name}“") == 2
    assert draft_of(enrolment, page).title == SECRET
    assert response.context["editor"].form["revision"].value() == 1
    assert not Attachment.objects.exists()
    assert stored_files() == []


def test_refused_upload_on_submit_stays_in_the_workspace(me, project, workspace_url):
    editor = open_editor(me, workspace_url)
    response = me.post(
        workspace_url, browser_data(editor, action="submit", file=_svg())
    )
    assert response.status_code == 200
    assert response.templates[0].name == "lms/assignment/workspace.html"
    assert 'id="id_file_error"' in response.content.decode()


def test_path_in_the_upload_name_never_reaches_the_disk(me, project, workspace_url):
    page, enrolment = project
    editor = open_editor(me, workspace_url)
    me.post(
        workspace_url, browser_data(editor, file=pdf_upload("../../etc/passwd.pdf"))
    )
    [attachment] = Attachment.objects.all()
    assert attachment.name == "passwd.pdf"
    assert ".." not in attachment.file.name and "etc" not in attachment.file.name
    assert "passwd" not in attachment.file.name
    assert stored_files() == [attachment.file.name]
    response = me.get(reverse("attachment_download", args=[attachment.key]))
    disposition = response["Content-Disposition"]
    assert disposition == 'attachment; filename="passwd.pdf"'


def test_download_is_served_as_a_private_attachment(me, project, workspace_url):
    editor = open_editor(me, workspace_url)
    me.post(workspace_url, browser_data(editor, file=pdf_upload()))
    attachment = Attachment.objects.get()
    response = me.get(reverse("attachment_download", args=[attachment.key]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == content_of(attachment.file)
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert response["Cache-Control"] == "private, no-store"
    assert response["Content-Disposition"].startswith("attachment;")


def test_removed_attachment_file_is_deleted(
    me, project, workspace_url, django_capture_on_commit_callbacks
):
    editor = open_editor(me, workspace_url)
    me.post(workspace_url, browser_data(editor, file=pdf_upload()))
    attachment = Attachment.objects.get()
    editor = open_editor(me, workspace_url)
    with django_capture_on_commit_callbacks(execute=True):
        me.post(workspace_url, browser_data(editor, remove=str(attachment.key)))
    assert stored_files() == []


# Saving from two windows, and invalid rows.


def test_second_window_sees_its_input_and_overwrites_nothing(
    me, project, workspace_url
):
    page, enrolment = project
    first = open_editor(me, workspace_url)
    second = open_editor(me, workspace_url)
    me.post(
        workspace_url,
        browser_data(
            first,
            title="Aus dem ersten Fenster",
            **{section_field(first, 0): "Text aus Fenster eins"},
        ),
    )
    response = me.post(
        workspace_url,
        browser_data(
            second,
            title="Aus dem zweiten Fenster",
            file=pdf_upload(),
            **late_rows(second),
        ),
    )
    html = response.content.decode()
    assert response.status_code == 200
    summary = html[html.index('role="alert"') :]
    assert "in einem anderen Fenster gespeichert" in summary
    assert "Ihre Eingaben sind unten noch einmal zu sehen" in summary
    assert '<a href="#eingabe">' in summary
    box = unsaved_box(html)
    assert "Ihre nicht gespeicherten Eingaben" in box
    for text in (
        "Aus dem zweiten Fenster",
        "Später Abschnittstext",
        "Mehr Licht im Park",
        "Lichtkonzept",
        "Begehung mit dem Ordnungsamt",
        "05.05.2027",
    ):
        assert text in box, text
        assert text not in draft_form(html), text
    assert "Text aus Fenster eins" in draft_form(html)
    assert 'id="id_file_error"' in html
    assert not Attachment.objects.exists()

    editor = response.context["editor"]
    assert editor.form["title"].value() == "Aus dem ersten Fenster"
    assert editor.form["revision"].value() == 1
    assert me.post(workspace_url, browser_data(editor)).status_code == 302
    draft = draft_of(enrolment, page)
    assert draft.revision == 2
    assert draft.title == "Aus dem ersten Fenster"
    assert draft.sections[0]["text"] == "Text aus Fenster eins"
    assert draft.goals == []


def test_input_for_a_version_replaced_meanwhile_is_shown(
    me, project, trainer, workspace_url
):
    page, enrolment = project
    stale = open_editor(me, workspace_url)
    version, _attachment = hand_in_with_attachment(enrolment, page)
    release_review(version, page, trainer)
    me.post(reverse("assignment_revise", args=[page.pk]))
    response = me.post(workspace_url, browser_data(stale, title="Veraltet"))
    html = response.content.decode()
    assert "Inzwischen gibt es eine neue Fassung" in unsaved_box(html)
    assert "Veraltet" in unsaved_box(html)
    assert response.context["editor"].form["version"].value() == 2
    assert draft_of(enrolment, page).title == SECRET


def test_invalid_row_is_shown_with_its_error_and_nothing_is_saved(
    me, project, workspace_url
):
    page, enrolment = project
    editor = open_editor(me, workspace_url)
    planning = editor.planning.prefix
    response = me.post(
        workspace_url,
        browser_data(
            editor,
            title=SECRET,
            file=pdf_upload(),
            **{
                f"{planning}-0-planned_activity": "Begehung",
                f"{planning}-0-planned_date": "31.02.2027",
            },
        ),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bitte prüfen Sie Ihre Eingaben" in html
    assert f'href="#id_{planning}-0-planned_date"' in html
    assert f'aria-describedby="id_{planning}-0-planned_date_error"' in html
    assert '<a href="#id_file">Datei anhängen: Die ausgewählte Datei' in html
    assert 'aria-describedby="id_file_helptext id_file_error"' in html
    assert SECRET in html
    draft = draft_of(enrolment, page)
    assert draft.revision == 0 and draft.title == ""
    assert not Attachment.objects.exists()


def test_date_inputs_leave_the_format_to_the_browser(me, project, workspace_url):
    html = me.get(workspace_url).content.decode()
    assert 'type="date"' in html
    assert "TT.MM.JJJJ" not in html


def test_measures_offer_goals_only_once_there_are_saved_goals(
    me, project, workspace_url
):
    editor = open_editor(me, workspace_url)
    goals, measures = editor.goals.prefix, editor.measures.prefix
    group = f"id_{measures}-0-goal_keys"
    html = me.get(workspace_url).content.decode()
    assert "Legen Sie zuerst Ziele an und speichern Sie" in html
    assert "<legend>Ziele, zu denen die Maßnahme beiträgt</legend>" not in html

    # A key that is no saved goal: the summary links to an element that exists.
    response = me.post(
        workspace_url,
        browser_data(
            editor,
            **{f"{measures}-0-title": "Streife", f"{measures}-0-goal_keys": ["x"]},
        ),
    )
    html = response.content.decode()
    assert f'href="#{group}"' in html and f'id="{group}"' in html

    me.post(workspace_url, browser_data(editor, **{f"{goals}-0-text": "Ziel A"}))
    editor = open_editor(me, workspace_url)
    html = me.get(workspace_url).content.decode()
    assert "Legen Sie zuerst Ziele an und speichern Sie" not in html
    assert "<legend>Ziele, zu denen die Maßnahme beiträgt</legend>" in html
    response = me.post(
        workspace_url,
        browser_data(
            editor,
            **{f"{measures}-0-title": "Streife", f"{measures}-0-goal_keys": ["x"]},
        ),
    )
    html = response.content.decode()
    assert f'href="#{group}_0"' in html and f'id="{group}_0"' in html


def test_deleted_goal_disappears_with_its_links(me, project, workspace_url):
    page, enrolment = project
    editor = open_editor(me, workspace_url)
    goals = editor.goals.prefix
    me.post(
        workspace_url,
        browser_data(editor, **{f"{goals}-0-text": "Ziel A"}),
    )
    key = draft_of(enrolment, page).goals[0]["key"]
    editor = open_editor(me, workspace_url)
    measures = editor.measures.prefix
    me.post(
        workspace_url,
        browser_data(
            editor,
            **{f"{measures}-0-title": "Maßnahme", f"{measures}-0-goal_keys": [key]},
        ),
    )
    editor = open_editor(me, workspace_url)
    me.post(workspace_url, browser_data(editor, **{f"{goals}-0-DELETE": "on"}))
    draft = draft_of(enrolment, page)
    assert draft.goals == []
    assert draft.measures[0]["goal_keys"] == []


# Reviews, revision, mentoring, due dates.


def test_revision_request_starts_a_new_version_and_keeps_the_old_one(
    me, project, trainer, workspace_url, django_capture_on_commit_callbacks
):
    page, enrolment = project
    version, attachment = hand_in_with_attachment(enrolment, page)
    release_review(version, page, trainer)
    before = SubmissionVersion.objects.values().get(pk=version.pk)

    html = me.get(workspace_url).content.decode()
    assert "Überarbeitung erbeten" in html
    assert "Gute Idee, bitte die Evaluation planen." in html
    assert "Daten fehlen." in html
    assert "5 von 10 Punkten (bestanden ab 6 Punkten)" in html
    assert "Überarbeitung beginnen" in html
    assert 'id="entwurf"' not in html

    response = me.post(reverse("assignment_revise", args=[page.pk]), follow=True)
    assert "Fassung 2 ist angelegt." in response.content.decode()
    second = draft_of(enrolment, page)
    assert second.number == 2
    assert second.title == SECRET
    assert second.sections == version.sections
    [copy] = second.attachments.all()
    assert copy.sha256 == attachment.sha256
    assert copy.file.name == attachment.file.name

    editor = response.context["editor"]
    with django_capture_on_commit_callbacks(execute=True):
        me.post(
            workspace_url,
            browser_data(editor, title="Zweite Fassung", remove=str(copy.key)),
        )
    second.refresh_from_db()
    assert second.title == "Zweite Fassung"
    assert not second.attachments.exists()
    assert SubmissionVersion.objects.values().get(pk=version.pk) == before
    # The file is shared with version 1 and stays.
    response = me.get(reverse("attachment_download", args=[attachment.key]))
    content = b"".join(response.streaming_content)
    assert hashlib.sha256(content).hexdigest() == attachment.sha256
    html = me.get(reverse("assignment_version", args=[page.pk, 1])).content.decode()
    assert SECRET in html and "Zweite Fassung" not in html
    assert "Gute Idee, bitte die Evaluation planen." in html


def test_revise_twice_does_not_create_a_third_version(me, project, trainer):
    page, enrolment = project
    version, _attachment = hand_in_with_attachment(enrolment, page)
    release_review(version, page, trainer)
    url = reverse("assignment_revise", args=[page.pk])
    me.post(url)
    response = me.post(url, follow=True)
    assert "Sie bearbeiten bereits Fassung 2." in response.content.decode()
    assert SubmissionVersion.objects.count() == 2


def test_draft_reviews_are_never_shown(me, project, trainer, workspace_url):
    page, enrolment = project
    version, _attachment = hand_in_with_attachment(enrolment, page)
    release_review(
        version,
        page,
        trainer,
        decision="",
        release=False,
        feedback="Noch nicht freigegebene Notiz",
        section_comments={version.sections[0]["id"]: "Interner Kommentar"},
    )
    for url in (workspace_url, reverse("assignment_version", args=[page.pk, 1])):
        html = me.get(url).content.decode()
        assert "Noch nicht freigegebene Notiz" not in html
        assert "Interner Kommentar" not in html


def test_only_shared_mentoring_notes_are_shown(me, project, trainer, workspace_url):
    page, enrolment = project
    for notes, visible in (("Gemeinsam besprochen", True), ("Nur intern", False)):
        assignments.log_mentoring(
            enrolment=enrolment,
            page=page,
            author=trainer,
            held_on=datetime.date(2027, 3, 4),
            duration_minutes=45,
            notes=notes,
            visible=visible,
        )
    html = me.get(workspace_url).content.decode()
    assert "Gemeinsam besprochen" in html
    assert "04.03.2027, 45 Minuten" in html
    assert "Nur intern" not in html


def test_extended_due_date_is_shown_in_german(me, project, trainer, workspace_url):
    page, enrolment = project
    assignments.grant_extension(
        enrolment=enrolment,
        page=page,
        due_at=timezone.make_aware(datetime.datetime(2027, 6, 30, 18, 0)),
        reason="Krankheit",
        granted_by=trainer,
    )
    html = me.get(workspace_url).content.decode()
    assert "30.06.2027, 18:00 Uhr" in html
    assert "Ihre Frist wurde verlängert." in html
    assert "Krankheit" not in html


def test_revision_shows_no_past_due_date(me, project, trainer, workspace_url):
    page, enrolment = project
    version, _attachment = hand_in_with_attachment(enrolment, page)
    page.due_at = timezone.make_aware(datetime.datetime(2026, 1, 15, 12, 0))
    page.save_revision().publish()
    html = me.get(workspace_url).content.decode()
    assert "15.01.2026, 12:00 Uhr" in html

    release_review(version, page, trainer)
    me.post(reverse("assignment_revise", args=[page.pk]))
    for url in (workspace_url, reverse("assignment_submit", args=[page.pk])):
        html = me.get(url).content.decode()
        assert "Überarbeitung: ohne Abgabefrist" in html, url
        assert "15.01.2026" not in html, url


def test_assignment_page_links_to_the_workspace(me, project, workspace_url):
    page, _enrolment = project
    html = me.get(page.url).content.decode()
    assert "noch nicht begonnen" in html
    assert f'href="{workspace_url}"' in html


def test_completed_enrolment_reads_but_cannot_edit(me, project, workspace_url):
    page, enrolment = project
    hand_in_with_attachment(enrolment, page)
    Enrolment.objects.filter(pk=enrolment.pk).update(status=Enrolment.Status.COMPLETED)
    response = me.get(workspace_url)
    html = response.content.decode()
    assert response.status_code == 200
    assert SECRET in html
    assert "Entwurf speichern" not in html
    assert me.post(workspace_url, {"title": "x"}).status_code == 403
    assert me.post(reverse("assignment_revise", args=[page.pk])).status_code == 403
    assert me.get(reverse("assignment_version", args=[page.pk, 1])).status_code == 200


def test_not_enrolled_gets_the_german_403(client, project, workspace_url):
    client.force_login(UserFactory(username="fremd"))
    response = client.get(workspace_url)
    assert response.status_code == 403
    assert "Das dürfen Sie hier nicht" in response.content.decode()
    assert not Submission.objects.exists()


def test_workspace_query_count_is_bounded(
    me, project, trainer, workspace_url, django_assert_max_num_queries
):
    page, enrolment = project
    version, _attachment = hand_in_with_attachment(enrolment, page)
    release_review(version, page, trainer)
    me.post(reverse("assignment_revise", args=[page.pk]))
    assignments.log_mentoring(
        enrolment=enrolment,
        page=page,
        author=trainer,
        held_on=datetime.date(2027, 3, 4),
        duration_minutes=30,
        notes="Notiz",
        visible=True,
    )
    me.get(workspace_url)
    with django_assert_max_num_queries(30):
        assert me.get(workspace_url).status_code == 200


# Nobody else sees anything.


@pytest.fixture
def fake_pdf(monkeypatch):
    monkeypatch.setattr(
        "lms.projects.pdf.render_version_pdf",
        lambda version: b"%PDF-1.4 " + version.title.encode(),
    )


@pytest.fixture
def handed_in(project):
    page, enrolment = project
    version, attachment = hand_in_with_attachment(enrolment, page)
    return page, version, attachment


def feature_requests(page, version, attachment):
    return [
        ("get", reverse("assignment_workspace", args=[page.pk])),
        ("post", reverse("assignment_workspace", args=[page.pk])),
        ("get", reverse("assignment_submit", args=[page.pk])),
        ("post", reverse("assignment_submit", args=[page.pk])),
        ("post", reverse("assignment_revise", args=[page.pk])),
        ("get", reverse("assignment_version", args=[page.pk, version.number])),
        ("get", reverse("attachment_download", args=[attachment.key])),
        ("get", reverse("version_pdf", args=[version.pk])),
    ]


def _other_participant(page):
    _page, enrolment = enrolled_in_assignment(page=page)
    return enrolment.user


def _stranger(page):
    return EnrolmentFactory().user


def _other_trainer(page):
    ensure_role_groups()
    other = UserFactory(username="andere-trainerin", groups=["Trainer/innen"])
    enrolled_in_assignment(trainer=other)
    return other


def _editor(page):
    ensure_role_groups()
    return UserFactory(username="redaktion", groups=["Redaktion"])


@pytest.mark.parametrize(
    "who",
    [_other_participant, _stranger, _other_trainer, _editor, None],
    ids=["same-cohort", "other-programme", "other-trainer", "editor", "anonymous"],
)
def test_nobody_else_sees_the_project(client, handed_in, fake_pdf, who):
    page, version, attachment = handed_in
    if who is not None:
        client.force_login(who(page))
    before = SubmissionVersion.objects.values().get(pk=version.pk)
    own_pages = {
        reverse("assignment_workspace", args=[page.pk]),
        reverse("assignment_submit", args=[page.pk]),
    }
    for method, url in feature_requests(page, version, attachment):
        data = (
            {"title": "x", "version": 1, "confirm": "on"} if method == "post" else None
        )
        response = getattr(client, method)(url, data)
        body = (
            b"".join(response.streaming_content)
            if response.streaming
            else response.content
        )
        if who is None:
            assert response.status_code == 302, url
            assert response.url.startswith(reverse("login")), url
        else:
            assert response.status_code in (200, 302, 403, 404), url
            # A participant of the same cohort sees only their own project.
            assert response.status_code != 200 or url in own_pages, url
        assert SECRET.encode() not in body, url
        assert b"%PDF" not in body, url
    assert SubmissionVersion.objects.values().get(pk=version.pk) == before
    assert Attachment.objects.count() == 1


def test_downloads_of_strangers_are_404(client, handed_in, fake_pdf):
    page, version, attachment = handed_in
    client.force_login(_other_participant(page))
    assert (
        client.get(reverse("attachment_download", args=[attachment.key])).status_code
        == 404
    )
    assert client.get(reverse("version_pdf", args=[version.pk])).status_code == 404
    assert (
        client.get(reverse("assignment_version", args=[page.pk, 1])).status_code == 404
    )


def test_cohort_trainer_downloads_handed_in_files_but_not_drafts(
    client, project, trainer, fake_pdf
):
    page, enrolment = project
    version, attachment = hand_in_with_attachment(enrolment, page)
    client.force_login(trainer)
    response = client.get(reverse("attachment_download", args=[attachment.key]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    response = client.get(reverse("version_pdf", args=[version.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'attachment; filename="Projekt-Fassung-1.pdf"'
    )

    draft = assignments.open_draft(
        enrolment=EnrolmentFactory(cohort=enrolment.cohort), page=page
    )
    upload = pdf_upload()
    checked = check_upload(upload, allowed_types=["pdf"], max_bytes=10**6)
    draft_file = assignments.add_attachment(
        version=draft, upload=upload, checked=checked
    )
    assert (
        client.get(reverse("attachment_download", args=[draft_file.key])).status_code
        == 404
    )
    assert client.get(reverse("version_pdf", args=[draft.pk])).status_code == 404


def test_lpr_office_downloads_handed_in_files(client, handed_in, lpr_office):
    _page, _version, attachment = handed_in
    client.force_login(lpr_office)
    response = client.get(reverse("attachment_download", args=[attachment.key]))
    assert response.status_code == 200


def test_owner_downloads_the_pdf_of_a_version(me, handed_in):
    _page, version, _attachment = handed_in
    response = me.get(reverse("version_pdf", args=[version.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert response["Cache-Control"] == "private, no-store"


def hand_in_full_project(enrolment, page):
    """Version 1 with a goal, a measure and a planning row, handed in."""
    draft = assignments.open_draft(enrolment=enrolment, page=page)
    goal = {
        "key": "g1",
        "kind": "project",
        "text": "Mehr Nachbarschaftskontakte",
        "target_group": "Ältere Menschen",
        "indicator": "Zahl der Treffen",
    }
    measure = {
        "key": "m1",
        "title": "Nachbarschaftscafé",
        "description": "Monatliches Treffen",
        "goal_keys": ["g1"],
        "reason": "Niedrigschwellig",
        "evidence": "Evaluationsbericht 2024",
        "programme": "Communities That Care",
        "programme_url": "https://example.org/ctc",
        "rating": "proven",
    }
    row = {
        "measure_key": "m1",
        "planned_activity": "Erstes Café",
        "planned_date": "2027-04-01",
        "actual_activity": "",
        "actual_date": "",
        "deviation": "",
        "reason": "",
    }
    assignments.save_draft(
        version=draft,
        revision=0,
        title=SECRET,
        sections=[{**s, "text": "Text"} for s in selectors.brief_sections(page)],
        goals=[goal],
        measures=[measure],
        planning=[row],
    )
    draft.refresh_from_db()
    return assignments.submit(version=draft, page=page, user=enrolment.user)


def test_version_page_shows_goals_measures_and_planning(me, project):
    page, enrolment = project
    hand_in_full_project(enrolment, page)
    html = me.get(reverse("assignment_version", args=[page.pk, 1])).content.decode()
    for text in (
        "Projektziel",
        "Mehr Nachbarschaftskontakte",
        "Zahl der Treffen",
        "Nachbarschaftscafé",
        "Evaluationsbericht 2024",
        'href="https://example.org/ctc"',
        "Effektivität nachgewiesen",
        "Erstes Café",
        "01.04.2027",
    ):
        assert text in html, text
    assert "Für diese Fassung ist noch keine Bewertung freigegeben." in html


def test_trainer_and_participant_read_the_same_labels(client, project, trainer):
    page, enrolment = project
    version = hand_in_full_project(enrolment, page)
    client.force_login(trainer)
    response = client.get(reverse("lms_grading:review", args=[version.pk]))
    assert response.status_code == 200
    trainer_html = response.content.decode()
    for section in version.sections:
        assert f'name="comment_{section["id"]}"' in trainer_html
    client.force_login(enrolment.user)
    participant_html = client.get(
        reverse("assignment_version", args=[page.pk, 1])
    ).content.decode()
    for html in (trainer_html, participant_html):
        for label in (
            "Art des Ziels",
            "Ziele, zu denen die Maßnahme beiträgt",
            "Evidenzquelle",
            "Programm der Grünen Liste Prävention",
            "Bewertung in der Grünen Liste Prävention",
            "Geplanter Termin",
            "Grund der Abweichung",
        ):
            assert label in html, label
        assert "Wirksamkeitsbelege" not in html
        assert "Geplant am" not in html


def test_failed_pdf_is_a_friendly_page(me, handed_in, monkeypatch):
    _page, version, _attachment = handed_in

    def fail(version):
        raise ProjectPdfError("broken")

    monkeypatch.setattr("lms.projects.pdf.render_version_pdf", fail)
    response = me.get(reverse("version_pdf", args=[version.pk]))
    assert response.status_code == 503
    assert "Das PDF konnte nicht erstellt werden" in response.content.decode()


def test_no_draft_to_edit_once_a_correction_passes_the_project(
    client, me, project, trainer, workspace_url
):
    page, enrolment = project
    first = handed_in_version(enrolment, page)
    first.refresh_from_db()
    mistaken = assignments.save_review(
        version=first,
        page=page,
        reviewer=trainer,
        review_revision=first.review_revision,
        points={"crit-problem": 5, "crit-evaluation": 5},
        section_comments={},
        feedback="",
        decision="revision",
        release=True,
    )
    assignments.open_draft(enrolment=enrolment, page=page)
    first.refresh_from_db()
    assignments.save_review(
        version=first,
        page=page,
        reviewer=trainer,
        review_revision=first.review_revision,
        points={"crit-problem": 5, "crit-evaluation": 5},
        section_comments={},
        feedback="",
        decision="passed",
        release=True,
        corrects=mistaken,
        correction_reason="Versehentlich zurückgegeben",
    )
    html = client.get(workspace_url).content.decode()
    assert "Entwurf speichern" not in html
    assert "bestanden" in html


def test_revision_draft_shows_each_note_beside_its_section(
    me, project, trainer, workspace_url
):
    page, enrolment = project
    version, _attachment = hand_in_with_attachment(enrolment, page)
    first, second = version.sections[0], version.sections[1]
    release_review(
        version,
        page,
        trainer,
        section_comments={second["id"]: "Bitte die Zielgruppe genauer fassen."},
        feedback="Gute Idee, bitte die Evaluation planen.",
    )
    me.post(reverse("assignment_revise", args=[page.pk]))

    response = me.get(workspace_url)
    html = response.content.decode()
    draft = html[html.index('id="entwurf"') :]
    # The overall feedback stands at the top of the draft, before any section.
    assert draft.index("Gute Idee, bitte die Evaluation planen.") < draft.index(
        "<fieldset"
    )
    editor = response.context["editor"]
    field = editor.form[editor.form.section_field(second)]
    note_id = f"{field.auto_id}_note"
    fieldsets = re.findall(r"<fieldset.*?</fieldset>", draft, re.S)
    [with_note] = [f for f in fieldsets if "Bitte die Zielgruppe" in f]
    assert second["title"] in with_note and f'id="{note_id}"' in with_note
    assert f'aria-describedby="{note_id} {field.auto_id}_helptext"' in with_note
    assert with_note.index(note_id) < with_note.index("<textarea")
    [without_note] = [f for f in fieldsets if f"{first['title']}</legend>" in f]
    assert "_note" not in without_note


def test_a_first_draft_shows_no_revision_notes(me, project, workspace_url):
    html = me.get(workspace_url).content.decode()
    assert "Worum Ihre Trainerin oder Ihr Trainer bittet" not in html
    assert "_note" not in html


def test_revision_due_date_set_by_the_trainer_is_shown_and_enforced(
    me, project, trainer, workspace_url
):
    page, enrolment = project
    version, _attachment = hand_in_with_attachment(enrolment, page)
    due = timezone.now() + datetime.timedelta(days=20)
    release_review(version, page, trainer, revision_due_at=due)
    shown = f"{timezone.localtime(due):%d.%m.%Y, %H:%M} Uhr"

    html = me.get(workspace_url).content.decode()
    assert f"Überarbeitung bis {shown}" in html
    assert "ohne Abgabefrist" not in html
    me.post(reverse("assignment_revise", args=[page.pk]))
    html = me.get(workspace_url).content.decode()
    assert f"Bitte reichen Sie die überarbeitete Fassung bis {shown} ein." in html
    html = me.get(reverse("assignment_submit", args=[page.pk])).content.decode()
    assert f"Überarbeitung bis {shown}" in html

    draft = draft_of(enrolment, page)
    Review.objects.filter(version=version).update(
        revision_due_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    with pytest.raises(SubmissionRefused, match="Abgabefrist ist abgelaufen"):
        assignments.submit(version=draft, page=page, user=enrolment.user)
