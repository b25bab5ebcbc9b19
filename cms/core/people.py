"""How the product names a person."""


def display_name(user):
    """The full name, or the user name where none is given."""
    return user.get_full_name() or user.get_username()
