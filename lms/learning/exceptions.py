"""Domain errors of the learner record, with messages fit for the user."""


class LearnerRecordError(Exception):
    """Base class; `str(error)` is a German sentence for the user."""


class NoAttemptsLeft(LearnerRecordError):
    pass
