"""The LPR office's certificate admin: eligibility, issuing, bulk progress,
revocation and re-issue."""

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape

from certificates import services
from certificates.eligibility import cohort_candidates
from certificates.models import (
    Certificate,
    CertificateEvent,
    IssueBatch,
    IssueBatchItem,
)
from tests.certificates.conftest import complete
from tests.factories import EnrolmentFactory, UserFactory


def cohort_url(cohort):
    return reverse("certificates_admin:cohort", args=[cohort.pk])


def certificate_url(certificate):
    return reverse("certificates_admin:certificate", args=[certificate.pk])


def key(enrolment, module=None):
    return f"{enrolment.pk}-{module.pk if module else 0}"


def message_texts(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def second_graduate(programme):
    user = UserFactory(username="zweite", first_name="Özlem", last_name="Çelik")
    enrolment = EnrolmentFactory(cohort=programme["cohort"], user=user)
    complete(enrolment, programme, project_title="Nachbarschaft stärken")
    return enrolment


@pytest.fixture
def issued(graduate, lpr_office, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        certificate, _created = services.issue(graduate, by=lpr_office)
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.ISSUED
    return certificate


# Menu and access


def test_menu_is_shown_to_the_lpr_office_only(client, lpr_office, editor):
    client.force_login(lpr_office)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("certificates_admin:index") in html
    trainer = UserFactory(username="trainerin", groups=["Trainer/innen"])
    for user in [trainer, editor]:
        client.force_login(user)
        html = client.get(reverse("wagtailadmin_home")).content.decode()
        assert reverse("certificates_admin:index") not in html


def test_everyone_but_the_lpr_office_is_refused_on_every_url(
    client, programme, issued, editor, participant
):
    cohort = programme["cohort"]
    trainer = UserFactory(username="trainerin", groups=["Trainer/innen"])
    cohort.trainers.add(trainer)
    batch = IssueBatch.objects.create(cohort=cohort)
    urls = [
        reverse("certificates_admin:index"),
        reverse("certificates_admin:list"),
        cohort_url(cohort),
        reverse("certificates_admin:batch", args=[batch.pk]),
        certificate_url(issued),
        reverse("certificates_admin:pdf", args=[issued.pk]),
    ]
    for user in [trainer, editor, participant]:
        client.force_login(user)
        for url in urls:
            response = client.get(url)
            assert response.status_code == 302, (user, url)
            assert "Jürgen" not in response.content.decode()
        response = client.post(cohort_url(cohort), {"action": "all"})
        assert response.status_code == 302
        response = client.post(
            certificate_url(issued),
            {"action": "revoke", "revoke-reason": "Test", "revoke-confirm": "on"},
        )
        assert response.status_code == 302
    client.logout()
    response = client.get(cohort_url(cohort))
    assert response.status_code == 302 and "login" in response["Location"]
    issued.refresh_from_db()
    assert issued.status == Certificate.Status.ISSUED
    assert Certificate.objects.count() == 1


def test_missing_and_existing_ids_look_alike_to_the_refused(
    client, programme, issued, editor
):
    batch = IssueBatch.objects.create(cohort=programme["cohort"])
    pairs = [
        ("certificates_admin:certificate", issued.pk),
        ("certificates_admin:pdf", issued.pk),
        ("certificates_admin:batch", batch.pk),
        ("certificates_admin:cohort", programme["cohort"].pk),
    ]
    client.force_login(editor)
    for name, pk in pairs:
        existing = client.get(reverse(name, args=[pk]))
        missing = client.get(reverse(name, args=[pk + 1000]))
        assert existing.status_code == missing.status_code == 302, name
        assert existing["Location"] == missing["Location"], name


def test_revoking_and_reissuing_need_the_revoke_permission(client, issued, lpr_office):
    office_member = UserFactory(username="ohne-widerruf")
    office_member.user_permissions.add(
        *lpr_office.groups.get().permissions.exclude(codename="revoke_certificate")
    )
    client.force_login(office_member)
    html = client.get(certificate_url(issued)).content.decode()
    assert "revoke-reason" not in html and "reissue-reason" not in html
    missing_url = reverse("certificates_admin:certificate", args=[issued.pk + 1000])
    for data in [
        {"action": "revoke", "revoke-reason": "Test", "revoke-confirm": "on"},
        {"action": "reissue", "reissue-reason": "Test"},
    ]:
        response = client.post(certificate_url(issued), data)
        missing = client.post(missing_url, data)
        assert response.status_code == missing.status_code == 302
        assert response["Location"] == missing["Location"]
        assert response["Location"] != certificate_url(issued)
    issued.refresh_from_db()
    assert issued.status == Certificate.Status.ISSUED
    assert Certificate.objects.count() == 1


# The index and the eligibility list


def test_index_counts_participants_eligible_and_issued(
    client, lpr_office, programme, graduate, second_graduate, issued
):
    EnrolmentFactory(cohort=programme["cohort"])
    client.force_login(lpr_office)
    response = client.get(reverse("certificates_admin:index"))
    html = response.content.decode()
    assert cohort_url(programme["cohort"]) in html
    cells = [
        cell.split("</td>")[0].strip()
        for cell in html.split("Durchgang 2025</a></th>")[1].split("<td>")[3:6]
    ]
    assert cells == ["3", "1", "1"]


def test_eligibility_list_shows_reasons_and_fulfilled(
    client, lpr_office, programme, graduate
):
    incomplete = EnrolmentFactory(
        cohort=programme["cohort"],
        user=UserFactory(username="offen", first_name="Anna", last_name="Offen"),
    )
    client.force_login(lpr_office)
    response = client.get(cohort_url(programme["cohort"]))
    html = response.content.decode()
    assert response.status_code == 200
    candidates = {c.enrolment.pk: c for c in cohort_candidates(programme["cohort"])}
    reasons = candidates[incomplete.pk].reasons
    assert reasons
    for reason in reasons:
        assert escape(reason) in html
    assert "erfüllt" in html
    assert f'value="{key(graduate)}"' in html
    assert f'value="{key(incomplete)}"' not in html


def test_module_participant_rows_name_the_module(
    client, lpr_office, programme, module_participant
):
    client.force_login(lpr_office)
    html = client.get(cohort_url(programme["cohort"])).content.decode()
    assert "Teilnahmebescheinigung Modul 2 „Kriminalprävention“" in html
    assert "Teilnahmebescheinigung Modul 1 „Kriminologie“" in html
    assert f'value="{key(module_participant, programme["modules"][1])}"' in html
    assert f'value="{key(module_participant, programme["modules"][0])}"' not in html


def test_eligibility_list_queries_do_not_grow_with_participants(
    client, lpr_office, programme, django_assert_max_num_queries
):
    cohort = programme["cohort"]
    for _index in range(2):
        complete(EnrolmentFactory(cohort=cohort), programme)
    client.force_login(lpr_office)
    client.get(cohort_url(cohort))  # warm up caches (settings, permissions)
    with CaptureQueriesContext(connection) as few:
        assert client.get(cohort_url(cohort)).status_code == 200
    for _index in range(10):
        complete(EnrolmentFactory(cohort=cohort), programme)
    services.issue(cohort.enrolments.first(), queue_render=False)
    with django_assert_max_num_queries(len(few)):
        response = client.get(cohort_url(cohort))
    assert response.content.decode().count('type="checkbox" name="keys"') == 11


# Issuing


def test_bulk_issue_creates_one_certificate_each_and_shows_progress(
    client, lpr_office, programme, graduate, second_graduate,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    client.force_login(lpr_office)
    data = {"action": "selected", "keys": [key(graduate), key(second_graduate)]}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(cohort_url(programme["cohort"]), data)
    batch = IssueBatch.objects.get()
    assert response["Location"] == reverse("certificates_admin:batch", args=[batch.pk])
    for enrolment in [graduate, second_graduate]:
        certificate = Certificate.objects.get(enrolment=enrolment)
        assert certificate.status == Certificate.Status.ISSUED
        assert certificate.created_by == lpr_office
    page = client.get(response["Location"])
    html = page.content.decode()
    assert "2 von 2 erledigt" in html
    assert 'aria-live="polite"' in html
    for certificate in Certificate.objects.all():
        assert certificate_url(certificate) in html
    partial = client.get(response["Location"], {"partial": "1"}).content.decode()
    assert "2 von 2 erledigt" in partial and "<html" not in partial
    assert 'data-waiting="0"' in partial

    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(cohort_url(programme["cohort"]), data)
    assert Certificate.objects.count() == 2
    assert IssueBatch.objects.count() == 1
    assert again["Location"] == cohort_url(programme["cohort"])
    assert any("nicht ausgestellt" in text for text in message_texts(again))

    index = client.get(reverse("certificates_admin:index")).content.decode()
    assert reverse("certificates_admin:batch", args=[batch.pk]) in index


def test_issue_all_eligible_without_javascript(
    client, lpr_office, programme, graduate, second_graduate,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    EnrolmentFactory(cohort=programme["cohort"])
    client.force_login(lpr_office)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(cohort_url(programme["cohort"]), {"action": "all"})
    assert response.status_code == 302
    assert set(Certificate.objects.values_list("enrolment", flat=True)) == {
        graduate.pk,
        second_graduate.pk,
    }


def test_waiting_batch_offers_a_refresh(client, lpr_office, programme, graduate):
    client.force_login(lpr_office)
    # Without running the queued tasks the items stay waiting.
    response = client.post(
        cohort_url(programme["cohort"]),
        {"action": "selected", "keys": [key(graduate)]},
        follow=True,
    )
    html = response.content.decode()
    assert "0 von 1 erledigt" in html
    assert "Stand aktualisieren" in html
    assert 'data-waiting="1"' in html


def test_ineligible_key_is_refused_with_a_message(
    client, lpr_office, programme, graduate, django_capture_on_commit_callbacks
):
    incomplete = EnrolmentFactory(cohort=programme["cohort"])
    client.force_login(lpr_office)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            cohort_url(programme["cohort"]),
            {"action": "selected", "keys": [key(incomplete), "999-0", "unsinn"]},
        )
    assert response["Location"] == cohort_url(programme["cohort"])
    texts = message_texts(response)
    assert any("3 Bescheinigungen wurden nicht ausgestellt" in text for text in texts)
    assert any("Es wurde nichts ausgestellt" in text for text in texts)
    assert not Certificate.objects.exists() and not IssueBatch.objects.exists()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            cohort_url(programme["cohort"]),
            {"action": "selected", "keys": [key(incomplete), key(graduate)]},
        )
    assert Certificate.objects.get().enrolment == graduate
    assert any(
        "Eine Bescheinigung wurde nicht ausgestellt" in t
        for t in message_texts(response)
    )


def test_issue_one_directly_and_twice(
    client, lpr_office, programme, graduate, django_capture_on_commit_callbacks
):
    client.force_login(lpr_office)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            cohort_url(programme["cohort"]), {"issue_one": key(graduate)}
        )
    certificate = Certificate.objects.get()
    assert response["Location"] == certificate_url(certificate)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            cohort_url(programme["cohort"]), {"issue_one": key(graduate)}
        )
    assert response["Location"] == certificate_url(certificate)
    assert Certificate.objects.count() == 1


