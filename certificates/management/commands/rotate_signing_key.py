from django.core.management.base import BaseCommand, CommandError

from certificates.keys import SigningKeyError, method_id, rotate


class Command(BaseCommand):
    help = (
        "Erzeugt einen neuen Ed25519-Signierschlüssel für die digitalen Nachweise "
        "in der Datei CREDENTIAL_SIGNING_KEY_FILE und legt den bisherigen still. "
        "Dessen öffentlicher Schlüssel bleibt im DID-Dokument, damit alle damit "
        "unterschriebenen Nachweise gültig bleiben."
    )

    def handle(self, *args, **options):
        try:
            key = rotate()
        except (SigningKeyError, OSError) as error:
            raise CommandError(str(error)) from error
        message = f"Neuer Signierschlüssel in Gebrauch: {method_id(key.kid)}"
        self.stdout.write(self.style.SUCCESS(message))
