"""Writing answers: once per person, anonymously."""

import random

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from .exceptions import AlreadyAnswered, NotOpen
from .models import Answer, Participation, Questionnaire
from .policies import is_participant


def submit_answers(*, questionnaire, user, ratings, texts):
    """Record `user`'s answers to `questionnaire`: `ratings` maps question
    ids to 1–5, `texts` question ids to free text (empty ones are skipped).

    The participation is written first: the unique constraint lets only one
    of two simultaneous submissions (two tabs) through; the other raises
    AlreadyAnswered and writes nothing. The answer rows are inserted in
    random order and carry no person, time or ordered key."""
    with transaction.atomic():
        current = Questionnaire.objects.select_for_update().get(pk=questionnaire.pk)
        if not current.is_open or not is_participant(user, current):
            raise NotOpen(_("Diese Befragung ist nicht (mehr) geöffnet."))
        try:
            with transaction.atomic():
                Participation.objects.create(questionnaire=current, user=user)
        except IntegrityError:
            raise AlreadyAnswered(
                _("Sie haben diese Befragung bereits beantwortet. Vielen Dank!")
            ) from None
        answers = [
            Answer(question_id=question_id, rating=rating)
            for question_id, rating in ratings.items()
        ] + [
            Answer(question_id=question_id, text=text.strip())
            for question_id, text in texts.items()
            if text.strip()
        ]
        random.shuffle(answers)
        Answer.objects.bulk_create(answers)
