import datetime
import hashlib
import threading

import pytest
from django.core import mail
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from certificates import selectors, services
from certificates.eligibility import cohort_candidates
from certificates.models import (
    Certificate,
    CertificateEvent,
    IssueBatchItem,
    YearCounter,
)
from cms.core.storage import private_storage
from lms.learning import services as lms_services
from lms.learning.models import Enrolment
from tests.certificates.conftest import complete, print_birth_date
from tests.factories import EnrolmentFactory, UserFactory
from tests.storage import stored_names


def issue(enrolment, capture, **kwargs):
    with capture(execute=True):
        certificate, created = services.issue(enrolment, **kwargs)
    certificate.refresh_from_db()
    return certificate, created


def pdf_files():
    return [name for name in stored_names(private_storage) if name.endswith(".pdf")]


def test_issuing_numbers_renders_stores_and_logs(
    graduate, django_capture_on_commit_callbacks
):
    certificate, created = issue(graduate, django_capture_on_commit_callbacks)

    year = timezone.localdate().year
    assert created
    assert certificate.number == f"BEC-{year}-0001"
    assert certificate.status == Certificate.Status.ISSUED
    assert certificate.issued_at is not None
    stored = certificate.pdf.read()
    assert stored.startswith(b"%PDF-")
    assert certificate.sha256 == hashlib.sha256(stored).hexdigest()
    assert [e.action for e in certificate.events.all()] == ["issued"]
    assert pdf_files() == [certificate.pdf.name]


def test_the_snapshot_holds_what_is_certified(
    graduate, programme, django_capture_on_commit_callbacks
):
    certificate, _created = issue(graduate, django_capture_on_commit_callbacks)

    snapshot = certificate.snapshot
    assert snapshot["holder"] == {"name": "Jürgen Weiß", "birth_date": None}
    assert [m["title"] for m in snapshot["modules"]] == [
        "Kriminologie",
        "Kriminalprävention",
        "Projektmanagement",
        "Projektbegleitung",
    ]
    # Issue 11, defect 3: the certificate states the units credited (the
    # seminar day's 8; the lessons and project carry none here), not the
    # 31 + 32 + 33 + 34 planned; the plan stays as each module's scope.
    assert [m["units"] for m in snapshot["modules"]] == ["31", "32", "33", "34"]
    assert [m["units_credited"] for m in snapshot["modules"]] == ["0", "8", "0", "0"]
    assert snapshot["units_total"] == "8"
    assert snapshot["project_title"] == "Sicher im Quartier"
    assert snapshot["cohort"] == {
        "name": "Durchgang 2025",
        "start": "2025-01-15",
        "end": "2025-12-10",
    }
    assert snapshot["issued_on"] == timezone.localdate().isoformat()


def test_later_edits_do_not_change_an_issued_certificate(
    graduate, programme, django_capture_on_commit_callbacks
):
    certificate, _created = issue(graduate, django_capture_on_commit_callbacks)
    before = (certificate.snapshot, certificate.pdf.read(), certificate.sha256)

    graduate.user.last_name = "Schwarz"
    graduate.user.save()
    module = programme["modules"][0]
    module.title = "Kriminologie (neu)"
    module.save_revision().publish()

    certificate.refresh_from_db()
    assert (certificate.snapshot, certificate.pdf.read(), certificate.sha256) == before


def test_issuing_again_returns_the_same_certificate(
    graduate, django_capture_on_commit_callbacks
):
    first, _created = issue(graduate, django_capture_on_commit_callbacks)
    again, created = issue(graduate, django_capture_on_commit_callbacks)

    assert not created
    assert again == first
    assert Certificate.objects.count() == 1
    assert YearCounter.objects.get().last_serial == 1


def test_the_database_allows_one_valid_certificate_per_enrolment(
    graduate, django_capture_on_commit_callbacks
):
    certificate, _created = issue(graduate, django_capture_on_commit_callbacks)

    with pytest.raises(IntegrityError), transaction.atomic():
        Certificate.objects.create(
            enrolment=graduate,
            kind=Certificate.Kind.CERTIFICATE,
            year=certificate.year,
            serial=99,
            number="BEC-0000-0099",
            snapshot={},
        )


