"""The participant's calendar under /lernen/."""

from django.urls import path

from . import views

urlpatterns = [
    path(
        "kalender/<str:token>.ics",
        views.calendar_feed,
        name="calendar_feed",
    ),
    path(
        "kalender/neue-adresse/",
        views.renew_calendar_feed,
        name="renew_calendar_feed",
    ),
    path(
        "termin/<int:session_id>.ics",
        views.session_download,
        name="session_ics",
    ),
]
