"""StreamField blocks shared by content and lesson pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    """A section heading; lessons start at level 2 below the page title."""

    text = blocks.CharBlock(label=_("Überschrift"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Ebene"),
        choices=[("h2", _("Abschnitt (H2)")), ("h3", _("Unterabschnitt (H3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Überschrift")
        template = "blocks/heading_block.html"


class AccessibleImageBlock(blocks.StructBlock):
    """An image that cannot be saved without a text alternative."""

    image = ImageChooserBlock(label=_("Bild"))
    alt_text = blocks.CharBlock(
        label=_("Alternativtext"),
        max_length=300,
        help_text=_(
            "Beschreibt, was das Bild zeigt, für Menschen, die es nicht sehen "
            "können. Pflichtfeld."
        ),
    )
    caption = blocks.CharBlock(
        label=_("Bildunterschrift"), required=False, max_length=300
    )

    class Meta:
        icon = "image"
        label = _("Bild")
        template = "blocks/image_block.html"


class DocumentBlock(blocks.StructBlock):
    """A downloadable document with a description of what it contains."""

    document = DocumentChooserBlock(label=_("Dokument"))
    description = blocks.CharBlock(
        label=_("Beschreibung"),
        required=False,
        max_length=300,
        help_text=_(
            "Worum es in dem Dokument geht, z. B. „Arbeitsblatt zu Schritt 1“."
        ),
    )

    class Meta:
        icon = "doc-full"
        label = _("Download")
        template = "blocks/document_block.html"


class KeyStatementBlock(blocks.StructBlock):
    """A highlighted statement the participant should remember."""

    text = blocks.TextBlock(label=_("Merksatz"))

    class Meta:
        icon = "pick"
        label = _("Merksatz")
        template = "blocks/key_statement_block.html"


class ReflectionQuestionBlock(blocks.StructBlock):
    """A question that invites the participant to relate the lesson to practice."""

    question = blocks.TextBlock(label=_("Frage"))
    hint = blocks.TextBlock(
        label=_("Denkanstoß"),
        required=False,
        help_text=_("Optionaler Hinweis, der beim Nachdenken hilft."),
    )

    class Meta:
        icon = "help"
        label = _("Reflexionsfrage")
        template = "blocks/reflection_question_block.html"


class ContentStreamBlock(blocks.StreamBlock):
    """The blocks an editor can use in lessons and content pages."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"), features=RICH_TEXT_FEATURES, icon="pilcrow"
    )
    image = AccessibleImageBlock()
    document = DocumentBlock()
    key_statement = KeyStatementBlock()
    reflection_question = ReflectionQuestionBlock()
