from contextlib import contextmanager

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Filter, Image

from home.models.fields import optional_link

# All a rendition keeps of its original besides the picture: colours, transparency, animation.
RENDITION_INFO = ("icc_profile", "transparency", "background", "duration", "loop")


class MetadataFreeFilter(Filter):
    """Wagtail's rendition filter, writing none of the original's metadata: no camera, no place,
    no comment. Wagtail copies EXIF into JPEG and PNG renditions, which pages share publicly."""

    @contextmanager
    def get_willow_image(self, image, source=None):
        with super().get_willow_image(image, source) as willow:
            original_format = willow.format_name
            # Turned upright while the orientation tag is still there to say how.
            upright = willow.auto_orient()
            picture = upright.get_pillow_image()
            picture.info = {key: picture.info[key] for key in RENDITION_INFO if key in picture.info}
            upright.format_name = original_format
            yield upright


class CustomImage(AbstractImage):
    """The site's image model, with alt text and credit as first-class fields."""

    alt_text = models.CharField(
        _("alt text"),
        max_length=255,
        blank=True,
        help_text=_(
            "Describe what the image shows for people who cannot see it. "
            "Leave empty only for purely decorative images."
        ),
    )
    credit = models.CharField(_("credit"), max_length=255, blank=True)

    admin_form_fields = (*Image.admin_form_fields, "alt_text", "credit")

    @property
    def default_alt_text(self):
        return self.alt_text

    def generate_rendition_file(self, filter, *, source=None):
        return super().generate_rendition_file(MetadataFreeFilter(filter.spec), source=source)

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        permissions = [("choose_image", "Can choose image")]


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


def optional_image(verbose_name):
    """A field naming one image from the library; deleting the image only empties the field."""
    return optional_link("home.CustomImage", verbose_name)
