from django.conf import settings
from django.conf.urls.static import static
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import views as cms_views

from . import assignment_views, views
from .forms import QueuedPasswordResetForm

account_patterns = [
    path(
        "anmelden/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="login",
    ),
    path("abmelden/", views.LogoutView.as_view(), name="logout"),
    path(
        "passwort-vergessen/",
        auth_views.PasswordResetView.as_view(form_class=QueuedPasswordResetForm),
        name="password_reset",
    ),
    path(
        "passwort-vergessen/gesendet/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "passwort-neu/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "passwort-neu/fertig/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
]

learner_patterns = [
    path("", views.DashboardView.as_view(), name="dashboard"),
    path("profil/", views.ProfileView.as_view(), name="profile"),
    path("erledigt/<int:page_id>/", views.complete_lesson, name="complete_lesson"),
    path("wissens-check/<int:page_id>/", views.submit_quiz, name="submit_quiz"),
    path(
        "wissens-check/versuch/<int:attempt_id>/",
        views.quiz_attempt,
        name="quiz_attempt",
    ),
    path(
        "projekt/<int:page_id>/",
        assignment_views.workspace,
        name="assignment_workspace",
    ),
    path(
        "projekt/<int:page_id>/einreichen/",
        assignment_views.confirm_submission,
        name="assignment_submit",
    ),
    path(
        "projekt/<int:page_id>/ueberarbeiten/",
        assignment_views.start_revision,
        name="assignment_revise",
    ),
    path(
        "projekt/<int:page_id>/fassung/<int:number>/",
        assignment_views.version_detail,
        name="assignment_version",
    ),
    path(
        "projekt/fassung/<int:version_id>/pdf/",
        assignment_views.version_pdf,
        name="version_pdf",
    ),
    path(
        "anhang/<uuid:key>/",
        assignment_views.attachment_download,
        name="attachment_download",
    ),
]

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("lernen/", include(learner_patterns)),
    path("konto/", include(account_patterns)),
    path(
        "barrierefreiheit/rueckmeldung/",
        cms_views.AccessibilityFeedbackView.as_view(),
        name="accessibility_feedback",
    ),
    path(
        "barrierefreiheit/rueckmeldung/danke/",
        cms_views.AccessibilityFeedbackThanksView.as_view(),
        name="accessibility_feedback_thanks",
    ),
    path("sprache/", set_language, name="set_language"),
    path("admin/", include(wagtailadmin_urls)),
    path("dokumente/", include(wagtaildocs_urls)),
    path("", include("certificates.urls")),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns.append(path("", include(wagtail_urls)))
