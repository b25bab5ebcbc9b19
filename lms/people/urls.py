"""Account pages under /konto/: login, password and e-mail address."""

from django.contrib.auth import views as auth_views
from django.urls import path

from lms.learning import views as learning_views

from . import views
from .forms import QueuedPasswordResetForm

urlpatterns = [
    path("anmelden/", views.LoginView.as_view(), name="login"),
    path("abmelden/", learning_views.LogoutView.as_view(), name="logout"),
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
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "passwort-neu/fertig/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path(
        "passwort-aendern/",
        views.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path(
        "passwort-aendern/fertig/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("e-mail/", views.EmailChangeView.as_view(), name="email_change"),
    path(
        "e-mail/gesendet/",
        views.EmailChangeSentView.as_view(),
        name="email_change_sent",
    ),
    path(
        "e-mail/bestaetigen/<str:token>/",
        views.EmailChangeConfirmView.as_view(),
        name="email_change_confirm",
    ),
]
