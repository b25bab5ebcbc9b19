"""The participant's pages under /lernen/."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.DashboardView.as_view(), name="dashboard"),
    path("profil/", views.ProfileView.as_view(), name="profile"),
    path("erledigt/<int:page_id>/", views.complete_lesson, name="complete_lesson"),
    path("wissens-check/<int:page_id>/", views.submit_quiz, name="submit_quiz"),
    path(
        "wissens-check/versuch/<int:attempt_id>/",
        views.quiz_attempt,
        name="quiz_attempt",
    ),
]
