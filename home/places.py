"""Postal addresses and OpenStreetMap links, for events and enterprises alike."""

from urllib.parse import urlencode


class PostalAddressMixin:
    """Address lines and a map link for a model with street_address, postal_code, city, region
    and country fields. Where the model also has latitude and longitude, the map centres there.
    """

    @property
    def address_name(self):
        """A line above the street, such as a venue's name."""
        return ""

    @property
    def country_name(self):
        return self.country.name if self.country else ""

    @property
    def city_name(self):
        """The city as pages show it: as written here, or in the visitor's language where a
        model knows how to say it."""
        return self.city

    @property
    def region_name(self):
        return self.region

    @property
    def address_lines(self):
        locality = " ".join(part for part in (self.postal_code, self.city_name) if part)
        lines = [
            self.address_name,
            self.street_address,
            locality,
            self.region_name,
            self.country_name,
        ]
        return [line for line in lines if line]

    @property
    def openstreetmap_url(self):
        """A map centred on the coordinates when known, otherwise a search for the address."""
        latitude = getattr(self, "latitude", None)
        longitude = getattr(self, "longitude", None)
        if latitude is not None and longitude is not None:
            return (
                f"https://www.openstreetmap.org/?mlat={latitude:.5f}&mlon={longitude:.5f}"
                f"#map=16/{latitude:.5f}/{longitude:.5f}"
            )
        if not (self.street_address or self.city):
            return ""
        parts = (
            self.street_address,
            f"{self.postal_code} {self.city}".strip(),
            self.country_name,
        )
        return "https://www.openstreetmap.org/search?" + urlencode(
            {"query": ", ".join(part for part in parts if part)}
        )
