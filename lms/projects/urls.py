"""The participant's practice project under /lernen/."""

from django.urls import path

from . import submission_views, version_views, views

urlpatterns = [
    path(
        "projekt/<int:page_id>/",
        views.workspace,
        name="assignment_workspace",
    ),
    path(
        "projekt/<int:page_id>/einreichen/",
        submission_views.confirm_submission,
        name="assignment_submit",
    ),
    path(
        "projekt/<int:page_id>/ueberarbeiten/",
        submission_views.start_revision,
        name="assignment_revise",
    ),
    path(
        "projekt/<int:page_id>/fassung/<int:number>/",
        version_views.version_detail,
        name="assignment_version",
    ),
    path(
        "projekt/fassung/<int:version_id>/pdf/",
        version_views.version_pdf,
        name="version_pdf",
    ),
    path(
        "anhang/<uuid:key>/",
        version_views.attachment_download,
        name="attachment_download",
    ),
]
