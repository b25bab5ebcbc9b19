"""One open questionnaire for the demo cohort, so that `teilnehmerin` finds
it on /lernen/ and `lpr` in „Evaluation“."""

from lms.evaluation.models import Question, Questionnaire
from lms.learning.models import Cohort
from modules.models import ModulePage

from .learners import COHORT_NAME

TITLE = "Rückmeldung zum Modul"
QUESTIONS = [
    ("Die Inhalte des Moduls sind für meine Arbeit nützlich.", Question.Kind.SCALE),
    ("Das Seminarwochenende war gut organisiert.", Question.Kind.SCALE),
    ("Die Trainerinnen und Trainer haben verständlich erklärt.", Question.Kind.SCALE),
    ("Was sollten wir beim nächsten Durchgang ändern?", Question.Kind.TEXT),
]


def seed(*, programme, log):
    """Open „Rückmeldung zum Modul“ on module 1 of the demo cohort; a second
    run changes nothing."""
    cohort = Cohort.objects.filter(programme=programme, name=COHORT_NAME).first()
    module = ModulePage.objects.child_of(programme).order_by("number").first()
    if cohort is None or module is None:
        return
    if Questionnaire.objects.filter(cohort=cohort, title=TITLE).exists():
        return
    questionnaire = Questionnaire.objects.create(
        title=TITLE,
        cohort=cohort,
        module=module,
        intro="Ihre Rückmeldung hilft uns, den Lehrgang zu verbessern.",
        status=Questionnaire.Status.OPEN,
    )
    for index, (text, kind) in enumerate(QUESTIONS):
        Question.objects.create(
            questionnaire=questionnaire, text=text, kind=kind, sort_order=index
        )
    log(f"Befragung „{TITLE}“ für {COHORT_NAME} geöffnet.")