def test_issue_one_for_an_ineligible_person_shows_the_reasons(
    client, lpr_office, programme
):
    incomplete = EnrolmentFactory(cohort=programme["cohort"])
    client.force_login(lpr_office)
    response = client.post(
        cohort_url(programme["cohort"]), {"issue_one": key(incomplete)}, follow=True
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Nicht ausgestellt:" in html
    reason = cohort_candidates(programme["cohort"])[0].reasons[0]
    assert escape(reason) in html
    response = client.post(
        cohort_url(programme["cohort"]), {"issue_one": "kaputt"}, follow=True
    )
    assert "gehört nicht (mehr) zu diesem Durchgang" in response.content.decode()
    assert not Certificate.objects.exists()


# The certificate page


def test_certificate_page_shows_the_snapshot_log_and_download(
    client, lpr_office, issued
):
    client.force_login(lpr_office)
    html = client.get(certificate_url(issued)).content.decode()
    for text in [
        "Jürgen Weiß",
        issued.number,
        "Kriminologie",
        "Projektbegleitung",
        "Sicher im Quartier",
        "Durchgang 2025",
        "ausgestellt",
        reverse("certificate_check", args=[issued.code]),
        reverse("certificates_admin:pdf", args=[issued.pk]),
        "Widerrufen",
        "Neu ausstellen",
        lpr_office.get_full_name(),
    ]:
        assert text in html, text
    response = client.get(reverse("certificates_admin:pdf", args=[issued.pk]))
    assert response["Content-Disposition"] == (
        f'attachment; filename="{issued.number}.pdf"'
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_revoke_needs_a_reason(client, lpr_office, issued):
    client.force_login(lpr_office)
    response = client.post(
        certificate_url(issued), {"action": "revoke", "revoke-reason": "  "}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bitte geben Sie einen Grund für den Widerruf an." in html
    assert 'href="#id_revoke-reason"' in html
    issued.refresh_from_db()
    assert issued.status == Certificate.Status.ISSUED

    response = client.post(
        certificate_url(issued),
        {
            "action": "revoke",
            "revoke-reason": "Täuschung im Praxisprojekt",
            "revoke-confirm": "on",
        },
    )
    assert response["Location"] == certificate_url(issued)
    issued.refresh_from_db()
    assert issued.status == Certificate.Status.REVOKED
    event = issued.events.get(action=CertificateEvent.Action.REVOKED)
    assert event.actor == lpr_office and event.detail == "Täuschung im Praxisprojekt"
    html = client.get(certificate_url(issued)).content.decode()
    assert "widerrufen" in html and "Täuschung im Praxisprojekt" in html
    assert 'name="action" value="revoke"' not in html
    assert 'name="action" value="reissue"' in html
    assert "Der Widerruf bleibt bestehen" in html

    response = client.post(
        certificate_url(issued),
        {"action": "revoke", "revoke-reason": "Nochmal", "revoke-confirm": "on"},
    )
    assert response["Location"] == certificate_url(issued)
    assert any("nicht mehr gültig" in text for text in message_texts(response))
    assert issued.events.filter(action=CertificateEvent.Action.REVOKED).count() == 1


def test_reasons_are_limited_to_400_characters(client, lpr_office, issued):
    client.force_login(lpr_office)
    response = client.post(
        certificate_url(issued), {"action": "revoke", "revoke-reason": "x" * 401}
    )
    assert response.status_code == 200
    assert 'href="#id_revoke-reason"' in response.content.decode()
    issued.refresh_from_db()
    assert issued.status == Certificate.Status.ISSUED
    response = client.post(
        certificate_url(issued), {"action": "reissue", "reissue-reason": "x" * 401}
    )
    assert response.status_code == 200
    assert 'href="#id_reissue-reason"' in response.content.decode()
    assert Certificate.objects.count() == 1


def test_unknown_action_changes_nothing_and_says_so(client, lpr_office, issued):
    client.force_login(lpr_office)
    response = client.post(certificate_url(issued), {"action": "loeschen"})
    assert response["Location"] == certificate_url(issued)
    texts = message_texts(response)
    assert any("Diese Aktion gibt es nicht" in text for text in texts)
    assert not any("nicht mehr gültig" in text for text in texts)
    issued.refresh_from_db()
    assert issued.status == Certificate.Status.ISSUED


def test_revoked_certificate_is_reissued_only_on_its_page(
    client, lpr_office, programme, issued, django_capture_on_commit_callbacks
):
    services.revoke(issued, reason="Irrtum bei der Anwesenheit", by=lpr_office)
    client.force_login(lpr_office)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(cohort_url(programme["cohort"]), {"action": "all"})
        client.post(
            cohort_url(programme["cohort"]), {"issue_one": key(issued.enrolment)}
        )
    assert Certificate.objects.count() == 1
    html = client.get(cohort_url(programme["cohort"])).content.decode()
    assert f'value="{key(issued.enrolment)}"' not in html
    assert certificate_url(issued) in html

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            certificate_url(issued),
            {"action": "reissue", "reissue-reason": "Anwesenheit nachgewiesen"},
        )
    new = Certificate.objects.exclude(pk=issued.pk).get()
    assert response["Location"] == certificate_url(new)
    assert any("bleibt widerrufen" in text for text in message_texts(response))
    issued.refresh_from_db()
    new.refresh_from_db()
    assert issued.status == Certificate.Status.REVOKED
    assert new.status == Certificate.Status.ISSUED
    assert new.replaces == issued and new.number != issued.number
    html = client.get(certificate_url(issued)).content.decode()
    assert certificate_url(new) in html
    assert 'name="action" value="reissue"' not in html


def test_pages_still_show_after_a_staff_account_is_deleted(
    client, lpr_office, programme, graduate, django_capture_on_commit_callbacks
):
    client.force_login(lpr_office)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            cohort_url(programme["cohort"]),
            {"action": "selected", "keys": [key(graduate)]},
        )
    certificate = Certificate.objects.get()
    services.revoke(certificate, reason="Test", by=lpr_office)
    batch = IssueBatch.objects.get()
    lpr_office.delete()
    colleague = UserFactory(username="kollegin", groups=["LPR-Geschäftsstelle"])
    client.force_login(colleague)
    for url in [
        reverse("certificates_admin:index"),
        reverse("certificates_admin:batch", args=[batch.pk]),
        certificate_url(certificate),
        reverse("certificates_admin:list"),
        cohort_url(programme["cohort"]),
    ]:
        assert client.get(url).status_code == 200, url
    html = client.get(certificate_url(certificate)).content.decode()
    assert "<td>–</td>" in html
    html = client.get(reverse("certificates_admin:batch", args=[batch.pk]))
    assert "Angestoßen von</dt><dd>–</dd>" in html.content.decode()


def test_batch_page_shows_the_reason_of_a_failure(
    client, lpr_office, programme, graduate
):
    batch = IssueBatch.objects.create(cohort=programme["cohort"], created_by=lpr_office)
    IssueBatchItem.objects.create(
        batch=batch,
        enrolment=graduate,
        status=IssueBatchItem.Status.FAILED,
        error="Die Einschreibung ist abgebrochen.",
    )
    client.force_login(lpr_office)
    html = client.get(reverse("certificates_admin:batch", args=[batch.pk])).content
    assert "Grund: Die Einschreibung ist abgebrochen." in html.decode()


def test_reissue_replaces_the_old_certificate(
    client, lpr_office, issued, django_capture_on_commit_callbacks
):
    user = issued.enrolment.user
    user.last_name = "Weiß-Schröder"
    user.save()
    client.force_login(lpr_office)
    response = client.post(
        certificate_url(issued), {"action": "reissue", "reissue-reason": ""}
    )
    assert "Bitte geben Sie einen Grund für die Neuausstellung an." in (
        response.content.decode()
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            certificate_url(issued),
            {"action": "reissue", "reissue-reason": "Namenskorrektur"},
        )
    new = Certificate.objects.exclude(pk=issued.pk).get()
    assert response["Location"] == certificate_url(new)
    issued.refresh_from_db()
    new.refresh_from_db()
    assert issued.status == Certificate.Status.REPLACED
    assert new.status == Certificate.Status.ISSUED
    assert new.number != issued.number and new.replaces == issued
    assert new.holder_name == "Jürgen Weiß-Schröder"
    html = client.get(certificate_url(issued)).content.decode()
    assert "Ersetzt durch" in html and certificate_url(new) in html
    html = client.get(certificate_url(new)).content.decode()
    assert certificate_url(issued) in html and "Namenskorrektur" in html


def test_pending_certificate_can_be_queued_again(
    client, lpr_office, graduate, django_capture_on_commit_callbacks
):
    certificate, _created = services.issue(graduate, by=lpr_office, queue_render=False)
    client.force_login(lpr_office)
    html = client.get(certificate_url(certificate)).content.decode()
    assert "wird erstellt" in html and "Erneut anstoßen" in html
    assert reverse("certificates_admin:pdf", args=[certificate.pk]) not in html
    assert (
        client.get(reverse("certificates_admin:pdf", args=[certificate.pk])).status_code
        == 404
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(certificate_url(certificate), {"action": "retry"})
    assert response["Location"] == certificate_url(certificate)
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.ISSUED and certificate.pdf
    assert Certificate.objects.count() == 1


def test_certificate_list_searches_number_and_name(
    client, lpr_office, issued, module_participant, programme
):
    other, _created = services.issue(
        module_participant, module=programme["modules"][1], queue_render=False
    )
    client.force_login(lpr_office)
    url = reverse("certificates_admin:list")
    html = client.get(url).content.decode()
    assert issued.number in html and other.number in html
    html = client.get(url, {"q": "weiß"}).content.decode()
    assert issued.number in html and other.number not in html
    html = client.get(url, {"q": other.number}).content.decode()
    assert other.number in html and issued.number not in html
