"""Postal addresses and OpenStreetMap links, for events and enterprises alike."""

from urllib.parse import urlencode


def address_lines(*, street="", postal_code="", city="", region="", country=None, name=""):
    locality = " ".join(part for part in (postal_code, city) if part)
    lines = [name, street, locality, region, country.name if country else ""]
    return [line for line in lines if line]


def openstreetmap_url(
    *, street="", postal_code="", city="", country=None, latitude=None, longitude=None
):
    """A map centred on the coordinates when known, otherwise a search for the address."""
    if latitude is not None and longitude is not None:
        return (
            f"https://www.openstreetmap.org/?mlat={latitude:.5f}&mlon={longitude:.5f}"
            f"#map=16/{latitude:.5f}/{longitude:.5f}"
        )
    if not (street or city):
        return ""
    parts = (street, f"{postal_code} {city}".strip(), country.name if country else "")
    return "https://www.openstreetmap.org/search?" + urlencode(
        {"query": ", ".join(part for part in parts if part)}
    )
