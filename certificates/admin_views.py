"""Wagtail admin of the LPR office: eligibility, issuing, bulk progress,
revocation and re-issue. Every write goes through `certificates.services`."""

from collections import defaultdict

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views import View
from django.views.generic import TemplateView

from lms.learning.admin_views import StaffPageMixin
from lms.learning.models import Cohort, Enrolment

from . import services
from .admin_forms import CertificateSearchForm, ReissueForm, RevokeForm
from .eligibility import candidates_for, cohort_candidates
from .models import Certificate, IssueBatch, IssueBatchItem
from .pdf import snapshot_dates, verification_url
from .views import pdf_download

ISSUE_PERMISSION = "certificates.issue_certificate"
REVOKE_PERMISSION = "certificates.revoke_certificate"
COHORTS_PER_PAGE = 20
CERTIFICATES_PER_PAGE = 50
RECENT_BATCHES = 10


def may_issue(user):
    return user.has_perm(ISSUE_PERMISSION)


def may_revoke(user):
    """Revoking and re-issuing both invalidate a certificate."""
    return user.has_perm(REVOKE_PERMISSION)


class CertificateAdminMixin(StaffPageMixin):
    """Only the LPR office (who may issue certificates) gets these pages.

    The permissions are checked before any object is looked up, so whoever
    may not use a page gets the same answer for every id."""

    index_title = gettext_lazy("Zertifikate")
    index_url_name = "certificates_admin:index"
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        self.check_permissions(request)
        self.load_objects(**kwargs)
        return super().dispatch(request, *args, **kwargs)

    def check_permissions(self, request):
        if not may_issue(request.user):
            raise PermissionDenied

    def load_objects(self, **kwargs):
        """Look up the objects named in the URL (404 if missing)."""

    def get_breadcrumbs_items(self):
        items = super().get_breadcrumbs_items()
        cohort = self.breadcrumb_cohort()
        if cohort is None:
            return items
        # Between the index and the page itself: the cohort's list.
        return [
            *items[:-1],
            {
                "url": reverse("certificates_admin:cohort", args=[cohort.pk]),
                "label": cohort.name,
            },
            items[-1],
        ]

    def breadcrumb_cohort(self):
        return None


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
        cohorts = (
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
        page_obj = Paginator(cohorts, COHORTS_PER_PAGE).get_page(
            self.request.GET.get("p")
        )
        issuable = defaultdict(int)
        enrolments = Enrolment.objects.filter(cohort__in=list(page_obj)).select_related(
            "user__participant_profile", "cohort__programme"
        )
        for candidate in candidates_for(enrolments):
            issuable[candidate.enrolment.cohort_id] += candidate.can_issue
        return super().get_context_data(
            page_obj=page_obj,
            elided_pages=page_obj.paginator.get_elided_page_range(page_obj.number),
            cohorts=[(cohort, issuable[cohort.pk]) for cohort in page_obj],
            batches=_batch_counts(
                IssueBatch.objects.select_related("cohort", "created_by")
            )[:RECENT_BATCHES],
            **kwargs,
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
            issuable=sum(candidate.can_issue for candidate in candidates),
            any_revoked=any(candidate.revoked for candidate in candidates),
            **kwargs,
        )

    def post(self, request, cohort_id):
        if "issue_one" in request.POST:
            return self.issue_one(request.POST["issue_one"])
        candidates = cohort_candidates(self.cohort)
        issuable = {c.key for c in candidates if c.can_issue}
        if request.POST.get("action") == "all":
            keys = issuable
        else:
            keys = set(request.POST.getlist("keys"))
        refused = keys - issuable
        keys &= issuable
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
        if not keys:
            messages.error(
                request,
                _(
                    "Es wurde nichts ausgestellt. Bitte wählen Sie mindestens eine "
                    "Person aus, die die Voraussetzungen erfüllt und noch keine "
                    "gültige Bescheinigung hat."
                ),
            )
            return redirect("certificates_admin:cohort", self.cohort.pk)
        try:
            batch = services.start_batch(self.cohort, keys, by=request.user)
        except services.CertificateError as error:
            messages.error(request, str(error))
            return redirect("certificates_admin:cohort", self.cohort.pk)
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

    def issue_one(self, key):
        request = self.request
        chosen = next((c for c in cohort_candidates(self.cohort) if c.key == key), None)
        if chosen is None:
            messages.error(
                request, _("Diese Person gehört nicht (mehr) zu diesem Durchgang.")
            )
            return redirect("certificates_admin:cohort", self.cohort.pk)
        try:
            certificate, created = services.issue(
                chosen.enrolment, module=chosen.module, by=request.user
            )
        except services.CertificateError as error:
            messages.error(
                request,
                _("Nicht ausgestellt: %(reason)s") % {"reason": error},
            )
            return redirect("certificates_admin:cohort", self.cohort.pk)
        if created:
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
            **kwargs,
        )


def snapshot_context(snapshot):
    """What the certificate says, with dates as dates (issued_on, birth_date,
    cohort_start, cohort_end and the modules' first_day and last_day)."""
    return {
        **snapshot_dates(snapshot),
        "holder_name": snapshot["holder"]["name"],
        "programme": snapshot["programme"],
        "cohort_name": snapshot["cohort"]["name"],
        "units_total": snapshot.get("units_total"),
        "project_title": snapshot.get("project_title"),
    }


