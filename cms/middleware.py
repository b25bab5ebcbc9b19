from csp.middleware import CSPMiddleware
from django.conf import settings
from django.core.exceptions import BadRequest
from django.utils import translation

# Where lms/urls.py mounts the Wagtail admin.
ADMIN_PREFIX = "/admin/"
NUL = "\x00"


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


class RejectNullCharactersMiddleware:
    """400 for a NUL character in the path, the query string, a cookie or a
    form field: no person types one, and PostgreSQL refuses it in text, so it
    would end as a 500 wherever it reached a query.

    Form fields are checked once the view is known, and only where the CSRF
    check reads the body anyway. Views exempt from that check read their body
    themselves (the certificate check hashes uploads as they stream in and
    must see the rate limit first); their forms' text fields refuse NUL like
    every Django CharField. File contents are never looked at.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            NUL in request.path_info
            or _has_nul(request.GET)
            or any(NUL in key + value for key, value in request.COOKIES.items())
        ):
            raise BadRequest("NUL character in the path, query string or cookies.")
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or getattr(view_func, "csrf_exempt", False):
            return None
        if _has_nul(request.POST) or any(
            NUL in key or any(NUL in upload.name for upload in uploads)
            for key, uploads in request.FILES.lists()
        ):
            raise BadRequest("NUL character in a form field.")
        return None


def _has_nul(query_dict):
    return any(
        NUL in key or any(NUL in value for value in values)
        for key, values in query_dict.lists()
    )
