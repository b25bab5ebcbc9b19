from wagtail import hooks

from .viewsets import ReportViewSet, menu_item


@hooks.register("register_admin_viewset")
def register_report_viewset():
    return ReportViewSet()


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return menu_item()