def test_a_refused_duplicate_gives_its_number_back(
    graduate, programme, django_capture_on_commit_callbacks
):
    issue(graduate, django_capture_on_commit_callbacks)
    candidate = next(
        c for c in cohort_candidates(programme["cohort"]) if c.enrolment == graduate
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        services._create(
            enrolment=graduate,
            kind=candidate.kind,
            module=None,
            snapshot=services.build_snapshot(candidate, timezone.localdate()),
            by=None,
        )

    other = EnrolmentFactory(cohort=programme["cohort"])
    complete(other, programme)
    second, _created = issue(other, django_capture_on_commit_callbacks)
    assert second.serial == 2


def test_numbers_run_per_year(graduate, programme, django_capture_on_commit_callbacks):
    YearCounter.objects.create(year=timezone.localdate().year - 1, last_serial=41)
    certificate, _created = issue(graduate, django_capture_on_commit_callbacks)
    assert certificate.serial == 1


def test_incomplete_participants_are_refused_with_reasons(programme):
    enrolment = EnrolmentFactory(cohort=programme["cohort"])

    with pytest.raises(services.NotEligible) as refused:
        services.issue(enrolment)

    reasons = " ".join(refused.value.reasons)
    assert "Modul 1 „Kriminologie“: noch 1 Pflichtaktivität offen." in reasons
    assert "Anwesenheit" in reasons
    assert not Certificate.objects.exists()
    assert not YearCounter.objects.filter(last_serial__gt=0).exists()


def test_a_cancelled_enrolment_gets_no_certificate(graduate):
    graduate.status = Enrolment.Status.CANCELLED
    graduate.save()

    with pytest.raises(services.NotEligible, match="abgebrochen"):
        services.issue(graduate)


def test_birth_date_only_where_the_programme_asks_for_it(
    graduate, programme, django_capture_on_commit_callbacks
):
    print_birth_date(programme, graduate, datetime.date(1984, 2, 29))

    certificate, _created = issue(graduate, django_capture_on_commit_callbacks)

    assert certificate.snapshot["holder"]["birth_date"] == "1984-02-29"


def test_a_missing_birth_date_is_a_reason_when_the_programme_prints_it(
    graduate, programme
):
    print_birth_date(programme, graduate)

    with pytest.raises(services.NotEligible, match="Geburtsdatum fehlt"):
        services.issue(graduate)


def test_single_module_participants_get_a_teilnahmebescheinigung_per_module(
    module_participant, programme, django_capture_on_commit_callbacks
):
    kriminologie, kriminalpraevention = programme["modules"][:2]

    candidates = [
        c
        for c in cohort_candidates(programme["cohort"])
        if c.enrolment == module_participant
    ]
    assert [(c.kind, c.module, c.eligible) for c in candidates] == [
        ("attendance", kriminologie, False),
        ("attendance", kriminalpraevention, True),
    ]
    with pytest.raises(services.NotEligible):
        services.issue(module_participant)
    with pytest.raises(services.NotEligible, match="Kriminologie"):
        services.issue(module_participant, module=kriminologie)

    certificate, _created = issue(
        module_participant,
        django_capture_on_commit_callbacks,
        module=kriminalpraevention,
    )
    assert certificate.kind == Certificate.Kind.ATTENDANCE
    assert certificate.snapshot["heading"] == "Teilnahmebescheinigung"
    (module,) = certificate.snapshot["modules"]
    assert module["title"] == "Kriminalprävention"
    assert module["units_attended"] == "8"
    assert module["first_day"] == "2025-03-05"


def test_whole_programme_participants_get_no_teilnahmebescheinigung(
    graduate, programme
):
    with pytest.raises(services.NotEligible):
        services.issue(graduate, module=programme["modules"][0])


def test_the_holder_is_mailed_when_the_pdf_is_ready(
    graduate, django_capture_on_commit_callbacks
):
    certificate, _created = issue(graduate, django_capture_on_commit_callbacks)

    (message,) = mail.outbox
    assert message.to == [graduate.user.email]
    assert message.subject == "Ihr Zertifikat ist ausgestellt"
    assert certificate.number in message.body
    assert "/lernen/" in message.body


def test_revoking_needs_a_reason_and_is_logged(
    graduate, lpr_office, django_capture_on_commit_callbacks
):
    certificate, _created = issue(graduate, django_capture_on_commit_callbacks)

    with pytest.raises(services.CertificateError, match="Grund"):
        services.revoke(certificate, reason="  ", by=lpr_office)
    services.revoke(certificate, reason="Täuschung festgestellt", by=lpr_office)

    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.REVOKED
    assert certificate.revoked_at is not None
    assert certificate.events.last().detail == "Täuschung festgestellt"
    assert certificate.events.last().actor == lpr_office
    with pytest.raises(services.CertificateError):
        services.revoke(certificate, reason="noch einmal", by=lpr_office)


def test_reissue_replaces_the_old_certificate_with_a_new_number(
    graduate, lpr_office, django_capture_on_commit_callbacks
):
    old, _created = issue(graduate, django_capture_on_commit_callbacks)
    graduate.user.last_name = "Weiß-Schneider"
    graduate.user.save()

    with django_capture_on_commit_callbacks(execute=True):
        new = services.reissue(old, reason="Namensänderung", by=lpr_office)

    old.refresh_from_db()
    new.refresh_from_db()
    assert old.status == Certificate.Status.REPLACED
    assert new.status == Certificate.Status.ISSUED
    assert new.replaces == old
    assert new.number != old.number and new.code != old.code
    assert new.holder_name == "Jürgen Weiß-Schneider"
    assert old.holder_name == "Jürgen Weiß"
    assert [e.action for e in CertificateEvent.objects.order_by("pk")] == [
        "issued",
        "reissued",
        "issued",
    ]
    assert "Namensänderung" in old.events.last().detail
    assert private_storage.exists(old.pdf.name)
    assert private_storage.exists(new.pdf.name)


def test_a_revoked_certificate_is_not_issued_again_by_a_plain_issue(
    graduate, programme, lpr_office, django_capture_on_commit_callbacks
):
    old, _created = issue(graduate, django_capture_on_commit_callbacks)
    services.revoke(old, reason="Irrtum", by=lpr_office)

    with pytest.raises(services.NotEligible, match="widerrufen"):
        services.issue(graduate)
    keys = [c.key for c in cohort_candidates(programme["cohort"])]
    with pytest.raises(services.CertificateError):
        services.start_batch(programme["cohort"], keys, by=lpr_office)
    (candidate,) = cohort_candidates(programme["cohort"])
    assert candidate.revoked == old and not candidate.can_issue


def test_a_revoked_certificate_can_be_reissued_deliberately(
    graduate, lpr_office, django_capture_on_commit_callbacks
):
    old, _created = issue(graduate, django_capture_on_commit_callbacks)
    services.revoke(old, reason="Irrtum", by=lpr_office)

    with django_capture_on_commit_callbacks(execute=True):
        new = services.reissue(old, reason="Widerruf war ein Irrtum", by=lpr_office)

    old.refresh_from_db()
    new.refresh_from_db()
    assert old.status == Certificate.Status.REVOKED
    assert new.status == Certificate.Status.ISSUED and new.replaces == old
    with pytest.raises(services.CertificateError):
        services.reissue(old, reason="noch einmal", by=lpr_office)
    assert Certificate.objects.count() == 2


def test_reissue_keeps_the_certified_content_and_updates_the_name(
    graduate, programme, lpr_office, django_capture_on_commit_callbacks
):
    old, _created = issue(graduate, django_capture_on_commit_callbacks)
    module = programme["modules"][0]
    module.title = "Kriminologie (neu)"
    module.teaching_units = 99
    module.save_revision().publish()
    graduate.user.first_name = "Jürgen-Maria"
    graduate.user.save()

    new = services.reissue(old, reason="Vorname ergänzt", by=lpr_office)

    assert new.snapshot["modules"] == old.snapshot["modules"]
    assert new.holder_name == "Jürgen-Maria Weiß"
    assert new.snapshot["issued_on"] == timezone.localdate().isoformat()


def test_no_reissue_for_a_cancelled_enrolment(
    graduate, lpr_office, django_capture_on_commit_callbacks
):
    old, _created = issue(graduate, django_capture_on_commit_callbacks)
    graduate.status = Enrolment.Status.CANCELLED
    graduate.save()

    with pytest.raises(services.CertificateError, match="abgebrochen"):
        services.reissue(old, reason="Name", by=lpr_office)
    old.refresh_from_db()
    assert old.status == Certificate.Status.ISSUED


def test_a_long_reason_fits_the_log(
    graduate, lpr_office, django_capture_on_commit_callbacks
):
    old, _created = issue(graduate, django_capture_on_commit_callbacks)

    new = services.reissue(old, reason="ä" * 400, by=lpr_office)

    assert len(old.events.last().detail) <= 500
    assert len(new.events.last().detail) <= 500


def test_bulk_issue_records_each_outcome(
    graduate, programme, lpr_office, django_capture_on_commit_callbacks
):
    other = EnrolmentFactory(cohort=programme["cohort"])
    complete(other, programme)
    keys = [c.key for c in cohort_candidates(programme["cohort"])]

    with django_capture_on_commit_callbacks(execute=True):
        batch = services.start_batch(programme["cohort"], keys, by=lpr_office)

    items = list(batch.items.all())
    assert [item.status for item in items] == ["done", "done"]
    assert sorted(c.serial for c in Certificate.objects.all()) == [1, 2]
    assert all(c.status == "issued" for c in Certificate.objects.all())


def test_bulk_issue_records_a_refusal_with_its_reason(
    graduate, programme, lpr_office, django_capture_on_commit_callbacks
):
    key = next(c.key for c in cohort_candidates(programme["cohort"]))
    with django_capture_on_commit_callbacks(execute=False):
        batch = services.start_batch(programme["cohort"], [key], by=lpr_office)
    graduate.status = Enrolment.Status.CANCELLED
    graduate.save()

    services.run_batch_item(batch.items.get().pk)

    item = batch.items.get()
    assert item.status == IssueBatchItem.Status.FAILED
    assert "abgebrochen" in item.error


def test_bulk_issue_refuses_an_empty_choice(programme, lpr_office):
    with pytest.raises(services.CertificateError, match="mindestens"):
        services.start_batch(programme["cohort"], ["0-0"], by=lpr_office)


def test_bulk_issue_waits_for_an_unreachable_broker_and_completes_later(
    graduate, programme, lpr_office, django_capture_on_commit_callbacks, monkeypatch
):
    from certificates import tasks
    from cms.core import outbox

    keys = [c.key for c in cohort_candidates(programme["cohort"])]
    with monkeypatch.context() as broker_away:
        broker_away.setattr(
            tasks.issue_batch_item_task, "apply_async", _broker_unreachable
        )
        with django_capture_on_commit_callbacks(execute=True):
            batch = services.start_batch(programme["cohort"], keys, by=lpr_office)

    item = batch.items.get()
    assert item.status == IssueBatchItem.Status.WAITING
    assert selectors.batch_waiting_for_broker(batch)
    assert not Certificate.objects.exists()

    later = timezone.now() + datetime.timedelta(minutes=1)
    outbox.redispatch(now=later)

    item.refresh_from_db()
    assert item.status == IssueBatchItem.Status.DONE
    assert item.certificate.status == Certificate.Status.ISSUED
    assert not selectors.batch_waiting_for_broker(batch)


def _broker_unreachable(*args, **kwargs):
    from kombu.exceptions import OperationalError

    raise OperationalError("Error 111 connecting to 127.0.0.1:6379.")


def test_a_module_needs_its_seminar_attendance_for_a_teilnahmebescheinigung(
    programme,
):
    enrolment = EnrolmentFactory(
        cohort=programme["cohort"], scope=Enrolment.Scope.MODULES
    )
    enrolment.modules.add(programme["modules"][1])
    lms_services.record_lesson_completion(
        enrolment=enrolment, lesson=programme["lessons"][1]
    )

    with pytest.raises(services.NotEligible) as refused:
        services.issue(enrolment, module=programme["modules"][1])

    assert refused.value.reasons == [
        "Modul 2 „Kriminalprävention“: Anwesenheit an den Seminarterminen 0 von 8 "
        "Unterrichtseinheiten (0 %); nötig sind 80 %."
    ]


class Crash(Exception):
    """Stands for a worker killed mid-task."""


def test_a_crash_while_writing_leaves_the_certificate_pending_without_a_file(
    graduate, django_capture_on_commit_callbacks, monkeypatch
):
    certificate, _created = services.issue(graduate, queue_render=False)

    def crash(*args):
        raise Crash

    # The storage writes whole files or none (tests/cms/test_storage.py).
    monkeypatch.setattr(services, "write_atomically", crash)
    with pytest.raises(Crash):
        services.render(certificate.pk)

    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.PENDING
    assert not certificate.pdf
    assert stored_names(private_storage) == []


def test_a_task_retried_after_dying_mid_task_leaves_exactly_one_pdf(
    graduate, django_capture_on_commit_callbacks, monkeypatch
):
    certificate, _created = services.issue(graduate, queue_render=False)

    # This attempt writes the file and dies before its transaction commits.
    save = Certificate.save

    def die(self, *args, **kwargs):
        raise Crash

    monkeypatch.setattr(Certificate, "save", die)
    with pytest.raises(Crash):
        services.render(certificate.pk)
    monkeypatch.setattr(Certificate, "save", save)
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.PENDING

    with django_capture_on_commit_callbacks(execute=True):
        services.render(certificate.pk)
        services.render(certificate.pk)

    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.ISSUED
    assert stored_names(private_storage) == [
        f"zertifikate/{certificate.year}/{certificate.number}.pdf"
    ]
    assert certificate.sha256 == hashlib.sha256(certificate.pdf.read()).hexdigest()
    assert len(mail.outbox) == 1


postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="concurrent transactions need PostgreSQL (SQLite has one writer)",
)


