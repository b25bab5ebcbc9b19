"""Why an answer to a questionnaire is refused."""


class EvaluationError(Exception):
    """Base of the refusals; the message is German and shown as it is."""


class AlreadyAnswered(EvaluationError):
    pass


class NotOpen(EvaluationError):
    pass
