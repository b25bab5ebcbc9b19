from django.urls import include, path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import views as cms_views
from cms.core import downloads

from .health import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("lernen/", include("lms.learning.urls")),
    path("lernen/", include("lms.projects.urls")),
    path("lernen/", include("lms.communication.urls")),
    path("lernen/", include("lms.evaluation.urls")),
    path("konto/", include("lms.people.urls")),
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
