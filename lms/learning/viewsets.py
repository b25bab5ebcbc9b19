"""Staff areas of the learner record in the Wagtail admin, one viewset each.

The viewset's name is the URL namespace (`lms_attendance:index`, ...), its
`url_prefix` the path below /admin/, and its menu item shows only to whom
the area is for.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from .admin_import import EnrolmentImportDoneView, EnrolmentImportView
from .admin_views import (
    AttendanceIndexView,
    AttendanceSessionView,
    CohortIndexView,
    CohortMatrixView,
    ExhaustedQuizzesView,
)
from .policies import cohorts_for


class CohortStaffMenuItem(MenuItem):
    """Shown to the LPR office and to trainers with at least one cohort."""

    def is_shown(self, request):
        return cohorts_for(request.user).exists()


class EnrolmentImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("lms.add_enrolment")


class AttendanceViewSet(ViewSet):
    """Trainers record who attended a seminar day."""

    name = "lms_attendance"
    url_prefix = "anwesenheit"
    icon = "date"
    add_to_admin_menu = True
    menu_label = _("Anwesenheit")
    menu_order = 210
    menu_item_class = CohortStaffMenuItem

    def get_urlpatterns(self):
        return [
            path("", AttendanceIndexView.as_view(), name="index"),
            path(
                "<int:cohort_id>/<int:session_id>/",
                AttendanceSessionView.as_view(),
                name="session",
            ),
        ]


class MatrixViewSet(ViewSet):
    """The Lernstand matrix: participants × modules of a cohort."""

    name = "lms_matrix"
    url_prefix = "lernstand"
    icon = "table"
    add_to_admin_menu = True
    menu_label = _("Lernstand")
    menu_order = 220
    menu_item_class = CohortStaffMenuItem

    def get_urlpatterns(self):
        return [
            path("", CohortIndexView.as_view(), name="index"),
            path("<int:cohort_id>/", CohortMatrixView.as_view(), name="cohort"),
            path(
                "<int:cohort_id>/wissens-checks/",
                ExhaustedQuizzesView.as_view(),
                name="quizzes",
            ),
        ]


class EnrolmentImportViewSet(ViewSet):
    """The LPR office enrols a cohort from a CSV file."""

    name = "enrolment_import"
    url_prefix = "einschreibung-import"
    icon = "upload"
    add_to_admin_menu = True
    menu_label = _("Einschreiben per CSV")
    menu_order = 230
    menu_item_class = EnrolmentImportMenuItem

    def get_urlpatterns(self):
        return [
            path("", EnrolmentImportView.as_view(), name="index"),
            path("ergebnis/", EnrolmentImportDoneView.as_view(), name="done"),
        ]
