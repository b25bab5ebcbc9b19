"""Mail helpers: render German mail templates and find staff recipients."""

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

from ..roles import LPR_OFFICE


def lpr_office_emails():
    """E-mail addresses of the active members of the LPR office group."""
    return list(
        get_user_model()
        .objects.filter(groups__name=LPR_OFFICE, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
    )


def render_templated_mail(template, context):
    """`<template>_subject.txt` and `<template>_body.txt`, rendered in German."""
    with translation.override("de"):
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}_body.txt", context)
    return subject, body


def send_templated_mail(*, template, context, recipients):
    """Send `<template>_subject.txt` and `<template>_body.txt` in German."""
    subject, body = render_templated_mail(template, context)
    send_mail(subject, body, None, recipients)
