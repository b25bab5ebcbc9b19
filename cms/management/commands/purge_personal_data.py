from django.core.management.base import BaseCommand

from cms.services import purge_personal_data


class Command(BaseCommand):
    help = (
        "Löscht Anmeldeprotokolle und erledigte Barriere-Meldungen, deren "
        "Aufbewahrungsfrist abgelaufen ist."
    )

    def handle(self, *args, **options):
        for kind, count in purge_personal_data().items():
            self.stdout.write(f"{kind}: {count} gelöscht")
