from django.urls import path

from . import views

urlpatterns = [
    path("evaluation/<int:pk>/", views.answer, name="evaluation_answer"),
]
