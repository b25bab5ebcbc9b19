from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.db.models import Q
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.models import Page

from cms.core.exports import SafeExportIndexView
from modules.models import ActivityPage, ModulePage, ProgrammePage

from .forms import CohortForm
from .models import ActivityRecord, Cohort, Enrolment
from .panels import MissingAttendancePanel
from .policies import cohorts_for, is_staff_member, may_download
from .progress import page_progress
from .viewsets import AttendanceViewSet, EnrolmentImportViewSet, MatrixViewSet


@hooks.register("before_serve_document")
def guard_course_documents(document, request):
    """A document used only in course activities is for those who may open
    them; one used on a public page is public."""
    if may_download(request.user, document):
        return None
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return TemplateResponse(
        request, "lms/not_enrolled.html", {"title": document.title}, status=403
    )


@hooks.register("before_serve_page")
def guard_course_content(page, request, serve_args, serve_kwargs):
    """Activities are for enrolled participants and staff; programme and
    module pages show an enrolled participant's own progress (from the
    cache, see `progress.cache`). Whether someone is staff is asked only
    when their own enrolment does not open the activity."""
    is_activity = isinstance(page, ActivityPage)
    if not isinstance(page, (ActivityPage, ModulePage, ProgrammePage)):
        return None
    if is_activity and not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    progress = page_progress(request.user, page)
    module, _activity = progress.activity(page.pk) if progress else (None, None)
    opens = module is not None and module.is_open
    if is_activity and not opens and is_staff_member(request.user):
        return None
    request.learner_progress = progress
    if not is_activity:
        return None
    if not opens:
        return _refuse(request, page, module)
    request.activity_module = module.page
    request.activity_neighbours = module.neighbours(page.pk)
    return None


def _refuse(request, page, module):
    """The page an enrolled participant sees for an activity outside their
    enrolment or in a module not yet open."""
    if module is None:
        return TemplateResponse(
            request,
            "lms/not_enrolled.html",
            {"page": page, "title": page.title},
            status=403,
        )
    return TemplateResponse(
        request,
        "lms/module_locked.html",
        {"page": page, "module": module},
        status=403,
    )


class CohortViewSet(ModelViewSet):
    model = Cohort
    icon = "group"
    index_view_class = SafeExportIndexView
    menu_label = _("Durchgänge")

    def get_form_class(self, for_update=False):
        return CohortForm

    list_display = ["name", "programme", "start_date", "end_date"]
    list_filter = ["programme"]
    search_fields = ["name"]
    list_export = ["name", "programme", "start_date", "end_date"]
    inspect_view_enabled = True


class EnrolmentViewSet(ModelViewSet):
    model = Enrolment
    icon = "user"
    index_view_class = SafeExportIndexView
    menu_label = _("Einschreibungen")
    form_fields = ["user", "cohort", "status", "scope", "modules", "ended_on"]
    list_display = ["user", "cohort", "status", "scope", "enrolled_on"]
    list_filter = ["cohort", "status", "scope"]
    search_fields = ["user__first_name", "user__last_name", "user__email"]
    # Wagtail reads export fields as dotted paths (`user.last_name`).
    list_export = [
        "user.last_name",
        "user.first_name",
        "user.email",
        "cohort",
        "get_status_display",
        "get_scope_display",
        "enrolled_on",
    ]
    export_headings = {
        "user.last_name": _("Nachname"),
        "user.first_name": _("Vorname"),
        "user.email": _("E-Mail"),
        "get_status_display": _("Status"),
        "get_scope_display": _("Umfang"),
    }
    inspect_view_enabled = True


class QualificationViewSetGroup(ModelViewSetGroup):
    menu_label = _("Qualifizierung")
    menu_icon = "group"
    menu_order = 200
    items = [CohortViewSet("cohorts"), EnrolmentViewSet("enrolments")]


@hooks.register("register_admin_viewset")
def register_qualification_viewsets():
    return QualificationViewSetGroup()


@hooks.register("register_admin_viewset")
def register_attendance_viewset():
    return AttendanceViewSet()


@hooks.register("register_admin_viewset")
def register_matrix_viewset():
    return MatrixViewSet()


@hooks.register("register_admin_viewset")
def register_enrolment_import_viewset():
    return EnrolmentImportViewSet()


def _refuse_deleting_pages_with_records(request, pages):
    condition = Q()
    for page in pages:
        condition |= Q(page__path__startswith=page.path)
    count = ActivityRecord.objects.non_polymorphic().filter(condition).count()
    if not count:
        return None
    messages.error(
        request,
        ngettext(
            "Die Seite kann nicht gelöscht werden: %(count)s Lernnachweis "
            "(erledigt, Versuch oder Anwesenheit) gehört dazu. Ziehen Sie die "
            "Seite stattdessen zurück (Veröffentlichung aufheben).",
            "Die Seite kann nicht gelöscht werden: %(count)s Lernnachweise "
            "(erledigt, Versuche oder Anwesenheiten) gehören dazu. Ziehen Sie die "
            "Seite stattdessen zurück (Veröffentlichung aufheben).",
            count,
        )
        % {"count": count},
    )
    return redirect("wagtailadmin_explore", pages[0].get_parent().pk)


@hooks.register("before_delete_page")
def protect_pages_with_records(request, page):
    """Learner records are evidence for the certificate: a page that has
    them (or whose subpages have them) is unpublished, never deleted."""
    return _refuse_deleting_pages_with_records(request, [page])


@hooks.register("before_bulk_action")
def protect_pages_with_records_in_bulk(request, action_type, objects, action):
    if action_type == "delete" and objects and isinstance(objects[0], Page):
        return _refuse_deleting_pages_with_records(request, list(objects))
    if action_type == "delete" and objects and isinstance(objects[0], get_user_model()):
        return _refuse_deleting_users(request, list(objects))
    return None


def _refuse_deleting_users(request, users):
    """Ask every `refuse_account_deletion` hook (a function of the users that
    returns a German reason or None); the first reason stops the deletion."""
    for reason_for in hooks.get_hooks("refuse_account_deletion"):
        reason = reason_for(users)
        if reason:
            messages.error(request, reason)
            return redirect("wagtailusers_users:index")
    return None


@hooks.register("before_delete_user")
def protect_accounts(request, user):
    return _refuse_deleting_users(request, [user])


@hooks.register("construct_homepage_panels")
def add_missing_attendance_panel(request, panels):
    """For trainers and the LPR office: everyone who looks after cohorts."""
    if cohorts_for(request.user).exists():
        panels.append(MissingAttendancePanel(request.user))
