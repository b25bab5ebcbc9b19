"""Revoking asks for confirmation and tells the holder, with the reason."""

from certificates.models import Certificate
from tests.certificates.test_admin import certificate_url


def test_revoking_without_confirmation_changes_nothing_and_keeps_the_reason(
    client,
    lpr_office,
    certificate,
):
    client.force_login(lpr_office)
    response = client.post(
        certificate_url(certificate),
        {"action": "revoke", "revoke-reason": "Täuschung im Praxisprojekt"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bitte bestätigen Sie den Widerruf." in html
    assert 'href="#id_revoke-confirm"' in html
    assert "Täuschung im Praxisprojekt</textarea>" in html
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.ISSUED


def test_the_holder_is_mailed_the_revocation_and_its_reason(
    client,
    lpr_office,
    certificate,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    client.force_login(lpr_office)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            certificate_url(certificate),
            {
                "action": "revoke",
                "revoke-reason": "Täuschung im Praxisprojekt",
                "revoke-confirm": "on",
            },
        )
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.REVOKED
    [mail] = mailoutbox
    assert mail.to == [certificate.enrolment.user.email]
    assert mail.subject == "Ihr Zertifikat wurde widerrufen"
    assert certificate.number in mail.body
    assert "Täuschung im Praxisprojekt" in mail.body
    assert "nicht mehr gültig" in mail.body


def test_the_revoke_form_names_its_consequences(client, lpr_office, certificate):
    client.force_login(lpr_office)
    html = client.get(certificate_url(certificate)).content.decode()
    assert 'name="revoke-confirm"' in html
    assert "Ein Widerruf lässt sich nicht rückgängig machen." in html
