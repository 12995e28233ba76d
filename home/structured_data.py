"""schema.org JSON-LD descriptions of the site's pages."""


def _absolute_image_url(image, request, spec="fill-1200x630"):
    if image is None:
        return None
    return request.build_absolute_uri(image.get_rendition(spec).url)


def postal_address(place):
    """The address of anything with the postal address fields (an event, an enterprise)."""
    address = {"@type": "PostalAddress"}
    for key, value in (
        ("streetAddress", place.street_address),
        ("postalCode", place.postal_code),
        ("addressLocality", place.city),
        ("addressRegion", place.region),
        ("addressCountry", place.country.code if place.country else ""),
    ):
        if value:
            address[key] = value
    return address


def schema_item(schema_type, **properties):
    """A top-level schema.org item of the given type."""
    return {"@context": "https://schema.org", "@type": schema_type, **properties}


def add_image(data, image, request):
    image_url = _absolute_image_url(image, request)
    if image_url:
        data["image"] = [image_url]


def organisation_reference(organisation):
    data = {"@type": "Organization", "name": organisation.name}
    if organisation.website:
        data["url"] = organisation.website
    return data


def event_json_ld(event, request):
    data = schema_item(
        "Event",
        name=event.title,
        description=event.summary,
        startDate=event.start.isoformat(),
        endDate=event.end.isoformat(),
        eventStatus="https://schema.org/EventScheduled",
        eventAttendanceMode="https://schema.org/OfflineEventAttendanceMode",
        url=event.get_full_url(request),
        location={
            "@type": "Place",
            "name": event.venue_name or event.city,
            "address": postal_address(event),
        },
    )
    organisers = [organisation_reference(org) for org in event.organisers.all()]
    if organisers:
        data["organizer"] = organisers
    sponsors = [organisation_reference(org) for org in event.partners.all()]
    if sponsors:
        data["sponsor"] = sponsors
    add_image(data, event.image, request)
    if event.registration_url:
        data["offers"] = {
            "@type": "Offer",
            "url": event.registration_url,
        }
    return data


def article_json_ld(story, request):
    data = schema_item(
        "Article",
        headline=story.title,
        description=story.intro,
        datePublished=story.date.isoformat(),
        url=story.get_full_url(request),
    )
    if story.last_published_at:
        data["dateModified"] = story.last_published_at.isoformat()
    add_image(data, story.lead_image, request)
    return data
