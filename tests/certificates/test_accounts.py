from certificates import services
from certificates.models import Certificate
from tests.factories import UserFactory


def _issued_attendance(enrolment, programme, capture):
    with capture(execute=True):
        certificate, _created = services.issue(
            enrolment, module=programme["modules"][1]
        )
    return certificate


def test_a_certificate_holder_is_not_deleted(
    client, module_participant, programme, django_capture_on_commit_callbacks
):
    certificate = _issued_attendance(
        module_participant, programme, django_capture_on_commit_callbacks
    )
    client.force_login(UserFactory(is_superuser=True))

    response = client.post(
        f"/admin/users/delete/{module_participant.user.pk}/", follow=True
    )

    assert "das Zertifikatsregister muss prüfbar bleiben" in response.content.decode()
    assert Certificate.objects.filter(pk=certificate.pk).exists()


def test_holders_are_not_deleted_in_bulk_either(
    client, module_participant, programme, django_capture_on_commit_callbacks
):
    _issued_attendance(
        module_participant, programme, django_capture_on_commit_callbacks
    )
    other = UserFactory()
    client.force_login(UserFactory(is_superuser=True))

    response = client.post(
        "/admin/bulk/auth/user/delete/?next=/admin/users/"
        f"&id={module_participant.user.pk}&id={other.pk}",
        follow=True,
    )

    assert "Ein Konto gehört zu ausgestellten Zertifikaten" in response.content.decode()
    assert Certificate.objects.exists()
