"""Who may do what in the learner record: see the course content (enrolled
participants and staff), grade, attempt a knowledge check again, see what
the review of an attempt reveals."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, ReferenceIndex

from modules.models import ActivityPage, ReviewTiming

from .models import Cohort, Enrolment
from .progress import programme_progress


def is_staff_member(user):
    """Trainers, editors and the LPR office: everyone with admin access."""
    return user.has_perm("wagtailadmin.access_admin")


def cohorts_for(user):
    """The cohorts a staff member looks after: all for the LPR office, the
    assigned ones for a trainer, none for anyone else."""
    cohorts = Cohort.objects.select_related("programme")
    if not user.is_authenticated or not user.is_active:
        return cohorts.none()
    if user.has_perm("lms.view_cohort"):
        return cohorts
    return cohorts.filter(trainers=user)


def attempts_allowed(quiz, *, granted=0):
    """How many attempts `quiz` allows in all: its limit plus the attempts a
    trainer `granted`; None when it allows any number."""
    return quiz.max_attempts + granted if quiz.max_attempts else None


def attempts_left(quiz, *, used, granted=0):
    """How many more attempts at `quiz` a participant may make who `used`
    some and was `granted` extra ones; None when any number is allowed.
    Used by the service that scores an attempt, by progress and (through
    progress) by the trainers' list of exhausted knowledge checks."""
    allowed = attempts_allowed(quiz, granted=granted)
    return None if allowed is None else max(allowed - used, 0)


@dataclass(frozen=True)
class ReviewShows:
    """What the review of an attempt at a knowledge check shows besides the
    score and the participant's own choices."""

    correctness: bool
    explanation: bool
    solution: bool


def review_open(timing, *, passed, attempts_left):
    """Whether information reviewed at `timing` (a ReviewTiming) is shown to
    a participant who has `passed` the knowledge check (in any attempt) and
    has `attempts_left` more (None: any number, so never none left)."""
    none_left = attempts_left == 0
    return {
        ReviewTiming.IMMEDIATELY: True,
        ReviewTiming.PASSED_OR_NO_ATTEMPTS_LEFT: passed or none_left,
        ReviewTiming.PASSED: passed,
        ReviewTiming.NO_ATTEMPTS_LEFT: none_left,
        ReviewTiming.NEVER: False,
    }.get(timing, False)


def review_shows(quiz, *, passed, attempts_left):
    """What the review of any attempt at `quiz` shows now, by the quiz's
    review options, to a participant who has `passed` it and has
    `attempts_left` (from `attempts_left()`, granted ones counted)."""
    standing = {"passed": passed, "attempts_left": attempts_left}
    return ReviewShows(
        correctness=review_open(quiz.review_correctness, **standing),
        explanation=review_open(quiz.review_explanation, **standing),
        solution=review_open(quiz.review_solution, **standing),
    )


def learner_progress(user, page):
    """The progress of `user` in the programme that contains `page`, or None
    when the user has no active or completed enrolment there.

    For a page inside a module only that module is computed (with the
    modules before it, where they open one after the other): what the
    page shows and whether it may be opened, not the programme's figures.
    """
    if not user.is_authenticated:
        return None
    steplen = Page.steplen
    enrolment = (
        Enrolment.objects.for_user(user)
        .with_course_access()
        .filter(
            cohort__programme__path__in=[
                page.path[:end] for end in range(steplen, len(page.path) + 1, steplen)
            ]
        )
        .select_related("cohort__programme")
        .order_by("-cohort__start_date")
        .first()
    )
    if enrolment is None:
        return None
    programme = enrolment.cohort.programme
    module_path = None
    if page.depth > programme.depth:
        module_path = page.path[: len(programme.path) + steplen]
    return programme_progress([enrolment], module_path=module_path)[enrolment.pk]


def may_download(user, document):
    """Who may download `document`, judged by the live pages that use it:
    anyone if a public page uses it, otherwise staff and the participants
    who may open one of the activities that use it."""
    page_ids = (
        ReferenceIndex.get_references_to(document)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    )
    pages = Page.objects.live().filter(pk__in=list(page_ids)).specific()
    if any(not isinstance(page, ActivityPage) for page in pages):
        return True
    if not user.is_authenticated:
        return False
    if is_staff_member(user):
        return True
    for page in pages:
        progress = learner_progress(user, page)
        if progress is not None and progress.can_open(page.pk):
            return True
    return False
