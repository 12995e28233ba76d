from contextlib import contextmanager

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import (
    AbstractImage,
    AbstractRendition,
    Filter,
    Image,
    WagtailImageField,
    get_upload_to,
)

from home.models.fields import optional_link
from showcase.storage import PENDING, image_storage

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
    """The site's image model, with alt text and credit as first-class fields.

    A logo from the public waits for moderation with its file under pending/, in private
    storage (showcase.storage); publishing the listing moves it out.
    """

    file = WagtailImageField(
        verbose_name=_("file"),
        upload_to=get_upload_to,
        width_field="width",
        height_field="height",
        storage=image_storage,
    )
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

    @property
    def is_pending(self):
        """Sent by the public and not published yet: its files are private."""
        return self.file.name.startswith(PENDING)

    def generate_rendition_file(self, filter, *, source=None):
        return super().generate_rendition_file(MetadataFreeFilter(filter.spec), source=source)

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        permissions = [("choose_image", "Can choose image")]


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    def get_upload_to(self, filename):
        """A waiting logo's renditions (the editors' preview) are as private as the logo."""
        path = super().get_upload_to(filename)
        return PENDING + path if self.image.is_pending else path

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


def optional_image(verbose_name):
    """A field naming one image from the library; deleting the image only empties the field."""
    return optional_link("home.CustomImage", verbose_name)
