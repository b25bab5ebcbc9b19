from wagtail import hooks

from .viewsets import PeopleViewSet


@hooks.register("register_admin_viewset")
def register_people_viewset():
    return PeopleViewSet()
