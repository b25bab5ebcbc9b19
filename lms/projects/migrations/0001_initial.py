"""The practice project moves out of the `lms` app into its own, `projects`.

No table changes: the models keep their tables (`db_table`), only the
migration state and the content types move.
"""

import cms.core.storage
import django.core.validators
import django.db.models.deletion
import lms.projects.models
import uuid
from django.conf import settings
from django.db import migrations, models


MOVED = [
    "submission",
    "submissionversion",
    "attachment",
    "review",
    "duedateextension",
    "mentoringnote",
    "gradingevent",
    "duedatereminder",
]


def move_content_types(apps, schema_editor, *, source="lms", target="projects"):
    """The moved models keep their content types (and so the polymorphic
    type of every stored record and any permission on them)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label=source, model__in=MOVED).update(
        app_label=target
    )


def move_content_types_back(apps, schema_editor):
    move_content_types(apps, schema_editor, source="projects", target="lms")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("lms", "0005_participantprofile_date_of_birth"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Submission",
                    fields=[
                        (
                            "activityrecord_ptr",
                            models.OneToOneField(
                                auto_created=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                parent_link=True,
                                primary_key=True,
                                serialize=False,
                                to="lms.activityrecord",
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("draft", "Entwurf"),
                                    ("submitted", "eingereicht"),
                                    ("in_review", "in Bewertung"),
                                    ("revision", "Überarbeitung erbeten"),
                                    ("passed", "bestanden"),
                                    ("failed", "nicht bestanden"),
                                ],
                                db_index=True,
                                default="draft",
                                max_length=10,
                                verbose_name="Status",
                            ),
                        ),
                        (
                            "submitted_at",
                            models.DateTimeField(
                                blank=True,
                                db_index=True,
                                null=True,
                                verbose_name="Zuletzt eingereicht am",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "Projektarbeit",
                        "verbose_name_plural": "Projektarbeiten",
                        "db_table": "lms_submission",
                    },
                    bases=("lms.activityrecord",),
                ),
                migrations.CreateModel(
                    name="DueDateExtension",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "due_at",
                            models.DateTimeField(verbose_name="Neue Abgabefrist"),
                        ),
                        (
                            "reason",
                            models.CharField(max_length=500, verbose_name="Begründung"),
                        ),
                        (
                            "created_at",
                            models.DateTimeField(
                                auto_now_add=True, verbose_name="Gewährt am"
                            ),
                        ),
                        (
                            "enrolment",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="%(class)s_set",
                                to="lms.enrolment",
                                verbose_name="Einschreibung",
                            ),
                        ),
                        (
                            "granted_by",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="Gewährt von",
                            ),
                        ),
                        (
                            "page",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="+",
                                to=settings.WAGTAIL_PAGE_MODEL,
                                verbose_name="Projektaufgabe",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "Fristverlängerung",
                        "verbose_name_plural": "Fristverlängerungen",
                        "db_table": "lms_duedateextension",
                        "ordering": ["created_at", "pk"],
                    },
                ),
                migrations.CreateModel(
                    name="GradingEvent",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "detail",
                            models.CharField(
                                blank=True, max_length=500, verbose_name="Einzelheiten"
                            ),
                        ),
                        (
                            "created_at",
                            models.DateTimeField(
                                auto_now_add=True, verbose_name="Zeitpunkt"
                            ),
                        ),
                        (
                            "action",
                            models.CharField(
                                choices=[
                                    ("submitted", "eingereicht"),
                                    ("review_saved", "Bewertungsentwurf gespeichert"),
                                    ("review_released", "Bewertung freigegeben"),
                                    ("review_corrected", "Bewertung korrigiert"),
                                    ("extension", "Frist verlängert"),
                                    ("mentoring", "Begleitgespräch erfasst"),
                                    ("revision_started", "Überarbeitung begonnen"),
                                ],
                                max_length=20,
                                verbose_name="Aktion",
                            ),
                        ),
                        (
                            "actor",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="Von",
                            ),
                        ),
                        (
                            "enrolment",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="%(class)s_set",
                                to="lms.enrolment",
                                verbose_name="Einschreibung",
                            ),
                        ),
                        (
                            "page",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="+",
                                to=settings.WAGTAIL_PAGE_MODEL,
                                verbose_name="Projektaufgabe",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "Protokolleintrag",
                        "verbose_name_plural": "Protokoll",
                        "db_table": "lms_gradingevent",
                        "ordering": ["created_at", "pk"],
                        "abstract": False,
                    },
                ),
                migrations.CreateModel(
                    name="MentoringNote",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("held_on", models.DateField(verbose_name="Datum")),
                        (
                            "duration_minutes",
                            models.PositiveSmallIntegerField(
                                validators=[
                                    django.core.validators.MinValueValidator(1),
                                    django.core.validators.MaxValueValidator(600),
                                ],
                                verbose_name="Dauer (Minuten)",
                            ),
                        ),
                        ("notes", models.TextField(verbose_name="Notizen")),
                        (
                            "visible_to_participant",
                            models.BooleanField(
                                default=False,
                                verbose_name="für die Teilnehmerin / den Teilnehmer sichtbar",
                            ),
                        ),
                        (
                            "created_at",
                            models.DateTimeField(
                                auto_now_add=True, verbose_name="Erfasst am"
                            ),
                        ),
                        (
                            "author",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="Geführt von",
                            ),
                        ),
                        (
                            "enrolment",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="%(class)s_set",
                                to="lms.enrolment",
                                verbose_name="Einschreibung",
                            ),
                        ),
                        (
                            "page",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="+",
                                to=settings.WAGTAIL_PAGE_MODEL,
                                verbose_name="Projektaufgabe",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "Begleitgespräch",
                        "verbose_name_plural": "Begleitgespräche",
                        "db_table": "lms_mentoringnote",
                        "ordering": ["-held_on", "-pk"],
                    },
                ),
                migrations.CreateModel(
                    name="SubmissionVersion",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "number",
                            models.PositiveSmallIntegerField(verbose_name="Fassung"),
                        ),
                        (
                            "title",
                            models.CharField(
                                blank=True,
                                max_length=200,
                                verbose_name="Titel des Projekts",
                            ),
                        ),
                        (
                            "sections",
                            models.JSONField(default=list, verbose_name="Abschnitte"),
                        ),
                        ("goals", models.JSONField(default=list, verbose_name="Ziele")),
                        (
                            "measures",
                            models.JSONField(default=list, verbose_name="Maßnahmen"),
                        ),
                        (
                            "planning",
                            models.JSONField(
                                default=list, verbose_name="Planungsübersicht"
                            ),
                        ),
                        (
                            "revision",
                            models.PositiveIntegerField(
                                default=0,
                                editable=False,
                                help_text="Zählt gespeicherte Entwürfe; erkennt Speichern aus zwei Fenstern.",
                            ),
                        ),
                        (
                            "review_revision",
                            models.PositiveIntegerField(
                                default=0,
                                editable=False,
                                help_text="Zählt gespeicherte Bewertungen; erkennt gleichzeitiges Bewerten.",
                            ),
                        ),
                        (
                            "created_at",
                            models.DateTimeField(
                                auto_now_add=True, verbose_name="Angelegt am"
                            ),
                        ),
                        (
                            "updated_at",
                            models.DateTimeField(
                                auto_now=True, verbose_name="Gespeichert am"
                            ),
                        ),
                        (
                            "submitted_at",
                            models.DateTimeField(
                                blank=True, null=True, verbose_name="Eingereicht am"
                            ),
                        ),
                        (
                            "submission",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="versions",
                                to="projects.submission",
                                verbose_name="Projektarbeit",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "Fassung",
                        "verbose_name_plural": "Fassungen",
                        "db_table": "lms_submissionversion",
                        "ordering": ["submission", "number"],
                    },
                ),
                migrations.CreateModel(
                    name="Review",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "scores",
                            models.JSONField(
                                default=list,
                                help_text="Liste von {id, name, points, max_points, level}.",
                                verbose_name="Punkte je Kriterium",
                            ),
                        ),
                        (
                            "section_comments",
                            models.JSONField(
                                default=dict, verbose_name="Anmerkungen je Abschnitt"
                            ),
                        ),
                        (
                            "feedback",
                            models.TextField(
                                blank=True, verbose_name="Gesamtrückmeldung"
                            ),
                        ),
                        (
                            "decision",
                            models.CharField(
                                blank=True,
                                choices=[
                                    ("passed", "bestanden"),
                                    ("revision", "Überarbeitung erbeten"),
                                    ("failed", "nicht bestanden"),
                                ],
                                max_length=10,
                                verbose_name="Entscheidung",
                            ),
                        ),
                        (
                            "pass_points",
                            models.PositiveSmallIntegerField(
                                default=0, verbose_name="Bestehensgrenze"
                            ),
                        ),
                        (
                            "correction_reason",
                            models.TextField(
                                blank=True, verbose_name="Grund der Korrektur"
                            ),
                        ),
                        (
                            "created_at",
                            models.DateTimeField(
                                auto_now_add=True, verbose_name="Angelegt am"
                            ),
                        ),
                        (
                            "updated_at",
                            models.DateTimeField(
                                auto_now=True, verbose_name="Gespeichert am"
                            ),
                        ),
                        (
                            "released_at",
                            models.DateTimeField(
                                blank=True, null=True, verbose_name="Freigegeben am"
                            ),
                        ),
                        (
                            "corrects",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="corrections",
                                to="projects.review",
                                verbose_name="Korrigiert",
                            ),
                        ),
                        (
                            "reviewer",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="Bewertet von",
                            ),
                        ),
                        (
                            "version",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="reviews",
                                to="projects.submissionversion",
                                verbose_name="Fassung",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "Bewertung",
                        "verbose_name_plural": "Bewertungen",
                        "db_table": "lms_review",
                        "ordering": ["version", "created_at", "pk"],
                    },
                ),
                migrations.CreateModel(
                    name="Attachment",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "key",
                            models.UUIDField(
                                default=uuid.uuid4, editable=False, unique=True
                            ),
                        ),
                        (
                            "file",
                            models.FileField(
                                max_length=200,
                                storage=cms.core.storage.PrivateStorage(),
                                upload_to=lms.projects.models._attachment_name,
                                verbose_name="Datei",
                            ),
                        ),
                        (
                            "name",
                            models.CharField(max_length=200, verbose_name="Dateiname"),
                        ),
                        (
                            "file_type",
                            models.CharField(max_length=10, verbose_name="Dateityp"),
                        ),
                        (
                            "size",
                            models.PositiveBigIntegerField(verbose_name="Größe (Byte)"),
                        ),
                        (
                            "sha256",
                            models.CharField(max_length=64, verbose_name="SHA-256"),
                        ),
                        (
                            "uploaded_at",
                            models.DateTimeField(
                                auto_now_add=True, verbose_name="Hochgeladen am"
                            ),
                        ),
                        (
                            "version",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="attachments",
                                to="projects.submissionversion",
                                verbose_name="Fassung",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "Anhang",
                        "verbose_name_plural": "Anhänge",
                        "db_table": "lms_attachment",
                        "ordering": ["uploaded_at", "pk"],
                    },
                ),
                migrations.CreateModel(
                    name="DueDateReminder",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("week", "7 Tage vorher"),
                                    ("day", "1 Tag vorher"),
                                ],
                                max_length=4,
                            ),
                        ),
                        ("due_at", models.DateTimeField()),
                        ("sent_at", models.DateTimeField(auto_now_add=True)),
                        (
                            "enrolment",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to="lms.enrolment",
                            ),
                        ),
                        (
                            "page",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "Erinnerung",
                        "verbose_name_plural": "Erinnerungen",
                        "db_table": "lms_duedatereminder",
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("enrolment", "page", "kind", "due_at"),
                                name="one_reminder_per_due_date",
                            )
                        ],
                    },
                ),
                migrations.AddConstraint(
                    model_name="submissionversion",
                    constraint=models.UniqueConstraint(
                        fields=("submission", "number"), name="unique_version_number"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="submissionversion",
                    constraint=models.UniqueConstraint(
                        condition=models.Q(("submitted_at__isnull", True)),
                        fields=("submission",),
                        name="one_draft_per_submission",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="review",
                    constraint=models.UniqueConstraint(
                        condition=models.Q(("released_at__isnull", True)),
                        fields=("version",),
                        name="one_draft_review_per_version",
                    ),
                ),
            ],
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
