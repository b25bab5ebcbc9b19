"""The people area in the Wagtail admin (URL namespace `people`)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from . import admin_views
from .selectors import may_manage_people


class PeopleMenuItem(MenuItem):
    def is_shown(self, request):
        return may_manage_people(request.user)


class PeopleViewSet(ViewSet):
    """The office looks after participants' accounts."""

    name = "people"
    url_prefix = "personen"
    icon = "user"
    add_to_admin_menu = True
    menu_label = _("Personen")
    menu_order = 205
    menu_item_class = PeopleMenuItem

    def get_urlpatterns(self):
        return [
            path("", admin_views.PeopleIndexView.as_view(), name="index"),
            path("<int:pk>/", admin_views.PersonView.as_view(), name="person"),
            path(
                "<int:pk>/aendern/", admin_views.PersonEditView.as_view(), name="edit"
            ),
            path(
                "<int:pk>/deaktivieren/",
                admin_views.DeactivateView.as_view(),
                name="deactivate",
            ),
            path(
                "<int:pk>/aktivieren/",
                admin_views.ReactivateView.as_view(),
                name="reactivate",
            ),
            path("<int:pk>/einladen/", admin_views.InviteView.as_view(), name="invite"),
        ]
