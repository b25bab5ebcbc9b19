"""What the certificates app adds to the participant's dashboard and to the
office's admin dashboard."""

from wagtail.admin.ui.components import Component

from .selectors import cohorts_to_certify, holder_certificates, stuck_certificates


class CertificatesPanel(Component):
    """„Zertifikate und Bescheinigungen“ on /lernen/; renders nothing for
    someone without certificates."""

    template_name = "certificates/includes/dashboard.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        return {"certificates": holder_certificates(self.user)}


class StuckCertificatesPanel(Component):
    """Admin dashboard: certificates still being created OUTBOX_STUCK_AFTER
    seconds after they were issued; renders nothing while there are none."""

    name = "stuck_certificates"
    order = 45
    template_name = "certificates/admin/stuck_panel.html"
    SHOWN = 10

    def render_html(self, parent_context=None):
        if not stuck_certificates().exists():
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context=None):
        stuck = stuck_certificates()
        return {"count": stuck.count(), "certificates": stuck[: self.SHOWN]}


class CohortsToCertifyPanel(Component):
    """Admin dashboard: cohorts with participants who meet the requirements
    but have no valid certificate yet."""

    name = "cohorts_to_certify"
    order = 30
    template_name = "certificates/admin/to_certify_panel.html"

    def get_context_data(self, parent_context=None):
        cohorts = cohorts_to_certify()
        return {
            "cohorts": cohorts,
            "participants": sum(row.participants for row in cohorts),
        }
