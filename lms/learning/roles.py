"""The role groups and their Wagtail permissions."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Site,
)

from cms.roles import EDITORS, LPR_OFFICE, PARTICIPANTS, TRAINERS

PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
]
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
MODEL_PERMISSIONS = {
    PARTICIPANTS: [],
    TRAINERS: [("wagtailadmin", "access_admin")],
    EDITORS: [("wagtailadmin", "access_admin")],
    LPR_OFFICE: [
        ("wagtailadmin", "access_admin"),
        ("cms", "view_accessibilityfeedback"),
        ("cms", "change_accessibilityfeedback"),
        ("cms", "change_legalsettings"),
        ("cms", "view_outboxmessage"),
        ("lms", "add_cohort"),
        ("lms", "change_cohort"),
        ("lms", "view_cohort"),
        ("lms", "add_enrolment"),
        ("lms", "change_enrolment"),
        ("lms", "view_enrolment"),
        ("lms", "manage_participant_accounts"),
        ("certificates", "issue_certificate"),
        ("certificates", "revoke_certificate"),
        ("certificates", "change_certificatesettings"),
        ("reports", "view_reports"),
        ("evaluation", "add_questionnaire"),
        ("evaluation", "change_questionnaire"),
        ("evaluation", "view_questionnaire"),
        ("evaluation", "view_results"),
    ],
}
CONTENT_ROLES = [EDITORS, LPR_OFFICE]


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def ensure_role_groups():
    """Create the four role groups with their permissions; safe to run again.

    Editors and the LPR office edit the whole page tree of the default site
    and its images and documents.
    """
    home = Site.objects.get(is_default_site=True).root_page
    root_collection = Collection.get_first_root_node()
    groups = {}
    for name, permissions in MODEL_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*(_permission(*perm) for perm in permissions))
        groups[name] = group
    for name in CONTENT_ROLES:
        for codename in PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=groups[name],
                page=home,
                permission=_permission("wagtailcore", codename),
            )
        for app_label, codename in COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=groups[name],
                collection=root_collection,
                permission=_permission(app_label, codename),
            )
    return groups
