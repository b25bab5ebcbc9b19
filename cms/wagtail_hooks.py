from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from laces.components import Component
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.contrib.settings.registry import register_setting
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .core import outbox
from .core.exports import SafeExportIndexView
from .models import AccessibilityFeedback, LegalSettings
from .roles import EDITORS
from .services import update_accessibility_feedback

register_setting(LegalSettings, icon="doc-full")


class AccessibilityFeedbackFilterSet(WagtailFilterSet):
    class Meta:
        model = AccessibilityFeedback
        fields = ["status", "kind"]


class AccessibilityFeedbackEditView(generic.EditView):
    def save_instance(self):
        return update_accessibility_feedback(
            feedback=self.object,
            status=self.form.cleaned_data["status"],
            answer=self.form.cleaned_data["answer"],
            user=self.request.user,
        )


class ReportPermissionPolicy(ModelPermissionPolicy):
    """Reports come from the public form: staff view and answer them, but
    never create or delete one."""

    def user_has_permission(self, user, action):
        if action in {"add", "delete"}:
            return False
        return super().user_has_permission(user, action)


register_permission_policy(
    AccessibilityFeedback, ReportPermissionPolicy(AccessibilityFeedback)
)


class AccessibilityFeedbackViewSet(ModelViewSet):
    """The LPR office's inbox of barrier reports (answer within one month)."""

    model = AccessibilityFeedback
    icon = "warning"
    menu_label = _("Barriere-Meldungen")
    menu_order = 900
    add_to_admin_menu = True
    index_view_class = SafeExportIndexView
    edit_view_class = AccessibilityFeedbackEditView
    form_fields = ["status", "answer"]
    list_display = ["kind", "page_url", "received_at", "due_on", "status"]
    filterset_class = AccessibilityFeedbackFilterSet
    search_fields = ["description", "page_url", "name", "email"]
    list_export = [
        "kind",
        "page_url",
        "description",
        "requested_format",
        "name",
        "email",
        "received_at",
        "due_on",
        "status",
        "answer",
        "closed_at",
    ]
    export_filename = "barriere-meldungen"
    inspect_view_enabled = True
    ordering = ["due_on"]


@hooks.register("register_admin_viewset")
def register_accessibility_feedback_viewset():
    return AccessibilityFeedbackViewSet("accessibility_feedback")


class OpenFeedbackPanel(Component):
    """Dashboard panel: open barrier reports, the next due first, and how
    many are overdue."""

    name = "open_accessibility_feedback"
    order = 50
    template_name = "cms/admin/open_feedback_panel.html"
    SHOWN = 10

    def get_context_data(self, parent_context=None):
        today = timezone.localdate()
        reports = AccessibilityFeedback.objects.open().order_by("due_on", "pk")
        return {
            "today": today,
            "open_count": reports.count(),
            "overdue_count": reports.filter(due_on__lt=today).count(),
            "reports": reports[: self.SHOWN],
            "index_url": reverse("accessibility_feedback:index") + "?status=open",
        }


@hooks.register("construct_homepage_panels")
def add_open_feedback_panel(request, panels):
    if request.user.has_perm("cms.view_accessibilityfeedback"):
        panels.append(OpenFeedbackPanel())


class StuckTasksPanel(Component):
    """Dashboard panel: background tasks not done OUTBOX_STUCK_AFTER seconds
    after they were recorded; renders nothing while there are none."""

    name = "stuck_background_tasks"
    order = 40
    template_name = "cms/admin/stuck_tasks_panel.html"
    SHOWN = 10

    def render_html(self, parent_context=None):
        if not outbox.stuck().exists():
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context=None):
        stuck = outbox.stuck()
        return {
            "count": stuck.count(),
            "waiting_for_broker": stuck.filter(dispatched_at__isnull=True).count(),
            "given_up": stuck.filter(gave_up_at__isnull=False).count(),
            "tasks": [
                {"label": outbox.task_label(message.task_name), "message": message}
                for message in stuck[: self.SHOWN]
            ],
        }


@hooks.register("construct_homepage_panels")
def add_stuck_tasks_panel(request, panels):
    if request.user.has_perm("cms.view_outboxmessage"):
        panels.append(StuckTasksPanel())


@hooks.register("construct_homepage_summary_items", order=100)
def keep_page_counts_for_editors(request, summary_items):
    """Wagtail's counts of pages, images and documents help the editorial
    team; trainers and the LPR office find their work in the dashboard's
    panels instead."""
    user = request.user
    if not (user.is_superuser or user.groups.filter(name=EDITORS).exists()):
        summary_items.clear()
