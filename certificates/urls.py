from django.urls import path

from . import credential_views, views

urlpatterns = [
    path(".well-known/did.json", credential_views.did_document, name="did_document"),
    path(
        "zertifikate/status/<str:list_id>/",
        credential_views.status_list,
        name="credential_status_list",
    ),
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
    path(
        "lernen/zertifikate/<int:pk>/nachweis/",
        credential_views.holder_credential,
        name="certificate_credential",
    ),
]
