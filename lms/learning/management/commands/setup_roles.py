from django.core.management.base import BaseCommand

from lms.learning.roles import ensure_role_groups


class Command(BaseCommand):
    help = "Legt die Rollengruppen mit ihren Berechtigungen an (mehrfach ausführbar)."

    def handle(self, *args, **options):
        groups = ensure_role_groups()
        self.stdout.write(f"Rollengruppen bereit: {', '.join(groups)}.")
