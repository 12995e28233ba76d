"""Artwork for the demo content, drawn with Pillow so nothing is downloaded or copied."""

import io
import math
import random

from PIL import Image, ImageDraw, ImageFont

PALETTES = [
    ("#0d4f8b", "#f2a900", "#e8f0f8", "#0a3a66"),
    ("#1d6b36", "#f2a900", "#e7f4ea", "#0f3d1f"),
    ("#7a2e8e", "#f28c28", "#f4e9f7", "#43164f"),
    ("#a4161a", "#f2c14e", "#fdecea", "#5c0b0e"),
    ("#006d77", "#ffb703", "#e0f4f5", "#023e45"),
    ("#3d405b", "#e07a5f", "#f4f1de", "#1f2133"),
]

_FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
]


def _font(size):
    for candidate in _FONT_CANDIDATES:
        try:
            return ImageFont.truetype(candidate, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def _hex(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def _png(image):
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def artwork(seed, width=1600, height=900):
    """An abstract composition of sparks and circles; the same seed draws the same picture."""
    rng = random.Random(seed)
    primary, accent, light, dark = (_hex(c) for c in rng.choice(PALETTES))
    image = Image.new("RGB", (width, height), light)
    draw = ImageDraw.Draw(image, "RGBA")
    for step in range(height):
        mix = step / height
        row = tuple(int(light[i] * (1 - mix * 0.35) + primary[i] * mix * 0.35) for i in range(3))
        draw.line([(0, step), (width, step)], fill=row)
    for _ in range(14):
        radius = rng.randint(height // 10, height // 2)
        x, y = rng.randint(-radius, width), rng.randint(-radius, height)
        colour = rng.choice([primary, dark, accent])
        draw.ellipse([x, y, x + radius * 2, y + radius * 2], fill=(*colour, rng.randint(40, 110)))
    centre_x, centre_y = (
        rng.randint(width // 4, 3 * width // 4),
        rng.randint(height // 3, 2 * height // 3),
    )
    for ray in range(24):
        angle = ray * math.pi / 12 + rng.random() * 0.1
        length = rng.randint(height // 4, height // 2)
        end = (centre_x + length * math.cos(angle), centre_y + length * math.sin(angle))
        draw.line([(centre_x, centre_y), end], fill=(*accent, 200), width=rng.randint(4, 10))
    draw.ellipse([centre_x - 40, centre_y - 40, centre_x + 40, centre_y + 40], fill=(*accent, 255))
    return _png(image)


def monogram(name, seed=None, size=400):
    """A square logo: the name's initials on a coloured tile."""
    rng = random.Random(seed if seed is not None else name)
    primary, accent, _light, _dark = (_hex(c) for c in rng.choice(PALETTES))
    words = [word for word in name.replace("-", " ").split() if word[:1].isalnum()]
    initials = "".join(word[0] for word in words[:2]).upper() or "?"
    image = Image.new("RGB", (size, size), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle([0, 0, size - 1, size - 1], radius=size // 6, fill=primary)
    draw.pieslice([size // 2, size // 2, size + size // 2, size + size // 2], 180, 270, fill=accent)
    font = _font(int(size * 0.42))
    box = draw.textbbox((0, 0), initials, font=font)
    text_x = (size - (box[2] - box[0])) / 2 - box[0]
    text_y = (size - (box[3] - box[1])) / 2 - box[1]
    draw.text((text_x, text_y), initials, font=font, fill=(255, 255, 255))
    return _png(image)
