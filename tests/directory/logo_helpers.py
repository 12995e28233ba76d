"""Images for the logo tests: a header that promises millions of pixels, a photo full of metadata,
what metadata a file still carries, and the files a folder holds."""

import io
from pathlib import Path

from PIL import ExifTags, Image

RED, BLUE = (200, 30, 30), (30, 30, 200)
# Tags a phone writes that say who took a photo, with what and where.
MAKE, MODEL, ORIENTATION = 0x010F, 0x0110, 0x0112
GPS_POSITION = {1: "N", 2: (51.0, 3.0, 0.0), 3: "E", 4: (3.0, 43.0, 0.0)}


def tall_png(height=9_999_999):
    """A 1 × height greyscale PNG: about 20 KB sent, ten million pixels once decoded."""
    buffer = io.BytesIO()
    Image.new("L", (1, height)).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def photo_with_metadata(fmt="JPEG"):
    """A 300 × 200 photo stored on its side, as phones save them: red on the left, blue on the
    right, with camera, GPS and orientation tags (turn 90° clockwise to show) and a comment."""
    image = Image.new("RGB", (300, 200), BLUE)
    image.paste(RED, (0, 0, 150, 200))
    exif = Image.Exif()
    exif[MAKE], exif[MODEL], exif[ORIENTATION] = "PhoneMaker", "Pocket 12", 6
    exif[ExifTags.IFD.GPSInfo] = GPS_POSITION
    buffer = io.BytesIO()
    extra = {"comment": b"Taken at home"} if fmt == "JPEG" else {}
    image.save(buffer, format=fmt, exif=exif, **extra)
    return buffer.getvalue()


def metadata_in(data):
    """What identifying metadata an image file still carries, by kind; empty when there is none."""
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        found = {"exif": dict(exif)} if exif else {}
        gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
        if gps:
            found["gps"] = dict(gps)
        for key in ("exif", "comment", "xmp", "XML:com.adobe.xmp", "Raw profile type exif"):
            if image.info.get(key):
                found[f"info:{key}"] = True
    return found


def files_under(root):
    """Every file in a folder and its subfolders, as paths relative to it."""
    root = Path(root)
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
