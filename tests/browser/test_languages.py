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


def translated_title(model, language, **lookup):
    return model.objects.get(locale__language_code=language, **lookup).title


# The day these walks read about (the demo also has an upcoming demo event).
SPARK_DAY = {"slug": "spark-social-enterprise-day-2019"}


# (visitor's language, their browser's header, Belgium in it, the language they switch to, its name,
# 21 November 2019 in each)
WALKS = [
    (
        "nl",
        "nl-BE,nl;q=0.9,en;q=0.5",
        "België",
        "fr",
        "Français",
        "21 november 2019",
        "21 novembre 2019",
    ),
    (
        "fr",
        "fr-FR,fr;q=0.9",
        "Belgique",
        "nl",
        "Nederlands",
        "21 novembre 2019",
        "21 november 2019",
    ),
]


@pytest.mark.parametrize(
    ("language", "header", "belgium", "other", "other_name", "day", "other_day"), WALKS
)
def test_a_visitor_finds_a_profile_and_the_event_in_their_language_then_switches(
    page, demo_site, language, header, belgium, other, other_name, day, other_day
):
    page.set_extra_http_headers({"Accept-Language": header})
    page.goto(demo_site.url + "/")
    assert page.url == demo_site.url + f"/{language}/"
    assert page.locator("html").get_attribute("lang") == language

    nav = page.get_by_role("navigation", name=in_language(language, "Main"))
    with page.expect_navigation():
        nav.get_by_role("link", name=translated_title(DirectoryPage, language)).click()
    assert page.url.startswith(demo_site.url + f"/{language}/directory/")
    page.get_by_role("checkbox", name=re.compile(f"^{belgium}")).check()
    page.get_by_role("button", name=in_language(language, "Show results")).click()
    page.wait_for_url(re.compile(r".*country=BE.*"))
    first = page.locator(".directory__results .card__title a").first
    name = first.inner_text()
    with page.expect_navigation():
        first.click()
    assert page.get_by_role("heading", level=1).inner_text() == name
    assert page.locator("html").get_attribute("lang") == language
    profile = Enterprise.objects.get(name=name)
    assert f"/{language}/directory/{profile.slug}/" in page.url

    with page.expect_navigation():
        nav.get_by_role("link", name=translated_title(EventIndexPage, language)).click()
    event_title = translated_title(EventPage, language, **SPARK_DAY)
    with page.expect_navigation():
        page.get_by_role("link", name=event_title).first.click()
    assert page.get_by_role("heading", level=1).inner_text() == event_title
    assert day in page.inner_text("main")

    switcher = page.get_by_role("navigation", name=in_language(language, "Language"))
    with page.expect_navigation():
        switcher.get_by_role("link", name=other_name).click()
    assert page.url.startswith(demo_site.url + f"/{other}/events/")
    assert page.get_by_role("heading", level=1).inner_text() == translated_title(
        EventPage, other, **SPARK_DAY
    )
    assert other_day in page.inner_text("main")
    # The choice is remembered over the browser's languages.
    page.goto(demo_site.url + "/")
    assert page.url == demo_site.url + f"/{other}/"


@pytest.fixture
def quick_forms(settings):
    # People need a few seconds; the browser needs none, so the minimum is lowered here.
    settings.DIRECTORY_FORM_MIN_SECONDS = 0


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_a_visitor_sends_a_listing_and_is_answered_in_their_language(
    page, demo_site, axe, quick_forms, remove_afterwards, language
):
    remove_afterwards.append(Enterprise.objects.filter(name="Atelier Vélo Dunkerque"))
    page.goto(demo_site.url + f"/{language}/directory/submit/")
    send = page.get_by_role("button", name=in_language(language, "Send the listing"))
    send.click()
    alert = page.get_by_role("alert")
    assert alert.is_visible() and not alert.inner_text().startswith("There ")
    axe(page)

    page.get_by_label(in_language(language, "Name of the enterprise")).fill(
        "Atelier Vélo Dunkerque"
    )
    page.get_by_label(in_language(language, "One-line summary")).fill(
        "Un atelier de réparation de vélos qui forme des jeunes à Dunkerque."
    )
    page.locator("textarea[name='profile-description']").fill(
        "Nous réparons des vélos.\n\nNous formons des jeunes."
    )
    page.get_by_role("group", name=in_language(language, "Sectors")).get_by_role(
        "checkbox"
    ).first.check()
    page.locator("select[name='profile-country']").select_option("FR")
    page.locator("input[name='profile-city']").fill("Dunkerque")
    page.get_by_label(in_language(language, "Your name")).fill("Camille Martin")
    page.get_by_label(in_language(language, "Your e-mail address")).fill("camille@velo.example")
    page.locator("input[name='submitter-consent']").check()
    send.click()
    assert page.get_by_role("heading", level=1).inner_text() == in_language(
        language, "Thank you: check your e-mail"
    )
    axe(page)

    (message,) = [m for m in mail.outbox if "camille@velo.example" in m.to]
    assert message.subject == in_language(
        language, "Please confirm your listing of %(name)s", name="Atelier Vélo Dunkerque"
    )
    link = re.search(rf"http://\S+/{language}/directory/submit/confirm/\S+", message.body).group(0)
    page.goto(link.replace("http://testserver", demo_site.url))
    page.get_by_role("button", name=in_language(language, "Confirm my listing")).click()
    assert page.locator("html").get_attribute("lang") == language
    assert (
        Enterprise.objects.get(name="Atelier Vélo Dunkerque").submissions.get().language == language
    )


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_every_page_type_has_no_accessibility_violations_in_dutch_and_french(
    page, demo_site, page_types, axe_every_page, language
):
    paths = [re.sub(r"^/(en/)?", f"/{language}/", path) for path in page_types]
    axe_every_page(page, demo_site.url, paths, 1280)
