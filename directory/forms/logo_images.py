"""Logos from the public, read with Pillow: the header first, the pixels at most once.

A header costs nothing to read and says the format and the size, so every limit is checked there.
Only a logo within them is decoded, once, and stored again with nothing but its picture.
"""

import io
import struct

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageOps, JpegImagePlugin, PngImagePlugin, WebPImagePlugin

LOGO_MAX_BYTES = 5 * 1024 * 1024
LOGO_MAX_SIDE = 5_000
LOGO_MAX_PIXELS = 10_000_000
# Each extension a logo may have, and the format its content must then be.
EXTENSIONS = {"jpg": ("JPEG",), "jpeg": ("JPEG",), "png": ("PNG",), "webp": ("WEBP",)}
OPENERS = {
    "JPEG": JpegImagePlugin.JpegImageFile,
    "PNG": PngImagePlugin.PngImageFile,
    "WEBP": WebPImagePlugin.WebPImageFile,
}
# What Pillow raises for a file cut short or corrupt, in its header or in its pixels.
UNREADABLE = (OSError, SyntaxError, ValueError, EOFError, IndexError, struct.error)
# All a stored logo keeps besides its pixels: how to show its colours and its transparency.
KEPT_INFO = ("icc_profile", "transparency")
# JPEGs keep their own quantisation, so encoding them again loses next to nothing.
SAVE_OPTIONS = {
    "JPEG": {"quality": "keep", "subsampling": "keep"},
    "PNG": {},
    "WEBP": {"quality": 90},
}


def open_header(upload):
    """The JPEG, PNG or WebP image in an upload, read no further than its header; else None.

    Pillow's own `Image.open` would refuse a header that claims hundreds of millions of pixels
    without saying how many; opening the one matching format directly gives its size.
    """
    upload.seek(0)
    prefix = upload.read(16)
    upload.seek(0)
    for name, opener in OPENERS.items():
        _factory, recognises = Image.OPEN[name]
        if recognises(prefix):
            return opener(upload)
    return None


def cleaned(name, image):
    """The logo to store: decoded once, turned upright as its orientation tag says, and encoded
    again in its own format with no camera, place, comment or other metadata."""
    try:
        image.load()
        ImageOps.exif_transpose(image, in_place=True)
        image.info = {key: value for key, value in image.info.items() if key in KEPT_INFO}
        buffer = io.BytesIO()
        image.save(
            buffer,
            format=image.format,
            icc_profile=image.info.get("icc_profile"),
            **SAVE_OPTIONS[image.format],
        )
        logo = SimpleUploadedFile(name, buffer.getvalue(), content_type=image.get_format_mimetype())
        logo.dimensions = image.size
        return logo
    finally:
        image.close()
