"""Who may do what with a practice project. Views, mails and services ask
these functions; none of them restates a rule."""

from django.utils import timezone
from django.utils.translation import gettext as _

from lms.learning.models import Enrolment
from lms.learning.policies import cohorts_for, is_staff_member

from .models import Review, Submission, SubmissionVersion
from .selectors import resubmissions_left


def gradable_enrolments(user):
    """The enrolments `user` grades: those of the cohorts a trainer is
    assigned to, all for the LPR office, none for anyone without admin
    access."""
    if not is_staff_member(user):
        return Enrolment.objects.none()
    return Enrolment.objects.filter(cohort__in=cohorts_for(user))


def gradable_versions(user):
    """Handed-in versions of the enrolments `user` grades."""
    return SubmissionVersion.objects.filter(
        submitted_at__isnull=False,
        submission__enrolment__in=gradable_enrolments(user),
    )


def may_read_version(user, version):
    """A version and its attachments and PDF: the owner always (drafts too),
    the graders once it is handed in."""
    if version.submission.enrolment.user_id == user.pk:
        return True
    return gradable_versions(user).filter(pk=version.pk).exists()


def may_start_revision(submission, page):
    """After „Überarbeitung erbeten“, while the brief allows another
    hand-in. (An open draft is worked on instead; see `open_draft`.)"""
    return (
        submission.status == Submission.Status.REVISION
        and resubmissions_left(submission, page) > 0
    )


def review_problems(page, submission, version, scores, decision, release):
    """Why a review cannot be released, as German sentences; none for a
    review saved as a draft."""
    problems = []
    if not release:
        return problems
    unscored = any(score["points"] is None for score in scores)
    if unscored:
        problems.append(_("Bitte bewerten Sie jedes Kriterium."))
    total = sum(score["points"] or 0 for score in scores)
    if not decision:
        problems.append(_("Bitte wählen Sie eine Entscheidung."))
    elif (
        decision == Review.Decision.PASSED and not unscored and total < page.pass_points
    ):
        problems.append(
            _(
                "„Bestanden“ setzt mindestens %(pass)s Punkte voraus; vergeben "
                "sind %(points)s."
            )
            % {"pass": page.pass_points, "points": total}
        )
    elif decision == Review.Decision.REVISION and not resubmissions_left(
        submission, page
    ):
        problems.append(
            _(
                "Es ist keine weitere Überarbeitung erlaubt (höchstens %(count)s). "
                "Bitte entscheiden Sie über „bestanden“ oder „nicht bestanden“."
            )
            % {"count": page.max_resubmissions}
        )
    return problems


def revision_due_problems(decision, revision_due_at, now=None):
    """Why a revision's due date cannot be set, as German sentences: only
    with „Überarbeitung erbeten“, and not in the past."""
    if revision_due_at is None:
        return []
    if decision != Review.Decision.REVISION:
        return [
            _(
                "Eine Frist für die Überarbeitung können Sie nur mit der "
                "Entscheidung „Überarbeitung erbeten“ setzen."
            )
        ]
    if revision_due_at <= (now or timezone.now()):
        return [
            _("Die Frist für die Überarbeitung darf nicht in der Vergangenheit liegen.")
        ]
    return []
