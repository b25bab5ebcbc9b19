from django.urls import path

from . import views

urlpatterns = [
    path("zertifikate/pruefen/", views.verify, name="certificate_verify"),
    path(
        "zertifikate/pruefen/<str:code>/",
        views.check,
        name="certificate_check",
    ),
    path(
        "lernen/zertifikate/<int:pk>/",
        views.holder_detail,
        name="certificate_detail",
    ),
    path(
        "lernen/zertifikate/<int:pk>/pdf/",
        views.holder_pdf,
        name="certificate_pdf",
    ),
]
