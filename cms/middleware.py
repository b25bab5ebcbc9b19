from csp.middleware import CSPMiddleware
from django.conf import settings
from django.utils import translation

# Where lms/urls.py mounts the Wagtail admin.
ADMIN_PREFIX = "/admin/"


class CookieLocaleMiddleware:
    """Activate the language chosen with the language switch, else German.

    Unlike Django's LocaleMiddleware this ignores the browser's
    Accept-Language header: the site speaks German unless a visitor asks
    for English through the switch in the footer.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.languages = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if language not in self.languages:
            language = settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's additions under /admin/ only.

    The Wagtail admin renders inline scripts and styles of its own (date and
    page choosers, the page editor), so `CONTENT_SECURITY_POLICY_ADMIN_UPDATE`
    extends the policy there; every other page keeps the strict one.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(ADMIN_PREFIX):
            parts.update = {
                **settings.CONTENT_SECURITY_POLICY_ADMIN_UPDATE,
                **(parts.update or {}),
            }
        return parts