class CertificateView(CertificateAdminMixin, TemplateView):
    """One certificate: its content, status, log, and the office's actions."""

    template_name = "certificates/admin/certificate.html"
    # Revoking and re-issuing invalidate a certificate.
    REVOKING_ACTIONS = {"revoke", "reissue"}

    def check_permissions(self, request):
        super().check_permissions(request)
        if (
            request.method == "POST"
            and request.POST.get("action") in self.REVOKING_ACTIONS
            and not may_revoke(request.user)
        ):
            raise PermissionDenied

    def load_objects(self, pk):
        self.certificate = get_object_or_404(
            Certificate.objects.select_related(
                "enrolment__cohort", "enrolment__user", "replaces"
            ),
            pk=pk,
        )

    def breadcrumb_cohort(self):
        return self.certificate.enrolment.cohort

    def get_page_title(self):
        return _("Bescheinigung %(number)s") % {"number": self.certificate.number}

    def get_context_data(self, revoke_form=None, reissue_form=None, **kwargs):
        certificate = self.certificate
        revoking = may_revoke(self.request.user)
        revoked = certificate.status == Certificate.Status.REVOKED
        replaced_by = Certificate.objects.filter(replaces=certificate).first()
        if not (revoking and certificate.is_valid):
            revoke_form = None
        elif revoke_form is None:
            revoke_form = RevokeForm()
        # A revoked certificate can be re-issued once; the old one stays revoked.
        reissuable = certificate.is_valid or (revoked and replaced_by is None)
        if not (revoking and reissuable):
            reissue_form = None
        elif reissue_form is None:
            reissue_form = ReissueForm(revoked=revoked)
        return super().get_context_data(
            certificate=certificate,
            content=snapshot_context(certificate.snapshot),
            replaced_by=replaced_by,
            events=certificate.events.select_related("actor"),
            verification_url=verification_url(certificate),
            revoke_form=revoke_form,
            reissue_form=reissue_form,
            **kwargs,
        )

    def post(self, request, pk):
        actions = {
            "revoke": self.revoke,
            "reissue": self.reissue,
            "retry": self.retry,
        }
        action = actions.get(request.POST.get("action"))
        if action is None:
            messages.error(
                request, _("Diese Aktion gibt es nicht; es wurde nichts geändert.")
            )
            return self.back()
        return action(request)

    def back(self):
        return redirect("certificates_admin:certificate", self.certificate.pk)

    def revoke(self, request):
        form = RevokeForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(revoke_form=form))
        try:
            services.revoke(
                self.certificate, reason=form.cleaned_data["reason"], by=request.user
            )
        except services.CertificateError as error:
            # The status changed in the meantime; the form may be gone.
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("Das Zertifikat %(number)s ist widerrufen.")
                % {"number": self.certificate.number},
            )
        return self.back()

    def reissue(self, request):
        revoked = self.certificate.status == Certificate.Status.REVOKED
        form = ReissueForm(request.POST, revoked=revoked)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(reissue_form=form))
        try:
            new = services.reissue(
                self.certificate, reason=form.cleaned_data["reason"], by=request.user
            )
        except services.CertificateError as error:
            messages.error(request, str(error))
            return self.back()
        if revoked:
            message = _(
                "Die Bescheinigung %(new)s wird jetzt erstellt; %(old)s bleibt "
                "widerrufen."
            )
        else:
            message = _(
                "Die Bescheinigung %(new)s ersetzt %(old)s und wird jetzt erstellt."
            )
        messages.success(
            request, message % {"new": new.number, "old": self.certificate.number}
        )
        return redirect("certificates_admin:certificate", new.pk)

    def retry(self, request):
        certificate = self.certificate
        if certificate.status != Certificate.Status.PENDING:
            messages.info(
                request,
                _("Die Erstellung ist schon abgeschlossen; es wurde nichts geändert."),
            )
            return self.back()
        try:
            services.issue(
                certificate.enrolment, module=certificate.module, by=request.user
            )
        except services.CertificateError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request, _("Die Erstellung des PDFs ist erneut angestoßen.")
            )
        return self.back()


class CertificatePdfView(CertificateAdminMixin, View):
    """The stored PDF, as the holder received it."""

    def get(self, request, pk):
        certificate = get_object_or_404(Certificate, pk=pk)
        if not certificate.pdf:
            raise Http404
        try:
            return pdf_download(certificate)
        except FileNotFoundError as error:
            raise Http404 from error


class CertificateListView(CertificateAdminMixin, TemplateView):
    """Every certificate, newest first, searchable by number or name."""

    page_title = gettext_lazy("Alle Zertifikate")
    template_name = "certificates/admin/certificate_list.html"

    def get_context_data(self, **kwargs):
        form = CertificateSearchForm(self.request.GET)
        certificates = Certificate.objects.select_related("enrolment__cohort")
        query = form.cleaned_data["q"].strip() if form.is_valid() else ""
        if query:
            certificates = certificates.filter(
                Q(number__icontains=query)
                | Q(snapshot__holder__name__icontains=query)
                | Q(enrolment__user__first_name__icontains=query)
                | Q(enrolment__user__last_name__icontains=query)
            )
        page_obj = Paginator(certificates, CERTIFICATES_PER_PAGE).get_page(
            self.request.GET.get("p")
        )
        return super().get_context_data(
            form=form,
            query=query,
            page_obj=page_obj,
            elided_pages=page_obj.paginator.get_elided_page_range(page_obj.number),
            **kwargs,
        )
