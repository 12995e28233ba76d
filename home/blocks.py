"""StreamField blocks shared by the site's editorial pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    """A heading that starts a new section of the text."""

    text = blocks.CharBlock(label=_("Heading"), max_length=120)

    class Meta:
        icon = "title"
        template = "components/blocks/heading.html"
        label = _("Section heading")


class FigureBlock(blocks.StructBlock):
    """An image from the library with an optional caption under it."""

    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)

    class Meta:
        icon = "image"
        template = "components/blocks/figure.html"
        label = _("Image with caption")


class QuoteBlock(blocks.StructBlock):
    """A quotation set apart from the text, with who said it."""

    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote.html"
        label = _("Quote")


class KeyFigureBlock(blocks.StructBlock):
    """One number and what it counts, e.g. "160 · enterprises took part"."""

    value = blocks.CharBlock(label=_("Figure"), max_length=30, help_text=_("For example: 160"))
    label = blocks.CharBlock(
        label=_("What it counts"),
        max_length=160,
        help_text=_("For example: social enterprises and stakeholders took part in the research"),
    )


class KeyFiguresBlock(blocks.StructBlock):
    """A row of key figures under an optional heading."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Figures"), min_num=1, max_num=8)

    class Meta:
        icon = "list-ol"
        template = "components/blocks/key_figures.html"
        label = _("Key figures")


class CallToActionBlock(blocks.StructBlock):
    """A short invitation and a button that leads to a page or an address."""

    text = blocks.CharBlock(label=_("Text"), max_length=200)
    link_label = blocks.CharBlock(label=_("Button label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("or an external address"), required=False)

    class Meta:
        icon = "link"
        template = "components/blocks/call_to_action.html"
        label = _("Call to action")


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Paragraph"))
    figure = FigureBlock()
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock()
    call_to_action = CallToActionBlock()
    embed = EmbedBlock(label=_("Video or other embed"), max_width=800)

    class Meta:
        template = "components/blocks/body.html"
