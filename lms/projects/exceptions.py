"""Refusals of the practice project; the message is German and for the user."""

from lms.learning.exceptions import LearnerRecordError


class EditConflict(LearnerRecordError):
    """Someone saved the same draft or review meanwhile."""


class NotEditable(LearnerRecordError):
    """The version or review is final, or the project is decided."""


class SubmissionRefused(LearnerRecordError):
    """The hand-in or release is incomplete or too late."""
