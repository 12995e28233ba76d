"""Every check on a new listing, each with a clear message: bad logos, missing or wrong fields,
bots, too many listings, possible duplicates. What was typed comes back; nothing half is stored."""

import pytest
from django.core import mail
from django.utils import timezone

from directory.models import Enterprise, Submission
from home.models import CustomImage
from tests.directory.factories import EnterpriseFactory
from tests.directory.submission_helpers import image_bytes, noise_png, submit, upload

pytestmark = pytest.mark.django_db


def stored():
    return (Enterprise.objects.count(), Submission.objects.count(), CustomImage.objects.count())


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "logo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "SVG and other formats are not accepted",
        ),
        (
            "logo.png",
            b"This is a text file pretending to be a picture.",
            "not an image we can read",
        ),
        ("logo.png", image_bytes((200, 200), "JPEG"), "is really a jpeg file"),
        ("logo.gif", image_bytes((20, 20), "GIF"), "Logos must be JPEG, PNG or WebP"),
        ("bomb.png", image_bytes((4000, 4000)), "logos can have at most 10,000,000 pixels"),
        ("truncated.png", image_bytes((300, 300))[:400], "damaged or incomplete"),
    ],
)
def test_bad_logos_get_a_clear_message_and_nothing_is_stored(
    client, directory_page, name, content, message
):
    before = stored()
    response = submit(client, **{"profile-logo": upload(name, content)})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert stored() == before
    assert mail.outbox == []
    # What was typed is still there, and the page says the file must be chosen again.
    assert response.context["forms"]["profile"]["name"].value() == "Fietsherstel Noord"
    assert "choose a different logo file" in response.content.decode().lower()


def test_oversize_logo_is_refused(client, directory_page):
    content = noise_png(1400)
    assert len(content) > 5 * 1024 * 1024
    response = submit(client, **{"profile-logo": upload("big.png", content)})
    assert response.status_code == 400
    assert "Logos can be at most 5.0\xa0MB" in response.content.decode()
    assert not Enterprise.objects.exists()


def test_errors_sit_next_to_their_fields_and_are_summarised(client, directory_page):
    response = submit(
        client,
        **{
            "profile-name": "",
            "profile-website": "not a url",
            "submitter-consent": None,
            "profile-sectors": [],
            "figures-1-value": "12",
        },
    )
    assert response.status_code == 400
    summary = [error["label"] for error in response.context["errors"]]
    assert summary == [
        "Name of the enterprise",
        "Sectors",
        "Website",
        "Privacy notice",
        "Impact figure 2: What you measure",
        "Impact figure 2: Year",
    ]
    body = response.content.decode()
    assert 'href="#id_profile-name"' in body
    assert "Enter the name of the enterprise." in body
    assert "Say what you measure." in body
    assert "Choose at least one sector (at most three)." in body
    assert "Please agree to the privacy notice" in body
    # Everything else typed comes back.
    assert response.context["forms"]["profile"]["summary"].value().startswith("A bicycle repair")
    assert (
        response.context["forms"]["innovations"].forms[0]["title"].value() == "Repair subscriptions"
    )
    assert not Enterprise.objects.exists()


def test_more_than_three_sectors_is_refused(client, directory_page):
    from directory.models import Sector

    four = list(Sector.objects.values_list("pk", flat=True)[:4])
    response = submit(client, **{"profile-sectors": four})
    assert "Choose at most three sectors (you chose 4)." in response.content.decode()


@pytest.mark.parametrize("field", ["profile-sdgs", "profile-sectors", "figures-0-sdg"])
@pytest.mark.parametrize("value", ["99999999999999999999999", "-1", "1e5"])
def test_an_out_of_range_choice_is_refused_with_a_message(client, directory_page, field, value):
    # SQLite cannot hold a number past 2**63 and used to answer 500 with an OverflowError.
    overrides = {field: [value]}
    if field.startswith("figures"):
        overrides.update({"figures-0-indicator": "meals served", "figures-0-value": "10"})
        overrides["figures-0-year"] = "2024"
    response = submit(client, **overrides)
    assert response.status_code == 400
    assert "not one of the choices: choose from the list." in response.content.decode()
    assert "Fietsherstel Noord" in response.content.decode()
    assert stored() == (0, 0, 0)


def test_year_founded_in_the_future_is_refused(client, directory_page):
    response = submit(client, **{"profile-year_founded": str(timezone.localdate().year + 1)})
    assert response.status_code == 400
    assert "Enter a year between 1800 and" in response.content.decode()


