"""schema.org JSON-LD descriptions of the site's pages."""


def present(**properties):
    """The properties that have a value: schema.org leaves out what is unknown, never empty."""
    return {key: value for key, value in properties.items() if value not in (None, "", [], {})}


def postal_address(place):
    """The address of anything with PostalAddressMixin (an event, an enterprise), its names as
    the page shows them."""
    return {
        "@type": "PostalAddress",
        **present(
            streetAddress=place.street_address,
            postalCode=place.postal_code,
            addressLocality=place.city_name,
            addressRegion=place.region_name,
            addressCountry=place.country.code if place.country else "",
        ),
    }


def schema_item(schema_type, **properties):
    """A top-level schema.org item of the given type, with the properties that have a value."""
    return {"@context": "https://schema.org", "@type": schema_type, **present(**properties)}


def image_urls(image, request, spec="fill-1200x630"):
    if image is None:
        return []
    return [request.build_absolute_uri(image.get_rendition(spec).url)]


def organisation_reference(organisation):
    return {"@type": "Organization", **present(name=organisation.name, url=organisation.website)}


AVAILABILITY = {
    "open": "https://schema.org/InStock",
    "waiting_list": "https://schema.org/SoldOut",
    "full": "https://schema.org/SoldOut",
    "closed": "https://schema.org/SoldOut",
}


def event_offer(event, request, registration=None):
    """Where to register: on the page itself (with whether seats are left), or elsewhere."""
    if registration:
        return {
            "@type": "Offer",
            "url": event.get_full_url(request) + "#register",
            "availability": AVAILABILITY[registration["state"]],
            "validThrough": registration["closes_at"].isoformat(),
        }
    if event.registration_url:
        return {"@type": "Offer", "url": event.registration_url}
    return None


def event_json_ld(event, request, registration, organisers, partners):
    """schema.org's Event, from the organisers and partners the page has read."""
    offer = event_offer(event, request, registration)
    return schema_item(
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
        organizer=[organisation_reference(org) for org in organisers],
        sponsor=[organisation_reference(org) for org in partners],
        image=image_urls(event.image, request),
        offers=offer,
    )


def article_json_ld(story, request):
    modified = story.last_published_at
    return schema_item(
        "Article",
        headline=story.title,
        description=story.intro,
        datePublished=story.date.isoformat(),
        dateModified=modified.isoformat() if modified else None,
        url=story.get_full_url(request),
        image=image_urls(story.lead_image, request),
    )
