"""schema.org JSON-LD descriptions of the site's pages."""


def _absolute_image_url(image, request, spec="fill-1200x630"):
    if image is None:
        return None
    return request.build_absolute_uri(image.get_rendition(spec).url)


def postal_address(street="", postal_code="", city="", region="", country=None):
    address = {"@type": "PostalAddress"}
    for key, value in (
        ("streetAddress", street),
        ("postalCode", postal_code),
        ("addressLocality", city),
        ("addressRegion", region),
        ("addressCountry", country.code if country else ""),
    ):
        if value:
            address[key] = value
    return address


def organisation_reference(organisation):
    data = {"@type": "Organization", "name": organisation.name}
    if organisation.website:
        data["url"] = organisation.website
    return data


def event_json_ld(event, request):
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "startDate": event.start.isoformat(),
        "endDate": event.end.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "url": event.get_full_url(request),
        "location": {
            "@type": "Place",
            "name": event.venue_name or event.city,
            "address": postal_address(
                event.street_address, event.postal_code, event.city, event.region, event.country
            ),
        },
    }
    organisers = [organisation_reference(org) for org in event.organisers.all()]
    if organisers:
        data["organizer"] = organisers
    sponsors = [organisation_reference(org) for org in event.partners.all()]
    if sponsors:
        data["sponsor"] = sponsors
    image_url = _absolute_image_url(event.image, request)
    if image_url:
        data["image"] = [image_url]
    if event.registration_url:
        data["offers"] = {
            "@type": "Offer",
            "url": event.registration_url,
        }
    return data


def article_json_ld(story, request):
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": story.title,
        "description": story.intro,
        "datePublished": story.date.isoformat(),
        "url": story.get_full_url(request),
    }
    if story.last_published_at:
        data["dateModified"] = story.last_published_at.isoformat()
    image_url = _absolute_image_url(story.lead_image, request)
    if image_url:
        data["image"] = [image_url]
    return data