def test_honeypot_is_refused_with_a_message(client, directory_page):
    response = submit(client, fax_number="+32 9 000 00 00")
    assert response.status_code == 400
    assert "a field meant to stay empty was filled in" in response.content.decode()
    assert stored() == (0, 0, 0)


def test_too_fast_is_refused_and_the_form_comes_back_filled(client, directory_page):
    from directory.antiabuse import start_timer

    response = submit(client, **{"submitter-started": start_timer()})
    assert response.status_code == 400
    assert "faster than a person can fill it in" in response.content.decode()
    assert response.context["forms"]["profile"]["name"].value() == "Fietsherstel Noord"
    assert not Enterprise.objects.exists()


def test_missing_timer_is_refused_and_replaced(client, directory_page):
    response = submit(client, **{"submitter-started": "tampered"})
    assert response.status_code == 400
    assert response.context["forms"]["submitter"]["started"].value() != "tampered"


def test_rate_limit_says_when_to_try_again(client, directory_page, settings):
    settings.DIRECTORY_SUBMISSION_RATE = (2, 3600)
    from django.core.cache import cache

    cache.clear()
    for number in range(2):
        response = submit(
            client, **{"profile-name": f"Fietsherstel {number}", "profile-website": ""}
        )
        assert response.status_code == 302
    response = submit(client, **{"profile-name": "Fietsherstel 3", "profile-website": ""})
    assert response.status_code == 429
    assert "Please try again in 60 minutes." in response.content.decode()
    assert Enterprise.objects.count() == 2
    assert response.context["forms"]["profile"]["name"].value() == "Fietsherstel 3"
    cache.clear()


@pytest.mark.parametrize(
    ("existing", "overrides"),
    [
        ({"name": "Fietsherstel Noord", "country": "BE"}, {}),
        ({"name": "Another Name", "website": "https://www.fietsherstel-noord.example/about"}, {}),
    ],
)
def test_duplicates_are_shown_with_an_offer_to_update(client, directory_page, existing, overrides):
    EnterpriseFactory(**existing)
    response = submit(client, **overrides)
    assert response.status_code == 409
    body = response.content.decode()
    assert "This enterprise may already be listed" in body
    duplicate = Enterprise.objects.get()
    assert f'href="/en/directory/{duplicate.slug}/update/"' in body
    assert Enterprise.objects.count() == 1
    confirmed = submit(client, **{**overrides, "submitter-not_a_duplicate": "on"})
    assert confirmed.status_code == 302
    assert Enterprise.objects.count() == 2


def test_same_name_in_another_country_is_not_a_duplicate(client, directory_page):
    EnterpriseFactory(name="Fietsherstel Noord", country="NL", website="")
    assert submit(client).status_code == 302


def test_a_duplicate_is_found_however_many_listings_share_its_country(client, directory_page):
    # Hundreds of listings in the same country come before it alphabetically.
    Enterprise.objects.bulk_create(
        EnterpriseFactory.build(
            name=f"Aardwerk {number:03d}",
            slug=f"aardwerk-{number:03d}",
            summary="s",
            description="d",
            country="BE",
            city="Gent",
        )
        for number in range(520)
    )
    EnterpriseFactory(name="Zuidkant Fietsen", country="BE", website="")
    response = submit(client, **{"profile-name": "Zuidkant  fietsen", "profile-website": ""})
    assert response.status_code == 409
    assert "This enterprise may already be listed" in response.content.decode()


def test_a_pending_listing_is_never_named_to_a_visitor(client, directory_page):
    for name in ("Secret Pending Alpha", "Secret Pending Beta"):
        EnterpriseFactory(
            name=name, country="FR", website="https://pending-alpha.example", draft=True
        )
    response = submit(client, **{"profile-website": "https://www.pending-alpha.example/"})
    assert response.status_code == 409
    body = response.content.decode()
    assert "Secret Pending" not in body
    assert body.count("has been sent and awaits review") == 1


@pytest.mark.parametrize(
    "website",
    [
        "https://facebook.com/x",
        "https://www.instagram.com/someone",
        "https://linktr.ee/someone",
        "https://bit.ly/abc",
        "https://someone.wixsite.com/shop",
        "https://sites.google.com/view/someone",
    ],
)
def test_a_shared_domain_is_not_a_reason_to_think_two_listings_are_one(
    client, directory_page, website
):
    EnterpriseFactory(name="Secret Pending Alpha", country="FR", website=website, draft=True)
    EnterpriseFactory(name="Live Other Name", country="NL", website=website)
    response = submit(client, **{"profile-website": website})
    assert response.status_code == 302
    assert Enterprise.objects.count() == 3
