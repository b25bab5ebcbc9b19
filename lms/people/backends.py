from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend

from .accounts import find_account


class UsernameOrEmailBackend(ModelBackend):
    """Log in with the user name or the e-mail address (see `find_account`).

    django-axes sits before this backend and counts the failures.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            username = kwargs.get(get_user_model().USERNAME_FIELD)
        if username is None or password is None:
            return None
        user = find_account(username)
        if user is None:
            # Hash anyway, so that the answer takes as long as for an account.
            get_user_model()().set_password(password)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None
