from django.core.management.base import BaseCommand, CommandError

from certificates.audit import audit_and_report


class Command(BaseCommand):
    help = (
        "Prüft jedes gespeicherte Zertifikat-PDF gegen seine Prüfsumme (SHA-256), "
        "meldet Abweichungen und fehlende Dateien der LPR-Geschäftsstelle und "
        "endet dann mit einem Fehlercode."
    )

    def handle(self, *args, **options):
        findings = audit_and_report()
        for finding in findings:
            self.stdout.write(f"{finding.certificate.number}: {finding.problem}")
        if findings:
            raise CommandError(
                f"{len(findings)} Zertifikat(e) auffällig; die LPR-Geschäftsstelle "
                "ist benachrichtigt."
            )
        self.stdout.write(
            self.style.SUCCESS("Alle gespeicherten Zertifikate sind unverändert.")
        )
