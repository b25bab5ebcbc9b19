"""The participant's side: the panel on /lernen/ and the answer form."""

from unittest import mock

import pytest
from django.urls import reverse

from lms.evaluation.models import Answer, Participation


@pytest.fixture
def url(questionnaire):
    return reverse("evaluation_answer", args=[questionnaire.pk])


def _data(questionnaire, rating="4", text="Mehr Fallbeispiele."):
    scale, free = questionnaire.questions.all()
    data = {f"frage-{free.pk}": text}
    if rating:
        data[f"frage-{scale.pk}"] = rating
    return data


def test_the_dashboard_invites_the_cohort_to_answer(client, questionnaire, member, url):
    client.force_login(member)
    response = client.get(reverse("dashboard"))
    assert "Ihre Meinung ist gefragt" in response.text
    assert url in response.text


def test_the_dashboard_of_another_cohort_shows_nothing(client, questionnaire, outsider):
    client.force_login(outsider)
    response = client.get(reverse("dashboard"))
    assert "Ihre Meinung ist gefragt" not in response.text


def test_a_draft_is_not_offered(client, questionnaire, member):
    questionnaire.status = "draft"
    questionnaire.save()
    client.force_login(member)
    assert "Ihre Meinung ist gefragt" not in client.get(reverse("dashboard")).text


def test_the_form_has_a_fieldset_with_legend_and_german_labels(
    client, questionnaire, member, url
):
    client.force_login(member)
    html = client.get(url).text
    assert "<legend>Die Inhalte waren für meine Arbeit nützlich." in html
    assert "trifft voll und ganz zu" in html
    assert "trifft überhaupt nicht zu" in html
    assert 'type="radio"' in html
    assert "<textarea" in html


def test_answering_thanks_and_stores_anonymously(client, questionnaire, member, url):
    client.force_login(member)
    response = client.post(url, _data(questionnaire), follow=True)
    assert "Vielen Dank! Ihre Antworten sind anonym gespeichert." in response.text
    assert Participation.objects.filter(user=member).count() == 1
    assert Answer.objects.count() == 2
    assert "beantwortet – vielen Dank" in response.text


def test_a_missing_rating_is_named_and_the_typed_text_kept(
    client, questionnaire, member, url
):
    client.force_login(member)
    response = client.post(url, _data(questionnaire, rating="", text="Mein Text."))
    assert response.status_code == 200
    assert "Bitte prüfen Sie Ihre Eingaben" in response.text
    assert (
        "Die Inhalte waren für meine Arbeit nützlich.: Bitte wählen Sie eine "
        "Stufe der Skala." in response.text
    )
    assert "Mein Text.</textarea>" in response.text
    assert not Participation.objects.exists()


def test_a_rating_off_the_scale_is_refused(client, questionnaire, member, url):
    client.force_login(member)
    response = client.post(url, _data(questionnaire, rating="9"))
    assert "Bitte wählen Sie eine Stufe der Skala." in response.text
    assert not Answer.objects.exists()


def test_a_too_long_text_is_named_and_kept(client, questionnaire, member, url):
    client.force_login(member)
    response = client.post(url, _data(questionnaire, text="x" * 3001))
    assert "höchstens 3000 Zeichen (jetzt 3001)" in response.text
    assert "x" * 3001 in response.text
    assert not Answer.objects.exists()


def test_a_second_attempt_is_refused_politely(client, questionnaire, member, url):
    client.force_login(member)
    client.post(url, _data(questionnaire, rating="5"))
    for response in (client.get(url), client.post(url, _data(questionnaire, "1"))):
        assert response.status_code == 200
        assert "Sie haben diese Befragung bereits beantwortet" in response.text
    assert list(
        Answer.objects.exclude(rating=None).values_list("rating", flat=True)
    ) == [5]


def test_two_tabs_sent_one_after_the_other_give_one_answer(
    client, questionnaire, member, url
):
    """Both tabs passed the check before either saved: the database's
    unique constraint lets only the first through."""
    client.force_login(member)
    with mock.patch("lms.evaluation.views.has_answered", return_value=False):
        first = client.post(url, _data(questionnaire, rating="5"))
        second = client.post(url, _data(questionnaire, rating="1"))
    assert first.status_code == 302
    assert "Sie haben diese Befragung bereits beantwortet" in second.text
    assert Participation.objects.count() == 1
    assert list(
        Answer.objects.exclude(rating=None).values_list("rating", flat=True)
    ) == [5]


def test_another_cohort_can_neither_see_nor_answer(
    client, questionnaire, outsider, url
):
    client.force_login(outsider)
    assert client.get(url).status_code == 403
    assert client.post(url, _data(questionnaire)).status_code == 403
    assert not Answer.objects.exists()


def test_a_closed_questionnaire_says_so(client, questionnaire, member, url):
    questionnaire.status = "closed"
    questionnaire.save()
    client.force_login(member)
    response = client.post(url, _data(questionnaire))
    assert "Diese Befragung ist nicht geöffnet." in response.text
    assert not Answer.objects.exists()


def test_anonymous_visitors_are_sent_to_login(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert "/konto/anmelden/" in response["Location"]
