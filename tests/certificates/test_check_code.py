"""The short check code printed on every document: typed by hand, in any
case, with or without separators, it opens the check result."""

import re

from certificates.forms import normalised_check_code
from certificates.models import CHECK_CODE_ALPHABET, new_check_code
from tests.certificates.test_pdf import flat, issued

VERIFY = "/zertifikate/pruefen/"


def test_check_codes_avoid_look_alikes_and_are_printed_in_groups(
    graduate, django_capture_on_commit_callbacks
):
    assert not set("0O1IL") & set(CHECK_CODE_ALPHABET)
    assert len({new_check_code() for _ in range(50)}) == 50
    certificate, reader = issued(graduate, django_capture_on_commit_callbacks)
    assert re.fullmatch(
        r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", certificate.printed_check_code
    )
    assert f"Prüfcode {certificate.printed_check_code}" in flat(reader)


def test_any_case_and_any_separators_are_accepted():
    assert normalised_check_code("k7qm 4xpa-9rte") == "K7QM4XPA9RTE"
    assert normalised_check_code("K7QM–4XPA–9RTE") == "K7QM4XPA9RTE"
    assert normalised_check_code("K7QM-4XPA-9RT") is None
    assert normalised_check_code("K7QM-4XPA-9RT0") is None


def test_number_and_typed_check_code_open_the_result(client, certificate):
    typed = certificate.printed_check_code.lower().replace("-", " ")
    response = client.post(
        VERIFY,
        {"pruefung": "nummer", "number": certificate.number.lower(), "code": typed},
    )
    assert response.status_code == 302
    assert response["Location"] == f"/zertifikate/pruefen/{certificate.code}/"


def test_a_wrong_check_code_is_unknown(client, certificate):
    wrong = "".join("A" if char != "A" else "B" for char in certificate.check_code)
    response = client.post(
        VERIFY, {"pruefung": "nummer", "number": certificate.number, "code": wrong}
    )
    assert response.status_code == 200
    assert response.context["code_unknown"]


def test_the_long_code_of_the_address_still_works(client, certificate):
    response = client.post(
        VERIFY,
        {
            "pruefung": "nummer",
            "number": certificate.number,
            "code": f"https://example.org/zertifikate/pruefen/{certificate.code}/",
        },
    )
    assert response["Location"] == f"/zertifikate/pruefen/{certificate.code}/"
