"""schema.org Organization JSON-LD for enterprise profiles."""

from directory.translated_text import translated
from home.structured_data import postal_address, schema_item


def geo_place(enterprise):
    if enterprise.latitude is None or enterprise.longitude is None:
        return None
    return {
        "@type": "Place",
        "geo": {
            "@type": "GeoCoordinates",
            "latitude": enterprise.latitude,
            "longitude": enterprise.longitude,
        },
    }


def logo_url(enterprise, request):
    if not enterprise.logo_id:
        return None
    rendition = enterprise.logo.get_rendition("fill-400x400|format-png")
    return request.build_absolute_uri(rendition.url)


def organization_json_ld(enterprise, request, profile_path):
    same_as = [url for url in [enterprise.website] if url]
    same_as += [url for _label, url in enterprise.social_links]
    return schema_item(
        "Organization",
        name=enterprise.name,
        description=translated(enterprise, "summary").text,
        url=request.build_absolute_uri(profile_path),
        address=postal_address(enterprise),
        sameAs=same_as,
        email=enterprise.public_email,
        foundingDate=str(enterprise.year_founded) if enterprise.year_founded else None,
        logo=logo_url(enterprise, request),
        location=geo_place(enterprise),
        knowsAbout=[sector.translated_name for sector in enterprise.sectors.all()],
    )
