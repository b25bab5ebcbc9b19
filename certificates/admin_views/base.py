"""What every certificate admin screen shares: only the LPR office (who
may issue certificates) gets them."""

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import gettext_lazy

from lms.learning.admin_views import StaffPageMixin

from ..policies import may_issue


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
