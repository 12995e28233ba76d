"""schema.org Organization JSON-LD for enterprise profiles."""

from home.structured_data import postal_address, schema_item


def organization_json_ld(enterprise, request, profile_path):
    data = schema_item(
        "Organization",
        name=enterprise.name,
        description=enterprise.summary,
        url=request.build_absolute_uri(profile_path),
        address=postal_address(enterprise),
    )
    same_as = [url for url in [enterprise.website] if url]
    same_as += [url for _label, url in enterprise.social_links]
    if same_as:
        data["sameAs"] = same_as
    if enterprise.public_email:
        data["email"] = enterprise.public_email
    if enterprise.year_founded:
        data["foundingDate"] = str(enterprise.year_founded)
    if enterprise.logo_id:
        rendition = enterprise.logo.get_rendition("fill-400x400|format-png")
        data["logo"] = request.build_absolute_uri(rendition.url)
    if enterprise.latitude is not None and enterprise.longitude is not None:
        data["location"] = {
            "@type": "Place",
            "geo": {
                "@type": "GeoCoordinates",
                "latitude": enterprise.latitude,
                "longitude": enterprise.longitude,
            },
        }
    sectors = [sector.name for sector in enterprise.sectors.all()]
    if sectors:
        data["knowsAbout"] = sectors
    return data
