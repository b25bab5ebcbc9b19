"""The practice project's models leave the `lms` state; their tables stay
(they belong to the `projects` app now, see its 0001)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0005_participantprofile_date_of_birth"),
        ("projects", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name="duedateextension",
                    name="enrolment",
                ),
                migrations.RemoveField(
                    model_name="duedateextension",
                    name="granted_by",
                ),
                migrations.RemoveField(
                    model_name="duedateextension",
                    name="page",
                ),
                migrations.RemoveField(
                    model_name="duedatereminder",
                    name="enrolment",
                ),
                migrations.RemoveField(
                    model_name="duedatereminder",
                    name="page",
                ),
                migrations.RemoveField(
                    model_name="gradingevent",
                    name="actor",
                ),
                migrations.RemoveField(
                    model_name="gradingevent",
                    name="enrolment",
                ),
                migrations.RemoveField(
                    model_name="gradingevent",
                    name="page",
                ),
                migrations.RemoveField(
                    model_name="mentoringnote",
                    name="author",
                ),
                migrations.RemoveField(
                    model_name="mentoringnote",
                    name="enrolment",
                ),
                migrations.RemoveField(
                    model_name="mentoringnote",
                    name="page",
                ),
                migrations.RemoveField(
                    model_name="review",
                    name="corrects",
                ),
                migrations.RemoveField(
                    model_name="review",
                    name="reviewer",
                ),
                migrations.RemoveField(
                    model_name="review",
                    name="version",
                ),
                migrations.RemoveField(
                    model_name="submission",
                    name="activityrecord_ptr",
                ),
                migrations.RemoveField(
                    model_name="submissionversion",
                    name="submission",
                ),
                migrations.DeleteModel(
                    name="Attachment",
                ),
                migrations.DeleteModel(
                    name="DueDateExtension",
                ),
                migrations.DeleteModel(
                    name="DueDateReminder",
                ),
                migrations.DeleteModel(
                    name="GradingEvent",
                ),
                migrations.DeleteModel(
                    name="MentoringNote",
                ),
                migrations.DeleteModel(
                    name="Review",
                ),
                migrations.DeleteModel(
                    name="Submission",
                ),
                migrations.DeleteModel(
                    name="SubmissionVersion",
                ),
            ],
        ),
    ]
