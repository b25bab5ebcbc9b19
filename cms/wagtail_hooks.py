from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.views import generic
from wagtail.contrib.settings.registry import register_setting

from .models import AccessibilityFeedback, LegalSettings
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


class AccessibilityFeedbackViewSet(ModelViewSet):
    """The LPR office's inbox of barrier reports (answer within one month)."""

    model = AccessibilityFeedback
    icon = "warning"
    menu_label = _("Barriere-Meldungen")
    menu_order = 900
    add_to_admin_menu = True
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
