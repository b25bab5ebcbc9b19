from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import views as cms_views
from cms.core import downloads
from lms.learning import views
from lms.learning.forms import QueuedPasswordResetForm

from .health import healthz

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

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("lernen/", include("lms.learning.urls")),
    path("lernen/", include("lms.projects.urls")),
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
    # Images from the media storage, whether on this disk or in a bucket.
    path("media/<path:name>", downloads.public_media, name="public_media"),
    path("", include(wagtail_urls)),
]

# German refusals that keep typed text (see lms/projects/error_views.py).
handler400 = "lms.projects.error_views.bad_request"
