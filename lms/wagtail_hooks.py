from django.contrib.auth.views import redirect_to_login
from django.template.response import TemplateResponse
from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from modules.models import ActivityPage, ModulePage, ProgrammePage

from .access import is_staff_member, learner_progress
from .admin_views import AttendanceIndexView, AttendanceSessionView, cohorts_for
from .models import Cohort, Enrolment


@hooks.register("before_serve_page")
def guard_course_content(page, request, serve_args, serve_kwargs):
    """Activities are for enrolled participants and staff; programme and
    module pages show an enrolled participant's own progress."""
    is_activity = isinstance(page, ActivityPage)
    if not isinstance(page, (ActivityPage, ModulePage, ProgrammePage)):
        return None
    if is_activity and not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if request.user.is_authenticated and is_staff_member(request.user):
        return None
    progress = learner_progress(request.user, page)
    request.learner_progress = progress
    if not is_activity:
        return None
    module, _activity = progress.activity(page.pk) if progress else (None, None)
    if module is None:
        return TemplateResponse(
            request, "lms/not_enrolled.html", {"page": page}, status=403
        )
    if not module.is_open:
        return TemplateResponse(
            request,
            "lms/module_locked.html",
            {"page": page, "module": module},
            status=403,
        )
    return None


class CohortViewSet(ModelViewSet):
    model = Cohort
    icon = "group"
    menu_label = _("Durchgänge")
    form_fields = [
        "programme",
        "name",
        "start_date",
        "end_date",
        "trainers",
        "sessions",
    ]
    list_display = ["name", "programme", "start_date", "end_date"]
    list_filter = ["programme"]
    search_fields = ["name"]
    list_export = ["name", "programme", "start_date", "end_date"]
    inspect_view_enabled = True


class EnrolmentViewSet(ModelViewSet):
    model = Enrolment
    icon = "user"
    menu_label = _("Einschreibungen")
    form_fields = ["user", "cohort", "status", "scope", "modules", "ended_on"]
    list_display = ["user", "cohort", "status", "scope", "enrolled_on"]
    list_filter = ["cohort", "status", "scope"]
    search_fields = ["user__first_name", "user__last_name", "user__email"]
    list_export = [
        "user__last_name",
        "user__first_name",
        "user__email",
        "cohort",
        "status",
        "scope",
        "enrolled_on",
    ]
    inspect_view_enabled = True


class QualificationViewSetGroup(ModelViewSetGroup):
    menu_label = _("Qualifizierung")
    menu_icon = "group"
    menu_order = 200
    items = [CohortViewSet("cohorts"), EnrolmentViewSet("enrolments")]


@hooks.register("register_admin_viewset")
def register_qualification_viewsets():
    return QualificationViewSetGroup()


@hooks.register("register_admin_urls")
def register_attendance_urls():
    return [
        path(
            "anwesenheit/",
            include(
                (
                    [
                        path("", AttendanceIndexView.as_view(), name="index"),
                        path(
                            "<int:cohort_id>/<int:session_id>/",
                            AttendanceSessionView.as_view(),
                            name="session",
                        ),
                    ],
                    "lms_attendance",
                ),
                namespace="lms_attendance",
            ),
        )
    ]


class AttendanceMenuItem(MenuItem):
    def is_shown(self, request):
        return cohorts_for(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_attendance_menu_item():
    return AttendanceMenuItem(
        _("Anwesenheit"),
        reverse_lazy("lms_attendance:index"),
        icon_name="date",
        order=210,
    )
