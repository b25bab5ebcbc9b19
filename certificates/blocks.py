from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class SignatoryBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=100)
    role = blocks.CharBlock(
        label=_("Funktion"),
        max_length=150,
        help_text=_("Zum Beispiel „Geschäftsführer des Landespräventionsrats“."),
    )
    signature = ImageChooserBlock(
        label=_("Unterschrift"),
        required=False,
        help_text=_("Eingescannte Unterschrift, PNG mit transparentem Hintergrund."),
    )

    class Meta:
        icon = "edit"
        label = _("Unterzeichnende Person")
