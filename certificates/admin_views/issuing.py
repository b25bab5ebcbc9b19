"""Issuing: the cohorts, a cohort's candidates (issue one, the selected or
all eligible), and the progress of a bulk issue. Every write goes through
`certificates.services`; what may be issued is `certificates.policies`."""

from collections import defaultdict

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView

from lms.learning.models import Cohort, Enrolment

from .. import services
from ..eligibility import candidates_for, cohort_candidates
from ..models import Certificate, IssueBatch, IssueBatchItem
from ..policies import is_issuable, issuable_keys
from ..selectors import batch_waiting_for_broker, render_waiting_for_broker
from .base import CertificateAdminMixin

COHORTS_PER_PAGE = 20
RECENT_BATCHES = 10
NOTHING_CHOSEN = gettext_lazy(
    "Es wurde nichts ausgestellt. Bitte wählen Sie mindestens eine Person aus, "
    "die die Voraussetzungen erfüllt und noch keine gültige Bescheinigung hat."
)


def _batch_counts(batches):
    return batches.annotate(
        total=Count("items"),
        done=Count("items", filter=Q(items__status=IssueBatchItem.Status.DONE)),
        failed=Count("items", filter=Q(items__status=IssueBatchItem.Status.FAILED)),
    )


class IndexView(CertificateAdminMixin, TemplateView):
    """The cohorts, newest first, with how many can receive a certificate."""

    index_title = None
    page_title = gettext_lazy("Zertifikate")
    template_name = "certificates/admin/index.html"

    def get_context_data(self, **kwargs):
        page_obj = Paginator(_cohorts_with_counts(), COHORTS_PER_PAGE).get_page(
            self.request.GET.get("p")
        )
        issuable = _issuable_per_cohort(page_obj)
        return super().get_context_data(
            page_obj=page_obj,
            elided_pages=page_obj.paginator.get_elided_page_range(page_obj.number),
            cohorts=[(cohort, issuable[cohort.pk]) for cohort in page_obj],
            batches=_batch_counts(
                IssueBatch.objects.select_related("cohort", "created_by")
            )[:RECENT_BATCHES],
            **kwargs,
        )


def _cohorts_with_counts():
    """Cohorts, newest first, with their participants and valid certificates."""
    return (
        Cohort.objects.select_related("programme")
        .annotate(
            participants=Count("enrolments", distinct=True),
            issued=Count(
                "enrolments__certificates",
                filter=Q(enrolments__certificates__status__in=Certificate.VALID),
                distinct=True,
            ),
        )
        .order_by("-start_date", "-pk")
    )


def _issuable_per_cohort(cohorts):
    """How many candidates of each cohort may be issued now."""
    issuable = defaultdict(int)
    enrolments = Enrolment.objects.filter(cohort__in=list(cohorts)).select_related(
        "user__participant_profile", "cohort__programme"
    )
    for candidate in candidates_for(enrolments):
        issuable[candidate.enrolment.cohort_id] += is_issuable(candidate)
    return issuable


def report_issued(request, certificate, created):
    if created and render_waiting_for_broker(certificate):
        messages.warning(
            request,
            _(
                "Die Bescheinigung %(number)s ist ausgestellt und wird erstellt, "
                "sobald der Hintergrunddienst erreichbar ist."
            )
            % {"number": certificate.number},
        )
    elif created:
        messages.success(
            request,
            _("Die Bescheinigung %(number)s wird erstellt.")
            % {"number": certificate.number},
        )
    else:
        messages.info(
            request,
            _("Es gibt bereits eine gültige Bescheinigung: %(number)s.")
            % {"number": certificate.number},
        )


