"""The staff's announcements in the Wagtail admin: the generic model views
narrowed to the user's cohorts, the log of a sent announcement and the one
action that sends it."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.widgets.button import ListingButton

from . import services
from .exceptions import AlreadySent
from .policies import announcements_for_staff, editable
from .selectors import announcement_recipients, delivery_figures


class OwnCohortsMixin:
    """An announcement to another cohort is 404, not someone else's data."""

    def allowed(self):
        return announcements_for_staff(self.request.user)

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if not self.allowed().filter(pk=obj.pk).exists():
            raise Http404
        return obj


class StatusColumn(Column):
    def get_value(self, instance):
        if not instance.is_sent:
            return _("Entwurf – noch nicht gesendet")
        return _("gesendet am %(date)s") % {
            "date": f"{timezone.localtime(instance.sent_at):%d.%m.%Y, %H:%M}"
        }


class AnnouncementIndexView(generic.IndexView):
    def get_base_queryset(self):
        return announcements_for_staff(self.request.user)

    def _may(self, action, instance):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, action, instance
        )

    def get_edit_url(self, instance):
        return super().get_edit_url(instance) if self._may("change", instance) else None

    def get_delete_url(self, instance):
        if self._may("delete", instance):
            return super().get_delete_url(instance)
        return None

    def get_list_buttons(self, instance):
        label = _("Protokoll") if instance.is_sent else _("Ansehen und senden")
        detail = ListingButton(
            label, url=reverse("announcements:detail", args=[instance.pk])
        )
        return [detail, *super().get_list_buttons(instance)]


class AnnouncementCreateView(generic.CreateView):
    def get_success_url(self):
        return reverse("announcements:detail", args=[self.object.pk])


class AnnouncementEditView(OwnCohortsMixin, generic.EditView):
    def allowed(self):
        return editable(self.request.user)

    def get_success_url(self):
        return reverse("announcements:detail", args=[self.object.pk])


class AnnouncementDeleteView(OwnCohortsMixin, generic.DeleteView):
    def allowed(self):
        return editable(self.request.user)


class AnnouncementHistoryView(OwnCohortsMixin, HistoryView):
    pass


class AnnouncementUsageView(OwnCohortsMixin, UsageView):
    pass


class AnnouncementDetailView(WagtailAdminTemplateMixin, TemplateView):
    """The announcement, who gets it, and once sent its log; the send
    button asks for confirmation on this page."""

    template_name = "communication/admin/announcement.html"
    header_icon = "mail"
    page_title = gettext_lazy("Mitteilung")

    def dispatch(self, request, pk):
        self.announcement = get_object_or_404(
            announcements_for_staff(request.user), pk=pk
        )
        return super().dispatch(request)

    def get_page_subtitle(self):
        return self.announcement.title

    def get_context_data(self, **kwargs):
        announcement = self.announcement
        return super().get_context_data(
            announcement=announcement,
            recipients=None
            if announcement.is_sent
            else announcement_recipients(announcement.cohort).count(),
            figures=delivery_figures(announcement),
            deliveries=announcement.deliveries.select_related("user"),
            confirming=self.request.method == "POST",
            **kwargs,
        )

    def post(self, request):
        """First POST asks „wirklich senden?“; the second (confirmed) sends."""
        if request.POST.get("confirm") != "yes":
            return self.render_to_response(self.get_context_data())
        try:
            count = services.send_announcement(
                announcement=self.announcement, user=request.user
            )
        except AlreadySent as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                ngettext(
                    "Die Mitteilung wird an %(count)s Person gesendet.",
                    "Die Mitteilung wird an %(count)s Personen gesendet.",
                    count,
                )
                % {"count": count},
            )
        return redirect("announcements:detail", pk=self.announcement.pk)
