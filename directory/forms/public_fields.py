"""Form fields for text and files that come from the public."""

import re
from pathlib import Path

from django import forms
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from directory.forms import logo_images
from directory.forms.logo_images import LOGO_MAX_BYTES, LOGO_MAX_PIXELS, LOGO_MAX_SIDE

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


class PublicLogoField(forms.FileField):
    """A logo from the public: JPEG, PNG or WebP, 5 MB, 5,000 pixels a side, 10 megapixels.

    Every limit is checked on the file's header before a single pixel is decoded; an accepted
    logo is decoded once, turned upright and stored again without its metadata.
    """

    default_error_messages = {
        "invalid_image": gettext_lazy(
            "This file is not an image we can read, whatever its name says. "
            "Choose a JPEG, PNG or WebP file."
        ),
        "invalid_image_extension": gettext_lazy(
            "Logos must be JPEG, PNG or WebP files (SVG and other formats are not accepted)."
        ),
        "invalid_image_known_format": gettext_lazy(
            "This file is named .%(extension)s but is really a %(image_format)s file. "
            "Choose a JPEG, PNG or WebP image."
        ),
        "file_too_large": gettext_lazy(
            "This file is too big (%(file_size)s). Logos can be at most %(max_filesize)s."
        ),
        "damaged": gettext_lazy(
            "This image file is damaged or incomplete. Save it again and choose it once more."
        ),
        "too_many_pixels_a_side": gettext_lazy(
            "This image is %(width)s × %(height)s pixels; logos can be at most %(max_side)s "
            "pixels on each side. Make it smaller and choose it again."
        ),
        "too_many_pixels": gettext_lazy(
            "This image is %(width)s × %(height)s pixels (%(pixels)s in all); logos can have "
            "at most %(max_pixels)s pixels. Make it smaller and choose it again."
        ),
    }

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "help_text",
            gettext_lazy(
                "A square image works best. JPEG, PNG or WebP, at most 5 MB and 5,000 pixels on "
                "each side (10 megapixels in all)."
            ),
        )
        super().__init__(*args, **kwargs)
        self.widget.attrs["accept"] = "image/jpeg,image/png,image/webp"

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is None:
            return None
        self.check_name_and_size(upload)
        image = self.read_header(upload)
        self.check_dimensions(image.size)
        try:
            return logo_images.cleaned(upload.name, image)
        except logo_images.UNREADABLE:
            raise ValidationError(self.error_messages["damaged"], code="truncated") from None

    def check_name_and_size(self, upload):
        extension = Path(upload.name).suffix.lower().lstrip(".")
        if extension not in logo_images.EXTENSIONS:
            raise ValidationError(
                self.error_messages["invalid_image_extension"], code="invalid_image_extension"
            )
        if upload.size > LOGO_MAX_BYTES:
            raise ValidationError(
                self.error_messages["file_too_large"]
                % {
                    "file_size": filesizeformat(upload.size),
                    "max_filesize": filesizeformat(LOGO_MAX_BYTES),
                },
                code="file_too_large",
            )

    def read_header(self, upload):
        try:
            image = logo_images.open_header(upload)
        except logo_images.UNREADABLE:
            # Something we recognise whose header is cut short or corrupt.
            raise ValidationError(self.error_messages["damaged"], code="truncated") from None
        if image is None:
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image")
        extension = Path(upload.name).suffix.lower().lstrip(".")
        if image.format not in logo_images.EXTENSIONS[extension]:
            raise ValidationError(
                self.error_messages["invalid_image_known_format"]
                % {"extension": extension, "image_format": image.format.lower()},
                code="invalid_image_known_format",
            )
        return image

    def check_dimensions(self, size):
        width, height = size
        numbers = {
            "width": number_format(width, force_grouping=True),
            "height": number_format(height, force_grouping=True),
            "pixels": number_format(width * height, force_grouping=True),
            "max_side": number_format(LOGO_MAX_SIDE, force_grouping=True),
            "max_pixels": number_format(LOGO_MAX_PIXELS, force_grouping=True),
        }
        if max(width, height) > LOGO_MAX_SIDE:
            code = "too_many_pixels_a_side"
        elif width * height > LOGO_MAX_PIXELS:
            code = "too_many_pixels"
        else:
            return
        raise ValidationError(self.error_messages[code] % numbers, code=code)
