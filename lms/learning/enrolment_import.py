"""Bulk enrolment from a CSV file: plan and import all or nothing, then invite.

`enrolment_file` reads and checks the file without writing; `plan_import`
matches its rows to accounts, `import_enrolments` writes everything in one
transaction or nothing, and `send_invitation` mails a new participant the
link to set a password.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.db import IntegrityError, transaction
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from cms.core.mail import send_templated_mail
from cms.roles import PARTICIPANTS
from lms.learning import tasks

from .enrolment_file import ImportRow, InvalidEnrolmentFile
from .models import Cohort, Enrolment, ParticipantProfile
from .services import enrol

GERMAN_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


@dataclass
class PlannedRow:
    """What importing a row would do: create an account, enrol an existing
    one, or nothing because the account is already in the cohort."""

    NEW = "new"
    EXISTING = "existing"
    ENROLLED = "enrolled"

    row: ImportRow
    user: object = None
    enrolment: Enrolment | None = None

    @property
    def action(self):
        if self.user is None:
            return self.NEW
        return self.ENROLLED if self.enrolment else self.EXISTING


@dataclass
class ImportResult:
    """The users of an import, by what happened to them."""

    created: list = field(default_factory=list)
    enrolled: list = field(default_factory=list)
    already_enrolled: list = field(default_factory=list)


# Planning and importing


def _in_chunks(values, size=500):
    values = list(values)
    for start in range(0, len(values), size):
        yield values[start : start + size]


def plan_import(*, cohort, rows):
    """Match each row to an existing account by e-mail (ignoring case).

    Returns a `PlannedRow` per row. Raises InvalidEnrolmentFile if an e-mail
    address belongs to several accounts or to a deactivated one, since the
    office has to decide those cases itself. Reads only.
    """
    accounts = {}
    emails = {row.email.lower() for row in rows}
    for chunk in _in_chunks(emails):
        users = (
            get_user_model()
            .objects.annotate(email_key=Lower("email"))
            .filter(email_key__in=chunk)
            .order_by("pk")
        )
        for user in users:
            accounts.setdefault(user.email_key, []).append(user)
    enrolments = {
        enrolment.user_id: enrolment
        for users in _in_chunks(
            user for matches in accounts.values() for user in matches
        )
        for enrolment in Enrolment.objects.filter(cohort=cohort, user__in=users)
    }
    plans, errors = [], []
    for row in rows:
        matches = accounts.get(row.email.lower(), [])
        if len(matches) > 1:
            errors.append(
                _(
                    "Zeile %(line)s: Zur E-Mail-Adresse „%(email)s“ gibt es mehrere "
                    "Konten (%(usernames)s). Bitte klären Sie das zuerst in der "
                    "Benutzerverwaltung."
                )
                % {
                    "line": row.line,
                    "email": row.email,
                    "usernames": ", ".join(user.get_username() for user in matches),
                }
            )
        elif matches and not matches[0].is_active:
            errors.append(
                _(
                    "Zeile %(line)s: Das Konto „%(username)s“ zur E-Mail-Adresse "
                    "„%(email)s“ ist deaktiviert."
                )
                % {
                    "line": row.line,
                    "username": matches[0].get_username(),
                    "email": row.email,
                }
            )
        else:
            user = matches[0] if matches else None
            plans.append(
                PlannedRow(
                    row=row,
                    user=user,
                    enrolment=user and enrolments.get(user.pk),
                )
            )
    if errors:
        raise InvalidEnrolmentFile(errors)
    return plans


def import_enrolments(*, cohort, rows):
    """Enrol every row in `cohort` for the whole programme, or nobody.

    Existing accounts are reused by e-mail; new participants get an account
    without a usable password and an invitation mail once the transaction is
    committed. Everyone lands in the participants group, and an empty
    organisation is filled in from the file. Importing the same rows again
    changes nothing and sends nothing. Raises InvalidEnrolmentFile when a row
    cannot be imported.
    """
    result = ImportResult()
    try:
        with transaction.atomic():
            # Serialise imports into the same cohort, so a double submit
            # cannot create the same participant twice.
            Cohort.objects.select_for_update().get(pk=cohort.pk)
            plans = plan_import(cohort=cohort, rows=rows)
            group, _created = Group.objects.get_or_create(name=PARTICIPANTS)
            for plan in plans:
                user = plan.user or _create_participant(plan.row)
                user.groups.add(group)
                enrol(user=user, cohort=cohort, scope=Enrolment.Scope.PROGRAMME)
                if plan.row.organisation:
                    ParticipantProfile.objects.filter(
                        user=user, organisation=""
                    ).update(organisation=plan.row.organisation)
                if plan.action == PlannedRow.NEW:
                    result.created.append(user)
                    # robust: a broker outage must not hide the committed
                    # import or stop the remaining invitations; it is logged.
                    tasks.send_invitation_task.delay_on_commit(user.pk)
                elif plan.action == PlannedRow.EXISTING:
                    result.enrolled.append(user)
                else:
                    result.already_enrolled.append(user)
    except IntegrityError as error:
        raise InvalidEnrolmentFile(
            [
                _(
                    "Die Daten wurden während des Imports an anderer Stelle "
                    "geändert; es wurde nichts übernommen. Bitte versuchen Sie es "
                    "noch einmal."
                )
            ]
        ) from error
    return result


def _create_participant(row):
    user = get_user_model()(
        username=_free_username(row.email),
        first_name=row.first_name,
        last_name=row.last_name,
        email=get_user_model().objects.normalize_email(row.email),
    )
    user.set_unusable_password()
    user.save()
    return user


def _free_username(email):
    """The e-mail's local part in plain ASCII, numbered if already taken."""
    local = email.rsplit("@", 1)[0].casefold().translate(GERMAN_TRANSLITERATION)
    ascii_local = unicodedata.normalize("NFKD", local).encode("ascii", "ignore")
    base = re.sub(r"[^a-z0-9._-]+", "", ascii_local.decode()).strip("._-")[:140]
    base = base or "teilnehmer"
    users = get_user_model().objects
    candidate, number = base, 1
    while users.filter(username__iexact=candidate).exists():
        number += 1
        candidate = f"{base}{number}"
    return candidate


# Invitation


def invitation_link(user):
    """Absolute link to the form where `user` sets a password."""
    path = reverse(
        "password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return settings.SITE_URL + path


def send_invitation(*, user):
    """Mail `user` the username, the cohort and the set-password link."""
    enrolment = (
        user.enrolments.select_related("cohort__programme").order_by("pk").first()
    )
    send_templated_mail(
        template="lms/mail/invitation",
        context={
            "user": user,
            "cohort": enrolment and enrolment.cohort,
            "set_password_url": invitation_link(user),
            "password_reset_url": settings.SITE_URL + reverse("password_reset"),
            "login_url": settings.SITE_URL + reverse("login"),
            "valid_days": max(settings.PASSWORD_RESET_TIMEOUT // (24 * 60 * 60), 1),
        },
        recipients=[user.email],
    )
