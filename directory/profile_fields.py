"""The fields of an enterprise profile, named once, in the order people read them.

The public form asks for SUBMITTED, with innovations and impact figures in rows of their own
(INNOVATION_FIELDS, IMPACT_FIGURE_FORM_FIELDS). The downloads list DOWNLOADED: the same profile
plus what the site and its editors add. The texts named TRANSLATED (and their innovations' and
figures' counterparts) are written in the profile's language and may carry translations.
"""

DESCRIPTION = ["summary", "description"]
ADDRESS = ["country", "region", "city", "street_address", "postal_code"]
COORDINATES = ["latitude", "longitude"]
TOPICS = ["sectors", "sdgs"]
ORGANISATION = ["legal_form", "year_founded", "size_band"]
CONTACT = [
    "website",
    "public_email",
    "linkedin_url",
    "instagram_url",
    "facebook_url",
    "other_social_url",
]
SPARK = ["spark_programme", "spark_year"]

INNOVATION_FIELDS = ["title", "description", "year", "stage"]
IMPACT_FIGURE_FIELDS = ["indicator", "value", "unit", "year", "sdg", "source_url"]
# The forms also offer the catalogue's indicators; downloads give the chosen one's code instead
# (indicator_code), so IMPACT_FIGURE_FIELDS, which they read, leaves it out.
IMPACT_FIGURE_FORM_FIELDS = ["catalogue_indicator", *IMPACT_FIGURE_FIELDS]

# Written in the profile's language, and may carry translations (directory.translated_text).
TRANSLATED = DESCRIPTION
INNOVATION_TRANSLATED = ["title", "description"]
IMPACT_FIGURE_TRANSLATED = ["indicator"]

SUBMITTED = ["name", "language", *DESCRIPTION, *ADDRESS, *TOPICS, *ORGANISATION, *CONTACT]

# Computed for each row of a download rather than read from a field.
PUBLICATION = ["listing_type", "first_published", "last_published", "last_confirmed"]
# Lists: the profile's taxonomies and its repeated rows.
LISTED = [*TOPICS, "certifications", "innovations", "impact_figures"]

DOWNLOADED = [
    "slug",
    "name",
    "profile_url",
    *DESCRIPTION,
    *ADDRESS,
    *COORDINATES,
    *TOPICS,
    *ORGANISATION,
    *CONTACT,
    *SPARK,
    "certifications",
    "innovations",
    "impact_figures",
    *PUBLICATION,
    # Last, so that scripts that read the columns by position before it was added still work.
    "language",
]
