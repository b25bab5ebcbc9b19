"""The course as a page tree: programme → module → activities.

No learner state lives here; `lms` adds it through hooks, template tags and
its own views. The models live in one module per job and are re-exported
here, so `from modules.models import X` and the migrations keep their paths.
"""

from .activities import (
    ActivityPage,
    LessonPage,
    QuizPage,
    ReviewTiming,
    SessionPage,
)
from .assignment import (
    FILE_TYPE_CHOICES,
    AssignmentPage,
    AssignmentPageForm,
    default_file_types,
)
from .programme import ModulePage, ProgrammePage

__all__ = [
    "FILE_TYPE_CHOICES",
    "ActivityPage",
    "AssignmentPage",
    "AssignmentPageForm",
    "LessonPage",
    "ModulePage",
    "ProgrammePage",
    "QuizPage",
    "ReviewTiming",
    "SessionPage",
    "default_file_types",
]
