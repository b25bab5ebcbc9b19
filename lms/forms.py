from django.contrib.auth.forms import PasswordResetForm
from django.template import loader

from .tasks import send_mail_task


class QueuedPasswordResetForm(PasswordResetForm):
    """Password reset whose mail is sent by a Celery task, not in the request."""

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        subject = "".join(
            loader.render_to_string(subject_template_name, context).splitlines()
        )
        body = loader.render_to_string(email_template_name, context)
        send_mail_task.delay(subject=subject, body=body, recipients=[to_email])
