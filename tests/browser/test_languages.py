"""Dutch and French visitors walk the site in their language, and it stays accessible."""

import re

import pytest
from django.core import mail
from django.utils import translation

from directory.models import DirectoryPage, Enterprise
from home.models import EventIndexPage, EventPage

pytestmark = pytest.mark.browser


def in_language(language, message, **values):
    with translation.override(language):
        text = translation.gettext(message)
    return text % values if values else text


def translated_title(model, language):
    return model.objects.get(locale__language_code=language).title


def test_a_dutch_visitor_finds_a_profile_and_the_event_then_switches_to_french(page, demo_site):
    page.set_extra_http_headers({"Accept-Language": "nl-BE,nl;q=0.9,en;q=0.5"})
    page.goto(demo_site.url + "/")
    assert page.url == demo_site.url + "/nl/"
    assert page.locator("html").get_attribute("lang") == "nl"

    nav = page.get_by_role("navigation", name=in_language("nl", "Main"))
    with page.expect_navigation():
        nav.get_by_role("link", name=translated_title(DirectoryPage, "nl")).click()
    assert page.url.startswith(demo_site.url + "/nl/directory/")
    page.get_by_role("checkbox", name=re.compile("^België")).check()
    page.get_by_role("button", name=in_language("nl", "Show results")).click()
    page.wait_for_url(re.compile(r".*country=BE.*"))
    first = page.locator(".directory__results .card__title a").first
    name = first.inner_text()
    with page.expect_navigation():
        first.click()
    assert page.get_by_role("heading", level=1).inner_text() == name
    assert page.locator("html").get_attribute("lang") == "nl"
    profile = Enterprise.objects.get(name=name)
    assert f"/nl/directory/{profile.slug}/" in page.url

    with page.expect_navigation():
        nav.get_by_role("link", name=translated_title(EventIndexPage, "nl")).click()
    event_title = translated_title(EventPage, "nl")
    with page.expect_navigation():
        page.get_by_role("link", name=event_title).first.click()
    assert page.get_by_role("heading", level=1).inner_text() == event_title
    assert "21 november 2019" in page.inner_text("main")

    switcher = page.get_by_role("navigation", name=in_language("nl", "Language"))
    with page.expect_navigation():
        switcher.get_by_role("link", name="Français").click()
    assert page.url.startswith(demo_site.url + "/fr/events/")
    assert page.get_by_role("heading", level=1).inner_text() == translated_title(EventPage, "fr")
    assert "21 novembre 2019" in page.inner_text("main")
    # The choice is remembered over the browser's languages.
    page.goto(demo_site.url + "/")
    assert page.url == demo_site.url + "/fr/"


@pytest.fixture
def quick_forms(settings):
    # People need a few seconds; the browser needs none, so the minimum is lowered here.
    settings.DIRECTORY_FORM_MIN_SECONDS = 0


def test_a_french_visitor_sends_a_listing_and_is_answered_in_french(
    page, demo_site, axe, quick_forms, remove_afterwards
):
    remove_afterwards.append(Enterprise.objects.filter(name="Atelier Vélo Dunkerque"))
    fr = "fr"
    page.goto(demo_site.url + "/fr/directory/submit/")
    send = page.get_by_role("button", name=in_language(fr, "Send the listing"))
    send.click()
    alert = page.get_by_role("alert")
    assert alert.is_visible() and "problem" not in alert.inner_text()
    axe(page)

    page.get_by_label(in_language(fr, "Name of the enterprise")).fill("Atelier Vélo Dunkerque")
    page.get_by_label(in_language(fr, "One-line summary")).fill(
        "Un atelier de réparation de vélos qui forme des jeunes à Dunkerque."
    )
    page.locator("textarea[name='profile-description']").fill(
        "Nous réparons des vélos.\n\nNous formons des jeunes."
    )
    page.get_by_role("group", name=in_language(fr, "Sectors")).get_by_role("checkbox").first.check()
    page.get_by_label(in_language(fr, "Country")).select_option("FR")
    page.get_by_label(in_language(fr, "Town or city")).fill("Dunkerque")
    page.get_by_label(in_language(fr, "Your name")).fill("Camille Martin")
    page.get_by_label(in_language(fr, "Your e-mail address")).fill("camille@velo.example")
    page.locator("input[name='submitter-consent']").check()
    send.click()
    assert page.get_by_role("heading", level=1).inner_text() == in_language(
        fr, "Thank you: check your e-mail"
    )
    axe(page)

    (message,) = [m for m in mail.outbox if "camille@velo.example" in m.to]
    assert message.subject == in_language(
        fr, "Please confirm your listing of %(name)s", name="Atelier Vélo Dunkerque"
    )
    link = re.search(r"http://\S+/fr/directory/submit/confirm/\S+", message.body).group(0)
    page.goto(link.replace("http://testserver", demo_site.url))
    page.get_by_role("button", name=in_language(fr, "Confirm my listing")).click()
    assert page.locator("html").get_attribute("lang") == "fr"
    assert Enterprise.objects.get(name="Atelier Vélo Dunkerque").submissions.get().language == fr


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_every_page_type_has_no_accessibility_violations_in_dutch_and_french(
    page, demo_site, page_types, axe_every_page, language
):
    paths = [re.sub(r"^/(en/)?", f"/{language}/", path) for path in page_types]
    axe_every_page(page, demo_site.url, paths, 1280)
