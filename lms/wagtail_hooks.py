from django.contrib.auth.views import redirect_to_login
from wagtail import hooks

from modules.models import ActivityPage


@hooks.register("before_serve_page")
def require_login_for_activities(page, request, serve_args, serve_kwargs):
    """Lesson content is for logged-in users only."""
    if isinstance(page, ActivityPage) and not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return None
