"""The trainers' grading in the Wagtail admin: the queue of hand-ins
(`queue`), the review of one version (`review`) and the project file of a
participant (`project`). The views are registered from this package.
"""

from .project import ProjectView
from .queue import GradingIndexView, waiting_for_grading
from .review import ReviewView

__all__ = ["GradingIndexView", "ProjectView", "ReviewView", "waiting_for_grading"]