class CohortView(CertificateAdminMixin, TemplateView):
    """A cohort's participants, what each could receive and why not yet;
    issue one, the selected or all that are eligible."""

    template_name = "certificates/admin/cohort.html"

    def load_objects(self, cohort_id):
        self.cohort = get_object_or_404(
            Cohort.objects.select_related("programme"), pk=cohort_id
        )

    def get_page_title(self):
        return _("Zertifikate: %(cohort)s") % {"cohort": self.cohort.name}

    def get_context_data(self, **kwargs):
        candidates = cohort_candidates(self.cohort)
        return super().get_context_data(
            cohort=self.cohort,
            candidates=candidates,
            issuable=len(issuable_keys(candidates)),
            any_revoked=any(candidate.revoked for candidate in candidates),
            **kwargs,
        )

    def post(self, request, cohort_id):
        if "issue_one" in request.POST:
            return self.issue_one(request.POST["issue_one"])
        if "issue_early" in request.POST:
            key = request.POST["issue_early"]
            return self.issue_one(
                key, early_reason=request.POST.get(f"early_reason-{key}", "")
            )
        return self.issue_chosen(request, self.chosen_keys(request))

    def issue_chosen(self, request, keys):
        """Issue the chosen candidates in the background, as one batch."""
        if not keys:
            messages.error(request, NOTHING_CHOSEN)
            return redirect("certificates_admin:cohort", self.cohort.pk)
        try:
            batch = services.start_batch(self.cohort, keys, by=request.user)
        except services.CertificateError as error:
            messages.error(request, str(error))
            return redirect("certificates_admin:cohort", self.cohort.pk)
        if batch_waiting_for_broker(batch):
            messages.warning(
                request,
                ngettext(
                    "Eine Bescheinigung wird ausgestellt, sobald der "
                    "Hintergrunddienst erreichbar ist.",
                    "%(count)s Bescheinigungen werden ausgestellt, sobald der "
                    "Hintergrunddienst erreichbar ist.",
                    len(keys),
                )
                % {"count": len(keys)},
            )
        else:
            messages.success(
                request,
                ngettext(
                    "Eine Bescheinigung wird ausgestellt.",
                    "%(count)s Bescheinigungen werden ausgestellt.",
                    len(keys),
                )
                % {"count": len(keys)},
            )
        return redirect("certificates_admin:batch", batch.pk)

    def chosen_keys(self, request):
        """The chosen keys that can be issued now; the others are reported."""
        issuable = issuable_keys(cohort_candidates(self.cohort))
        if request.POST.get("action") == "all":
            keys = issuable
        else:
            keys = set(request.POST.getlist("keys"))
        refused = keys - issuable
        if refused:
            messages.warning(
                request,
                ngettext(
                    "Eine Bescheinigung wurde nicht ausgestellt: Die "
                    "Voraussetzungen sind nicht erfüllt oder es gibt sie bereits.",
                    "%(count)s Bescheinigungen wurden nicht ausgestellt: Die "
                    "Voraussetzungen sind nicht erfüllt oder es gibt sie bereits.",
                    len(refused),
                )
                % {"count": len(refused)},
            )
        return keys & issuable

    def issue_one(self, key, *, early_reason=""):
        request = self.request
        chosen = next((c for c in cohort_candidates(self.cohort) if c.key == key), None)
        if chosen is None:
            messages.error(
                request, _("Diese Person gehört nicht (mehr) zu diesem Durchgang.")
            )
            return redirect("certificates_admin:cohort", self.cohort.pk)
        try:
            certificate, created = services.issue(
                chosen.enrolment,
                module=chosen.module,
                by=request.user,
                early_reason=early_reason,
            )
        except services.CertificateError as error:
            messages.error(
                request,
                _("Nicht ausgestellt: %(reason)s") % {"reason": error},
            )
            return redirect("certificates_admin:cohort", self.cohort.pk)
        report_issued(request, certificate, created)
        return redirect("certificates_admin:certificate", certificate.pk)


class BatchView(CertificateAdminMixin, TemplateView):
    """The progress of a bulk issue; `?partial=1` answers with the progress
    region only, for the page's own refresh."""

    template_name = "certificates/admin/batch.html"
    partial_template_name = "certificates/admin/batch_progress.html"

    def load_objects(self, batch_id):
        self.batch = get_object_or_404(
            IssueBatch.objects.select_related("cohort", "created_by"), pk=batch_id
        )

    def breadcrumb_cohort(self):
        return self.batch.cohort

    def get_page_title(self):
        return _("Sammelausstellung vom %(date)s") % {
            "date": date_format(timezone.localtime(self.batch.created_at), "d.m.Y, H:i")
        }

    def get_template_names(self):
        if self.request.GET.get("partial"):
            return [self.partial_template_name]
        return [self.template_name]

    def get_context_data(self, **kwargs):
        items = list(
            self.batch.items.select_related("enrolment__user", "module", "certificate")
        )
        statuses = [item.status for item in items]
        waiting = statuses.count(IssueBatchItem.Status.WAITING)
        return super().get_context_data(
            batch=self.batch,
            items=items,
            total=len(items),
            finished=len(items) - waiting,
            waiting=waiting,
            failed=statuses.count(IssueBatchItem.Status.FAILED),
            waiting_for_broker=bool(waiting) and batch_waiting_for_broker(self.batch),
            **kwargs,
        )
