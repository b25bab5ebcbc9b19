from django.conf import settings
from django.utils import translation


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
