from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.sidebar import LinkMenuItem

from . import grading_views
from .models import Submission


@hooks.register("register_admin_urls")
def register_grading_urls():
    return [
        path(
            "bewertung/",
            include(
                (
                    [
                        path(
                            "", grading_views.GradingIndexView.as_view(), name="index"
                        ),
                        path(
                            "fassung/<int:version_id>/",
                            grading_views.ReviewView.as_view(),
                            name="review",
                        ),
                        path(
                            "projektakte/<int:enrolment_id>/<int:page_id>/",
                            grading_views.ProjectView.as_view(),
                            name="project",
                        ),
                    ],
                    "lms_grading",
                ),
                namespace="lms_grading",
            ),
        )
    ]


class GradingMenuItem(MenuItem):
    """The grading queue, with the number of hand-ins waiting in the label.

    Menu items are shared between requests: the count goes into the
    rendered component, never into `self`.
    """

    def is_shown(self, request):
        return grading_views.waiting_for_grading(request) is not None

    def render_component(self, request):
        waiting = grading_views.waiting_for_grading(request)
        label = f"{self.label} ({waiting})" if waiting else self.label
        return LinkMenuItem(
            self.name,
            label,
            self.url,
            icon_name=self.icon_name,
            classname=self.classname,
            attrs=self.attrs,
        )


@hooks.register("register_admin_menu_item")
def register_grading_menu_item():
    return GradingMenuItem(
        _("Projektbewertung"),
        reverse_lazy("lms_grading:index"),
        name="projektbewertung",
        icon_name="tasks",
        order=215,
    )


@hooks.register("refuse_account_deletion")
def accounts_with_projects(users):
    """Handed-in projects and their reviews are evidence for the certificate
    and are never deleted with an account."""
    count = (
        Submission.objects.filter(enrolment__user__in=users, submitted_at__isnull=False)
        .values("enrolment__user")
        .distinct()
        .count()
    )
    if not count:
        return None
    return ngettext(
        "Ein Konto hat eingereichte Projektarbeiten und kann nicht gelöscht "
        "werden. Deaktivieren Sie es stattdessen.",
        "%(count)s Konten haben eingereichte Projektarbeiten und können nicht "
        "gelöscht werden. Deaktivieren Sie sie stattdessen.",
        count,
    ) % {"count": count}
