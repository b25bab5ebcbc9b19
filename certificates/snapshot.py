"""What a certificate says, frozen at issue: holder, programme, cohort,
modules with their teaching units and dates, the project title and the
texts of the certificate template."""

from django.utils import timezone

from cms.core.people import display_name
from lms.learning.progress import format_units
from lms.projects.selectors import passed_project_titles

from .models import Certificate, CertificateSettings


def holder(enrolment):
    """The holder as the certificate names them, birth date if printed."""
    user = enrolment.user
    programme = enrolment.cohort.programme
    birth_date = None
    if programme.certificate_shows_birth_date:
        profile = getattr(user, "participant_profile", None)
        if profile and profile.date_of_birth:
            birth_date = profile.date_of_birth.isoformat()
    return {
        "name": display_name(user),
        "birth_date": birth_date,
    }


def _module_entry(module_progress):
    """One module as certified, its figures read from the progress rules:
    `units` is the planned scope („Umfang des Moduls“), `units_credited`
    what the participant did (the certified UE), `units_attended` the
    seminar units attended of `units_seminar`, all as German text."""
    page = module_progress.page
    dates = module_progress.session_dates
    attendance = module_progress.attendance
    return {
        "number": page.number,
        "title": page.title,
        "units": format_units(module_progress.units_planned),
        "units_credited": format_units(module_progress.units_credited),
        "units_attended": format_units(attendance.units_present),
        "units_seminar": format_units(attendance.units_total),
        "first_day": timezone.localdate(dates[0]).isoformat() if dates else None,
        "last_day": timezone.localdate(dates[1]).isoformat() if dates else None,
    }


def texts(kind):
    """The texts, logo and signatories of the certificate template."""
    template = CertificateSettings.load()
    certificate = kind == Certificate.Kind.CERTIFICATE
    return {
        "issuer": template.issuer,
        "place": template.place,
        "heading": template.certificate_heading
        if certificate
        else template.attendance_heading,
        "text": template.certificate_text if certificate else template.attendance_text,
        "footer": template.footer_text,
        "logo_id": template.logo_id,
        "signatories": [
            {
                "name": block.value["name"],
                "role": block.value["role"],
                "signature_id": block.value["signature"].pk
                if block.value["signature"]
                else None,
            }
            for block in template.signatories
        ],
    }


def units_total(candidate):
    """The teaching units the certificate states in all: those credited."""
    if candidate.kind == Certificate.Kind.CERTIFICATE:
        return candidate.progress.units_credited
    return candidate.module_progress.units_credited


def build_snapshot(candidate, issued_on):
    """Everything the certificate says, frozen at issue."""
    enrolment = candidate.enrolment
    cohort = enrolment.cohort
    programme = cohort.programme
    if candidate.kind == Certificate.Kind.CERTIFICATE:
        modules = [_module_entry(module) for module in candidate.progress.modules]
        project_title = passed_project_titles([enrolment.pk]).get(enrolment.pk)
    else:
        modules = [_module_entry(candidate.module_progress)]
        project_title = None
    return {
        "kind": candidate.kind,
        "holder": holder(enrolment),
        "programme": {
            "title": programme.title,
            "qualification": programme.certificate_title,
            "provider": programme.provider,
        },
        "cohort": {
            "name": cohort.name,
            "start": cohort.start_date.isoformat(),
            "end": cohort.end_date.isoformat(),
        },
        "modules": modules,
        "units_total": format_units(units_total(candidate)),
        "project_title": project_title,
        "issued_on": issued_on.isoformat(),
        **texts(candidate.kind),
    }
