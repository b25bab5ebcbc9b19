"""Who may receive which certificate, read from the progress rules of `lms`.

Whole-programme participants who meet every rule get the Zertifikat;
participants booked for single modules get a Teilnahmebescheinigung for each
completed module. The rules themselves live in `lms.learning.progress`; the
reasons shown here are the ones the participant's dashboard shows.
"""

from dataclasses import dataclass, field

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from lms.learning.models import Enrolment
from lms.learning.progress import programme_progress

from .models import Certificate
from .policies import is_issuable, may_issue_early


@dataclass
class Candidate:
    """One certificate an enrolment could receive."""

    enrolment: Enrolment
    kind: str
    module_progress: object = None  # lms.learning.progress.ModuleProgress for a module
    progress: object = None  # lms.learning.progress.ProgrammeProgress
    reasons: list = field(default_factory=list)
    certificate: Certificate | None = None  # the valid one, if issued
    revoked: Certificate | None = None  # the last revoked one, if no valid one

    @property
    def module(self):
        return self.module_progress.page if self.module_progress else None

    @property
    def eligible(self):
        return not self.reasons

    @property
    def period_end(self):
        """The last day of the certified period: the end of the module's last
        seminar day for a Teilnahmebescheinigung, the cohort's end for the
        Zertifikat (and for a module without seminar days)."""
        if self.module_progress is not None and self.module_progress.period_end:
            return timezone.localdate(self.module_progress.period_end)
        return self.enrolment.cohort.end_date

    @property
    def early(self):
        """Whether the certified period is not over yet: issuing now needs
        the office's logged reason (`services.issue(early_reason=...)`)."""
        return timezone.localdate() < self.period_end

    @property
    def can_issue(self):
        return is_issuable(self)

    @property
    def can_issue_early(self):
        return may_issue_early(self)

    @property
    def key(self):
        """The value of the check box in the issue form."""
        module_id = self.module.pk if self.module else 0
        return f"{self.enrolment.pk}-{module_id}"


def _candidates(progress):
    enrolment = progress.enrolment
    blockers = []
    if enrolment.status == Enrolment.Status.CANCELLED:
        blockers.append(_("Die Einschreibung ist abgebrochen."))
    programme = enrolment.cohort.programme
    if progress.whole_programme:
        reasons = blockers + progress.certificate_missing
        if programme.certificate_shows_birth_date and not _birth_date(enrolment):
            reasons.append(
                _(
                    "Das Geburtsdatum fehlt; in diesem Lehrgang steht es auf dem "
                    "Zertifikat. Die Person trägt es unter „Meine Angaben“ ein."
                )
            )
        return [
            Candidate(
                enrolment,
                Certificate.Kind.CERTIFICATE,
                progress=progress,
                reasons=reasons,
            )
        ]
    return [
        Candidate(
            enrolment,
            Certificate.Kind.ATTENDANCE,
            module_progress=module,
            progress=progress,
            reasons=blockers + module.attendance_certificate_missing,
        )
        for module in progress.modules
    ]


def _birth_date(enrolment):
    profile = getattr(enrolment.user, "participant_profile", None)
    return profile.date_of_birth if profile else None


def candidates_for(enrolments):
    """Every certificate the enrolments could receive, with the reasons why
    not yet and the valid certificate already issued. Queries do not grow
    with the number of enrolments."""
    enrolments = list(enrolments)
    progress = programme_progress(enrolments)
    valid, revoked = {}, {}
    for certificate in Certificate.objects.filter(
        enrolment__in=enrolments,
        status__in=[*Certificate.VALID, Certificate.Status.REVOKED],
    ).order_by("revoked_at"):
        key = (certificate.enrolment_id, certificate.module_id)
        if certificate.status == Certificate.Status.REVOKED:
            revoked[key] = certificate
        else:
            valid[key] = certificate
    result = []
    for enrolment in enrolments:
        for candidate in _candidates(progress[enrolment.pk]):
            key = (enrolment.pk, candidate.module.pk if candidate.module else None)
            candidate.certificate = valid.get(key)
            if candidate.certificate is None and key in revoked:
                candidate.revoked = revoked[key]
                candidate.reasons.append(_revoked_reason(candidate.revoked))
            result.append(candidate)
    return result


def _revoked_reason(certificate):
    return _(
        "%(number)s wurde am %(date)s widerrufen. Eine neue Bescheinigung gibt es "
        "nur über „Neu ausstellen“ auf der Seite der widerrufenen."
    ) % {
        "number": certificate.number,
        "date": formats.date_format(timezone.localdate(certificate.revoked_at)),
    }


def cohort_candidates(cohort):
    enrolments = (
        Enrolment.objects.filter(cohort=cohort)
        .select_related("user__participant_profile", "cohort__programme")
        .order_by("user__last_name", "user__first_name", "pk")
    )
    return candidates_for(enrolments)


def candidate(enrolment, module=None):
    """The candidate for one enrolment (and module), or None if the
    enrolment cannot receive that kind at all."""
    for item in candidates_for([enrolment]):
        if (item.module.pk if item.module else None) == (module.pk if module else None):
            return item
    return None
