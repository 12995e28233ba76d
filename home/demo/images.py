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


def _background(draw, width, height, light, primary):
    for step in range(height):
        mix = step / height * 0.35
        row = tuple(int(light[i] * (1 - mix) + primary[i] * mix) for i in range(3))
        draw.line([(0, step), (width, step)], fill=row)


def _sparks(draw, rng, width, height, colours):
    """Circles and a burst of rays: the project's spark."""
    primary, accent, _light, dark = colours
    for _ in range(14):
        radius = rng.randint(height // 10, height // 2)
        x, y = rng.randint(-radius, width), rng.randint(-radius, height)
        colour = rng.choice([primary, dark, accent])
        draw.ellipse([x, y, x + radius * 2, y + radius * 2], fill=(*colour, rng.randint(40, 110)))
    cx, cy = rng.randint(width // 4, 3 * width // 4), rng.randint(height // 3, 2 * height // 3)
    for ray in range(24):
        angle = ray * math.pi / 12 + rng.random() * 0.1
        length = rng.randint(height // 4, height // 2)
        end = (cx + length * math.cos(angle), cy + length * math.sin(angle))
        draw.line([(cx, cy), end], fill=(*accent, 200), width=rng.randint(4, 10))
    draw.ellipse([cx - 40, cy - 40, cx + 40, cy + 40], fill=(*accent, 255))


def _route(draw, rng, width, height, colours):
    """Stops joined by a winding line across wide horizontal bands: a journey between places."""
    primary, accent, light, dark = colours
    bands = rng.randint(3, 5)
    for band in range(bands):
        top = band * height // bands
        draw.rectangle([0, top, width, top + height // bands], fill=(*primary, 30 + band * 25))
    stops = [
        (int(width * (index + 0.5) / 5), rng.randint(height // 5, 4 * height // 5))
        for index in range(5)
    ]
    draw.line(stops, fill=(*dark, 230), width=14, joint="curve")
    for x, y in stops:
        draw.ellipse([x - 46, y - 46, x + 46, y + 46], fill=(*accent, 255))
        draw.ellipse([x - 20, y - 20, x + 20, y + 20], fill=(*light, 255))


def _steps(draw, rng, width, height, colours):
    """A staircase of blocks rising to the right: a roadmap taken one step at a time."""
    primary, accent, _light, dark = colours
    count = rng.randint(5, 7)
    step_width = width // count
    for index in range(count):
        top = height - (index + 1) * height // (count + 1)
        colour = accent if index == count - 1 else (primary if index % 2 else dark)
        draw.rectangle(
            [index * step_width, top, (index + 1) * step_width - 12, height], fill=(*colour, 220)
        )
    for _ in range(30):
        x, y = rng.randint(0, width), rng.randint(0, height // 3)
        draw.rectangle([x, y, x + 18, y + 18], fill=(*accent, 140))


def _arches(draw, rng, width, height, colours):
    """A row of arches over a floor: a hall where people gather."""
    primary, accent, light, dark = colours
    count = rng.randint(4, 6)
    span = width // count
    floor = int(height * 0.78)
    draw.rectangle([0, floor, width, height], fill=(*dark, 255))
    for index in range(count):
        left = index * span + span // 8
        right = (index + 1) * span - span // 8
        top = rng.randint(height // 8, height // 3)
        draw.rectangle([left, top + (right - left) // 2, right, floor], fill=(*primary, 235))
        draw.pieslice([left, top, right, top + right - left], 180, 360, fill=(*primary, 235))
        inner = (right - left) // 5
        draw.rectangle(
            [left + inner, top + (right - left) // 2, right - inner, floor], fill=(*light, 255)
        )
        draw.pieslice(
            [left + inner, top + inner, right - inner, top + right - left - inner],
            180,
            360,
            fill=(*light, 255),
        )
    for _ in range(count * 3):
        x = rng.randint(0, width)
        draw.ellipse([x - 22, floor - 60, x + 22, floor - 16], fill=(*accent, 255))
        draw.rectangle([x - 18, floor - 16, x + 18, floor + 40], fill=(*accent, 255))


def _waves(draw, rng, width, height, colours):
    """Layers of waves: the two seas between the four countries."""
    primary, accent, _light, dark = colours
    layers = rng.randint(5, 7)
    for layer in range(layers):
        base = height * (layer + 1) // (layers + 1)
        amplitude = rng.randint(height // 30, height // 12)
        wavelength = rng.randint(width // 5, width // 2)
        phase = rng.random() * math.tau
        points = [
            (x, base + amplitude * math.sin(phase + x * math.tau / wavelength))
            for x in range(0, width + 20, 20)
        ]
        colour = (dark, primary, accent)[layer % 3]
        draw.polygon([*points, (width, height), (0, height)], fill=(*colour, 120 + layer * 15))


MOTIFS = {
    "sparks": _sparks,
    "route": _route,
    "steps": _steps,
    "arches": _arches,
    "waves": _waves,
}


def artwork(seed, motif="sparks", width=1600, height=900):
    """An abstract picture in one of several compositions; the same seed draws the same picture."""
    rng = random.Random(seed)
    colours = tuple(_hex(c) for c in rng.choice(PALETTES))
    image = Image.new("RGB", (width, height), colours[2])
    draw = ImageDraw.Draw(image, "RGBA")
    _background(draw, width, height, colours[2], colours[0])
    MOTIFS[motif](draw, rng, width, height, colours)
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
