"""Wagtail admin of the LPR office: eligibility, issuing, bulk progress,
revocation and re-issue. Every write goes through `certificates.services`."""

import datetime
from collections import defaultdict

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views import View
from django.views.generic import TemplateView

from lms.admin_views import StaffPageMixin
from lms.models import Cohort, Enrolment

from . import services
from .admin_forms import CertificateSearchForm, ReissueForm, RevokeForm
from .eligibility import candidates_for, cohort_candidates
from .models import Certificate, IssueBatch, IssueBatchItem
from .pdf import verification_url

ISSUE_PERMISSION = "certificates.issue_certificate"
REVOKE_PERMISSION = "certificates.revoke_certificate"
COHORTS_PER_PAGE = 20
CERTIFICATES_PER_PAGE = 50
RECENT_BATCHES = 10


def may_issue(user):
    return user.has_perm(ISSUE_PERMISSION)


class CertificateAdminMixin(StaffPageMixin):
    """Only the LPR office (who may issue certificates) gets these pages."""

    index_title = gettext_lazy("Zertifikate")
    index_url_name = "certificates_admin:index"
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        if not may_issue(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

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

    def dispatch(self, request, cohort_id):
        self.cohort = get_object_or_404(
            Cohort.objects.select_related("programme"), pk=cohort_id
        )
        return super().dispatch(request, cohort_id)

    def get_page_title(self):
        return _("Zertifikate: %(cohort)s") % {"cohort": self.cohort.name}

    def get_context_data(self, **kwargs):
        candidates = cohort_candidates(self.cohort)
        return super().get_context_data(
            cohort=self.cohort,
            candidates=candidates,
            issuable=sum(candidate.can_issue for candidate in candidates),
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

    def dispatch(self, request, batch_id):
        self.batch = get_object_or_404(
            IssueBatch.objects.select_related("cohort", "created_by"), pk=batch_id
        )
        return super().dispatch(request, batch_id)

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


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


def snapshot_context(snapshot):
    """What the certificate says, with dates as dates."""
    return {
        "holder_name": snapshot["holder"]["name"],
        "birth_date": _date(snapshot["holder"].get("birth_date")),
        "programme": snapshot["programme"],
        "cohort_name": snapshot["cohort"]["name"],
        "cohort_start": _date(snapshot["cohort"]["start"]),
        "cohort_end": _date(snapshot["cohort"]["end"]),
        "modules": [
            {
                **module,
                "first_day": _date(module.get("first_day")),
                "last_day": _date(module.get("last_day")),
            }
            for module in snapshot["modules"]
        ],
        "units_total": snapshot.get("units_total"),
        "project_title": snapshot.get("project_title"),
        "issued_on": _date(snapshot["issued_on"]),
    }


class CertificateView(CertificateAdminMixin, TemplateView):
    """One certificate: its content, status, log, and the office's actions."""

    template_name = "certificates/admin/certificate.html"

    def dispatch(self, request, pk):
        self.certificate = get_object_or_404(
            Certificate.objects.select_related(
                "enrolment__cohort", "enrolment__user", "replaces"
            ),
            pk=pk,
        )
        return super().dispatch(request, pk)

    def breadcrumb_cohort(self):
        return self.certificate.enrolment.cohort

    def get_page_title(self):
        return _("Bescheinigung %(number)s") % {"number": self.certificate.number}

    def get_context_data(self, revoke_form=None, reissue_form=None, **kwargs):
        certificate = self.certificate
        may_revoke = self.request.user.has_perm(REVOKE_PERMISSION)
        return super().get_context_data(
            certificate=certificate,
            content=snapshot_context(certificate.snapshot),
            replaced_by=Certificate.objects.filter(replaces=certificate).first(),
            events=certificate.events.select_related("actor"),
            verification_url=verification_url(certificate),
            may_revoke=may_revoke,
            revoke_form=(revoke_form or RevokeForm()) if may_revoke else None,
            reissue_form=reissue_form or ReissueForm(),
            **kwargs,
        )

    def post(self, request, pk):
        actions = {
            "revoke": self.revoke,
            "reissue": self.reissue,
            "retry": self.retry,
        }
        action = actions.get(request.POST.get("action"))
        if action is None or not self.certificate.is_valid:
            messages.error(
                request,
                _("Das Zertifikat ist nicht mehr gültig; es wurde nichts geändert."),
            )
            return redirect("certificates_admin:certificate", pk)
        return action(request)

    def revoke(self, request):
        if not request.user.has_perm(REVOKE_PERMISSION):
            raise PermissionDenied
        form = RevokeForm(request.POST)
        if form.is_valid():
            try:
                services.revoke(
                    self.certificate,
                    reason=form.cleaned_data["reason"],
                    by=request.user,
                )
            except services.CertificateError as error:
                form.add_error(None, str(error))
            else:
                messages.success(
                    request,
                    _("Das Zertifikat %(number)s ist widerrufen.")
                    % {"number": self.certificate.number},
                )
                return redirect("certificates_admin:certificate", self.certificate.pk)
        return self.render_to_response(self.get_context_data(revoke_form=form))

    def reissue(self, request):
        form = ReissueForm(request.POST)
        if form.is_valid():
            try:
                new = services.reissue(
                    self.certificate,
                    reason=form.cleaned_data["reason"],
                    by=request.user,
                )
            except services.CertificateError as error:
                form.add_error(None, str(error))
            else:
                messages.success(
                    request,
                    _(
                        "Die Bescheinigung %(new)s ersetzt %(old)s und wird "
                        "jetzt erstellt."
                    )
                    % {"new": new.number, "old": self.certificate.number},
                )
                return redirect("certificates_admin:certificate", new.pk)
        return self.render_to_response(self.get_context_data(reissue_form=form))

    def retry(self, request):
        certificate = self.certificate
        if certificate.status == Certificate.Status.PENDING:
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
        return redirect("certificates_admin:certificate", certificate.pk)


class CertificatePdfView(CertificateAdminMixin, View):
    """The stored PDF, as the holder received it."""

    def get(self, request, pk):
        certificate = get_object_or_404(Certificate, pk=pk)
        if not certificate.pdf:
            raise Http404
        try:
            handle = certificate.pdf.open("rb")
        except FileNotFoundError as error:
            raise Http404 from error
        return FileResponse(
            handle,
            as_attachment=True,
            filename=f"{certificate.number}.pdf",
            content_type="application/pdf",
        )


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
