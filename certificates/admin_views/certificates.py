"""One certificate (content, log, revoke, re-issue, retry), its stored PDF
and the list of all certificates. Every write goes through
`certificates.services`; who may do what is `certificates.policies`."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView

from cms.core.exports import export_response

from .. import services
from ..admin_forms import CertificateSearchForm, ReissueForm, RevokeForm
from ..exports import certificate_rows
from ..models import Certificate
from ..pdf import snapshot_dates, verification_url
from ..policies import is_reissuable, may_revoke
from ..selectors import render_waiting_for_broker, successor
from ..views import pdf_download
from .base import CertificateAdminMixin

CERTIFICATES_PER_PAGE = 50


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


def report_reissued(request, new, old, revoked):
    if render_waiting_for_broker(new):
        messages.warning(
            request,
            _(
                "Die Bescheinigung %(new)s ersetzt %(old)s und wird erstellt, "
                "sobald der Hintergrunddienst erreichbar ist."
            )
            % {"new": new.number, "old": old.number},
        )
        return
    if revoked:
        message = _(
            "Die Bescheinigung %(new)s wird jetzt erstellt; %(old)s bleibt widerrufen."
        )
    else:
        message = _(
            "Die Bescheinigung %(new)s ersetzt %(old)s und wird jetzt erstellt."
        )
    messages.success(request, message % {"new": new.number, "old": old.number})


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

    def forms(self, revoke_form, reissue_form, replaced_by):
        """The revoke and re-issue forms the certificate and the user allow."""
        certificate = self.certificate
        revoking = may_revoke(self.request.user)
        if not (revoking and certificate.is_valid):
            revoke_form = None
        elif revoke_form is None:
            revoke_form = RevokeForm()
        # A revoked certificate can be re-issued once; the old one stays revoked.
        if not (revoking and is_reissuable(certificate, successor=replaced_by)):
            reissue_form = None
        elif reissue_form is None:
            revoked = certificate.status == Certificate.Status.REVOKED
            reissue_form = ReissueForm(revoked=revoked)
        return {"revoke_form": revoke_form, "reissue_form": reissue_form}

    def get_context_data(self, revoke_form=None, reissue_form=None, **kwargs):
        certificate = self.certificate
        replaced_by = successor(certificate)
        return super().get_context_data(
            certificate=certificate,
            content=snapshot_context(certificate.snapshot),
            replaced_by=replaced_by,
            events=certificate.events.select_related("actor"),
            verification_url=verification_url(certificate),
            **self.forms(revoke_form, reissue_form, replaced_by),
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
        report_reissued(request, new, self.certificate, revoked)
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
            if render_waiting_for_broker(certificate):
                messages.warning(
                    request,
                    _(
                        "Das PDF wird erstellt, sobald der Hintergrunddienst "
                        "erreichbar ist."
                    ),
                )
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
    """Every certificate, newest first, searchable by number or name, and
    the search's result as CSV or XLSX (`?export=csv`, `?export=xlsx`)."""

    page_title = gettext_lazy("Alle Zertifikate")
    template_name = "certificates/admin/certificate_list.html"

    def load_objects(self, **kwargs):
        self.form = CertificateSearchForm(self.request.GET)
        valid = self.form.is_valid()
        self.query = self.form.cleaned_data["q"].strip() if valid else ""

    def certificates(self):
        certificates = Certificate.objects.select_related("enrolment__cohort")
        if self.query:
            certificates = certificates.filter(
                Q(number__icontains=self.query)
                | Q(snapshot__holder__name__icontains=self.query)
                | Q(enrolment__user__first_name__icontains=self.query)
                | Q(enrolment__user__last_name__icontains=self.query)
            )
        return certificates

    def get(self, request, *args, **kwargs):
        export = export_response(
            request.GET.get("export"),
            certificate_rows(self.certificates()),
            filename="zertifikate",
        )
        return export or super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        page_obj = Paginator(self.certificates(), CERTIFICATES_PER_PAGE).get_page(
            self.request.GET.get("p")
        )
        return super().get_context_data(
            form=self.form,
            query=self.query,
            page_obj=page_obj,
            elided_pages=page_obj.paginator.get_elided_page_range(page_obj.number),
            export_query=urlencode({"q": self.query} if self.query else {}),
            **kwargs,
        )
