"""Wagtail admin of the LPR office: eligibility, issuing, bulk progress,
revocation and re-issue, one module per screen group. The views are
registered from this package."""

from .certificates import CertificateListView, CertificatePdfView, CertificateView
from .issuing import BatchView, CohortView, IndexView

__all__ = [
    "BatchView",
    "CertificateListView",
    "CertificatePdfView",
    "CertificateView",
    "CohortView",
    "IndexView",
]
