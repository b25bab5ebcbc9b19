"""Demo certificate template (signatories with drawn signatures), the demo
key that signs the digital credentials, and the certificate of
`absolventin`, issued by `lpr`."""

import io
import math
from pathlib import Path

from django.conf import settings
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

from certificates import keys, services
from certificates.models import Certificate, CertificateSettings
from lms.learning.models import Enrolment

SIGNATORIES = [
    ("Dr. Katrin Sommerfeld", "Geschäftsführerin des Landespräventionsrats Sachsen"),
    ("Matthias Lehnert", "Lehrgangsleitung Beccaria-Qualifizierung"),
]


def seed(*, users, log):
    _seed_template(log=log)
    _seed_signing_key(log=log)
    enrolment = Enrolment.objects.filter(
        user=users["absolventin"], status=Enrolment.Status.COMPLETED
    ).first()
    if enrolment is None:
        return
    existing = Certificate.objects.filter(
        enrolment=enrolment, status=Certificate.Status.ISSUED
    ).first()
    if existing is not None:
        services.attach_credential(existing)
    if Certificate.objects.filter(enrolment=enrolment).exists():
        return
    certificate, _created = services.issue(enrolment, by=users["lpr"])
    log(f"Zertifikat {certificate.number} für „absolventin“ ausgestellt.")


def _seed_signing_key(*, log):
    """The demo signing key (made on first use where the settings allow it,
    see CREDENTIAL_SIGNING_KEY_DEMO), registered with its public key."""
    path = Path(settings.CREDENTIAL_SIGNING_KEY_FILE or ".")
    existed = path.is_file()
    try:
        _private_key, key = keys.current_key()
    except keys.SigningKeyError as error:
        log(f"Kein Signierschlüssel für digitale Nachweise: {error}")
        return
    if not existed:
        log(f"Demo-Signierschlüssel angelegt: {path} ({keys.method_id(key.kid)}).")


def _seed_template(*, log):
    template = CertificateSettings.load()
    if template.signatories:
        return
    template.signatories = [
        {
            "type": "signatory",
            "value": {
                "name": name,
                "role": role,
                "signature": _signature_image(name, seed=index).pk,
            },
        }
        for index, (name, role) in enumerate(SIGNATORIES)
    ]
    template.save()
    log("Zertifikatsvorlage mit zwei Unterzeichnenden angelegt.")


def _signature_image(name, *, seed):
    """A scribbled line that stands in for a scanned signature."""
    width, height = 480, 140
    image = PILImage.new("RGBA", (width, height), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    points = [
        (
            20 + x,
            height / 2
            + 34 * math.sin(x / (23 + 5 * seed)) * math.cos(x / (61 + 9 * seed))
            - x / 12,
        )
        for x in range(0, width - 40, 3)
    ]
    draw.line(points, fill=(20, 35, 90, 255), width=5, joint="curve")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    buffer.seek(0)
    return get_image_model().objects.create(
        title=f"Unterschrift {name} (Demo)",
        file=ImageFile(buffer, name=f"unterschrift-{seed + 1}.png"),
    )
