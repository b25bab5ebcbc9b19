from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from lms.demo import certificates as certificates_demo
from lms.demo import evaluation as evaluation_demo
from lms.demo import learners as lms_demo
from lms.demo import programme as modules_demo
from lms.demo import site as cms_demo
from lms.learning.progress import forget_everyone


class Command(BaseCommand):
    help = (
        "Legt die Demo-Inhalte an: Lehrgang mit vier Modulen, Wissens-Checks, "
        "Seminarterminen, Projektaufgabe, rechtliche Seiten, Rollengruppen, den "
        "Durchgänge 2026 und 2027 und die Demo-Konten lpr, trainerin, "
        "teilnehmerin, teilnehmer2 (mit eingereichter Projektarbeit) und "
        "absolventin (mit ausgestelltem Zertifikat) und eine offene Befragung; "
        "Passwort jeweils „demo“. "
        "Nur mit DEBUG; ein zweiter Lauf ändert nichts."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--participants",
            type=int,
            default=0,
            metavar="N",
            help="Zusätzlich N erzeugte Teilnehmende mit Fortschritt einschreiben.",
        )

    def handle(self, *args, **options):
        if options["participants"] < 0:
            raise CommandError("--participants muss 0 oder größer sein.")
        if not settings.DEBUG:
            raise CommandError(
                "seed_demo legt Konten mit dem bekannten Passwort „demo“ an und "
                "läuft deshalb nur mit DEBUG=true."
            )
        log = self.stdout.write
        with transaction.atomic():
            home = cms_demo.seed(log=log)
            programme = modules_demo.seed(home=home, log=log)
            users = lms_demo.seed(programme=programme, log=log)
            certificates_demo.seed(users=users, log=log)
            evaluation_demo.seed(programme=programme, log=log)
            if options["participants"] > 0:
                lms_demo.seed_participants(
                    programme=programme, count=options["participants"], log=log
                )
        # The demo writes records in bulk, past the signals that keep the
        # cached progress fresh.
        forget_everyone()
        self.stdout.write(self.style.SUCCESS("Demo-Inhalte sind bereit."))
