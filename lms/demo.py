"""Demo accounts of the learner side."""

from django.contrib.auth import get_user_model

from cms.roles import LPR_OFFICE, PARTICIPANTS, TRAINERS

from .roles import ensure_role_groups

DEMO_PASSWORD = "demo"
DEMO_ACCOUNTS = [
    ("lpr", "Petra", "Lorenz", LPR_OFFICE),
    ("trainerin", "Anna", "Berger", TRAINERS),
    ("teilnehmerin", "Julia", "Krüger", PARTICIPANTS),
]


def seed(*, log):
    """Create the role groups and the demo accounts (password `demo`)."""
    groups = ensure_role_groups()
    User = get_user_model()
    for username, first_name, last_name, role in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "email": f"{username}@example.org",
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
            user.groups.add(groups[role])
            log(f"Konto „{username}“ ({role}) angelegt.")
