import secrets

from django.db import migrations, models

import certificates.models

ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def give_every_certificate_a_check_code(apps, schema_editor):
    certificate_model = apps.get_model("certificates", "Certificate")
    taken = set()
    for certificate in certificate_model.objects.filter(check_code__isnull=True):
        code = None
        while code is None or code in taken:
            code = "".join(secrets.choice(ALPHABET) for _ in range(12))
        taken.add(code)
        certificate.check_code = code
        certificate.save(update_fields=["check_code"])


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0003_certificate_text_names_the_holder"),
    ]

    operations = [
        migrations.AlterField(
            model_name="certificate",
            name="code",
            field=models.CharField(
                default=certificates.models.new_verification_code,
                max_length=40,
                unique=True,
                verbose_name="Prüfadresse",
            ),
        ),
        migrations.AddField(
            model_name="certificate",
            name="check_code",
            field=models.CharField(max_length=12, null=True, verbose_name="Prüfcode"),
        ),
        migrations.RunPython(
            give_every_certificate_a_check_code, migrations.RunPython.noop
        ),
        migrations.AlterField(
            model_name="certificate",
            name="check_code",
            field=models.CharField(
                default=certificates.models.new_check_code,
                max_length=12,
                unique=True,
                verbose_name="Prüfcode",
            ),
        ),
    ]
