from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from certificates.credential_check import MAX_CREDENTIAL_BYTES, check


class Command(BaseCommand):
    help = (
        "Prüft einen digitalen Nachweis (Open Badge 3.0, VC-JWT) mit den "
        "gespeicherten öffentlichen Schlüsseln und der Statusliste: Unterschrift, "
        "Aussteller, Status und Inhalt. Endet mit einem Fehlercode, wenn der "
        "Nachweis nicht gültig ist."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Datei des Nachweises (.jwt)")

    def handle(self, *args, file, **options):
        try:
            data = Path(file).read_bytes()[: MAX_CREDENTIAL_BYTES + 1]
        except OSError as error:
            raise CommandError(f"Die Datei lässt sich nicht lesen: {error}") from error
        result = check(data)
        for line in self._report(result):
            self.stdout.write(line)
        if not result.valid:
            raise CommandError(result.problem or "Status: widerrufen")
        self.stdout.write(self.style.SUCCESS("Status: gültig"))

    def _report(self, result):
        yes_no = {True: "bestätigt", False: "nicht bestätigt"}
        yield f"Unterschrift: {yes_no[result.signature]}"
        yield f"Aussteller: {yes_no[result.issuer]} {result.content.get('issuer', '')}"
        if result.signature:
            content = result.content
            yield f"Inhaberin/Inhaber: {content['holder']}"
            yield f"Bescheinigt: {content['name']}"
            yield f"Ausgestellt am: {content['issued_on']:%d.%m.%Y}"
            yield content["narrative"]