def _in_threads(count, work):
    """Run `work(i)` in `count` threads that start together; each thread has
    its own database connection."""
    from django.db import connections

    barrier = threading.Barrier(count)
    errors = []

    def run(index):
        try:
            barrier.wait()
            work(index)
        except Exception as error:  # collected and re-raised below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


@postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_issues_for_one_enrolment_create_one_certificate(
    programme, lpr_office
):
    enrolment = EnrolmentFactory(cohort=programme["cohort"])
    complete(enrolment, programme)

    _in_threads(6, lambda _i: services.issue(enrolment, by=lpr_office))

    (certificate,) = Certificate.objects.all()
    assert certificate.serial == 1
    assert YearCounter.objects.get().last_serial == 1
    assert certificate.status == Certificate.Status.ISSUED


@postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_issues_number_without_gaps_or_duplicates(programme):
    enrolments = []
    for _index in range(8):
        enrolment = EnrolmentFactory(
            cohort=programme["cohort"], user=UserFactory(groups=["Teilnehmende"])
        )
        complete(enrolment, programme)
        enrolments.append(enrolment)

    # Each enrolment is asked for twice, by different threads at once.
    _in_threads(
        16,
        lambda i: services.issue(enrolments[i % 8], queue_render=False),
    )

    serials = sorted(Certificate.objects.values_list("serial", flat=True))
    assert serials == list(range(1, 9))
    assert Certificate.objects.values("enrolment").distinct().count() == 8
