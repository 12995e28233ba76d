"""Form fields for text and files that come from the public."""

import re
import struct

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField

LOGO_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
LOGO_MAX_BYTES = 5 * 1024 * 1024
LOGO_MAX_PIXELS = 10_000_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LINE_BREAK = re.compile(r"[\r\n\u2028\u2029]")


def clean_plain_text(value, single_line=False):
    """Plain text as typed, minus invisible control characters; single-line fields refuse breaks."""
    value = _CONTROL.sub("", value or "")
    if single_line and _LINE_BREAK.search(value):
        raise ValidationError(_("Keep this on one line."))
    return value.strip()


class PlainTextField(forms.CharField):
    def __init__(self, *args, single_line=True, **kwargs):
        self.single_line = single_line
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        return clean_plain_text(super().to_python(value), single_line=self.single_line)


class PublicLogoField(WagtailImageField):
    """Wagtail's image field with the public's limits: JPEG, PNG or WebP, 5 MB, 10 megapixels."""

    default_validators = [FileExtensionValidator(LOGO_EXTENSIONS)]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.allowed_image_extensions = LOGO_EXTENSIONS
        self.max_upload_size = LOGO_MAX_BYTES
        self.max_upload_size_text = filesizeformat(LOGO_MAX_BYTES)
        self.max_image_pixels = LOGO_MAX_PIXELS
        self.supported_formats_text = "JPEG, PNG, WebP"
        self.help_text = _lazy(
            "A square image works best. JPEG, PNG or WebP, at most 5 MB and 10 megapixels."
        )
        self.widget.attrs["accept"] = "image/jpeg,image/png,image/webp"
        self.error_messages.update(
            {
                "invalid_image": _lazy(
                    "This file is not an image we can read, whatever its name says. "
                    "Choose a JPEG, PNG or WebP file."
                ),
                "invalid_image_extension": _lazy(
                    "Logos must be JPEG, PNG or WebP files "
                    "(SVG and other formats are not accepted)."
                ),
                "invalid_image_known_format": _lazy(
                    "This file is named .%(extension)s but is really a %(image_format)s file. "
                    "Choose a JPEG, PNG or WebP image."
                ),
                "file_too_large": _lazy(
                    "This file is too big (%(file_size)s). Logos can be at most %(max_filesize)s."
                ),
                "damaged": _lazy(
                    "This image file is damaged or incomplete. "
                    "Save it again and choose it once more."
                ),
                "file_too_many_pixels": _lazy(
                    "This image has too many pixels (%(num_pixels)s). "
                    "Logos can have at most %(max_pixels_count)s pixels: make it smaller."
                ),
            }
        )

    def to_python(self, data):
        name = getattr(data, "name", "") or ""
        if name.lower().endswith((".svg", ".svgz")):
            raise ValidationError(self.error_messages["invalid_image_extension"], code="svg")
        try:
            image_file = super().to_python(data)
        except (OSError, ValueError, SyntaxError, struct.error):
            # Wagtail's checks read the header; a file cut short can fail there already.
            raise ValidationError(self.error_messages["damaged"], code="truncated") from None
        if image_file is not None:
            self.check_complete(image_file)
        return image_file

    def check_complete(self, image_file):
        """Decode every pixel: a truncated or corrupt file must fail here, not when shown."""
        image_file.seek(0)
        try:
            with PILImage.open(image_file) as image:
                image.load()
        except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
            raise ValidationError(
                self.error_messages["file_too_many_pixels"]
                % {"num_pixels": _("too many"), "max_pixels_count": LOGO_MAX_PIXELS},
                code="file_too_many_pixels",
            ) from None
        except (OSError, SyntaxError, ValueError, struct.error):
            raise ValidationError(self.error_messages["damaged"], code="truncated") from None
        finally:
            image_file.seek(0)
