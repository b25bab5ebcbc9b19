"""What the certificates app adds to the participant's dashboard."""

from wagtail.admin.ui.components import Component

from .selectors import holder_certificates


class CertificatesPanel(Component):
    """„Zertifikate und Bescheinigungen“ on /lernen/; renders nothing for
    someone without certificates."""

    template_name = "certificates/includes/dashboard.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        return {"certificates": holder_certificates(self.user)}
