"""The anonymous page cache: fast for visitors, never stale after publishing, never personal."""

import pytest
from django.urls import reverse

from directory import tokens
from tests.directory.factories import EnterpriseFactory, SubmissionFactory

pytestmark = pytest.mark.django_db


def test_second_anonymous_visit_is_served_from_the_cache(
    client, directory_page, django_assert_num_queries
):
    client.get("/en/")  # the very first visit creates the site settings, which refreshes the cache
    first = client.get("/en/directory/")
    assert first["X-Cache"] == "MISS"
    assert "public" in first["Cache-Control"] and "max-age=60" in first["Cache-Control"]
    with django_assert_num_queries(0):
        second = client.get("/en/directory/")
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content
    assert second["X-Request-ID"] != first["X-Request-ID"]


def test_a_published_profile_appears_at_once_in_the_directory_and_on_the_home_page(
    client, directory_page
):
    client.get("/en/")
    client.get("/en/directory/")
    assert client.get("/en/directory/")["X-Cache"] == "HIT"
    EnterpriseFactory(name="Fresh Enterprise", is_featured=True)
    directory = client.get("/en/directory/")
    assert directory["X-Cache"] == "MISS"
    assert "Fresh Enterprise" in directory.content.decode()
    assert "Fresh Enterprise" in client.get("/en/").content.decode()


def test_editing_organisations_settings_and_pages_refreshes_the_cache(client, directory_page):
    from home.models import SiteSettings

    client.get("/en/")
    settings = SiteSettings.load()
    settings.funding_statement = "A brand new funding statement."
    settings.save()
    assert "A brand new funding statement." in client.get("/en/").content.decode()
    directory_page.title = "Enterprise finder"
    directory_page.save_revision().publish()
    assert "Enterprise finder" in client.get("/en/").content.decode()


def test_unpublishing_and_deleting_a_profile_removes_it_at_once(client, directory_page):
    enterprise = EnterpriseFactory(name="Going Away")
    assert "Going Away" in client.get("/en/directory/").content.decode()
    enterprise.unpublish()
    assert "Going Away" not in client.get("/en/directory/").content.decode()
    assert client.get("/en/directory/going-away/").status_code == 404


def test_signed_in_editors_never_get_cached_pages(client, home_page, admin_user):
    client.get("/en/")
    client.force_login(admin_user)
    response = client.get("/en/")
    assert "X-Cache" not in response
    assert "private" in response["Cache-Control"]


@pytest.mark.parametrize("url", ["/en/directory/submit/", "/en/search/?q=spark"])
def test_forms_and_searches_are_never_cached(client, directory_page, url):
    response = client.get(url)
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    assert "X-Cache" not in client.get(url)


def test_not_found_pages_are_not_cached(client, home_page):
    client.get("/en/nowhere/")
    assert "X-Cache" not in client.get("/en/nowhere/")


def test_cache_can_be_switched_off(client, home_page, settings):
    settings.PAGE_CACHE_ENABLED = False
    client.get("/en/")
    assert "X-Cache" not in client.get("/en/")


def test_admin_is_never_cached(client, admin_user):
    client.force_login(admin_user)
    client.get(reverse("wagtailadmin_home"))
    assert "X-Cache" not in client.get(reverse("wagtailadmin_home"))


def test_a_renamed_directory_serves_its_forms_and_links_fresh_every_time(client, directory_page):
    directory_page.slug = "enterprises"
    directory_page.save_revision().publish()
    listing = EnterpriseFactory(name="Kringloop Zuid")
    SubmissionFactory(enterprise=listing, submitter_email="owner@kringloop.example", confirmed=True)
    token = tokens.update_token(listing, "owner@kringloop.example")
    for url in [
        "/en/enterprises/submit/",
        "/en/enterprises/kringloop-zuid/update/",
        f"/en/enterprises/update/{token}/",
    ]:
        first = client.get(url)
        assert first.status_code == 200
        assert "no-cache" in first["Cache-Control"]
        assert "X-Cache" not in client.get(url)
    assert client.get("/en/enterprises/")["X-Cache"] == "MISS"
    assert client.get("/en/enterprises/")["X-Cache"] == "HIT"


def test_a_page_made_private_leaves_every_cached_page_at_once(client, story_index):
    from wagtail.models import PageViewRestriction

    from tests.home.factories import StoryPageFactory

    story = StoryPageFactory(parent=story_index, title="Members only report")
    client.get("/en/")  # the first visit creates the site settings, which refreshes the cache
    for address in ("/en/", story.url):
        client.get(address)
        again = client.get(address)
        assert again["X-Cache"] == "HIT" and "Members only report" in again.content.decode()

    PageViewRestriction.objects.create(
        page=story, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-pass"
    )

    assert "Members only report" not in client.get("/en/").content.decode()
    private = client.get(story.url).content.decode()
    assert "password" in private.lower() and "Members only report" not in private


def test_a_private_section_covers_its_pages_and_lifting_it_opens_them_again(client, story_index):
    from wagtail.models import PageViewRestriction

    from tests.home.factories import StoryPageFactory

    story = StoryPageFactory(parent=story_index, title="Closing day report")
    client.get("/en/")  # the first visit creates the site settings, which refreshes the cache
    assert "Closing day report" in client.get(story.url).content.decode()

    restriction = PageViewRestriction.objects.create(
        page=story_index, restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get(story.url).status_code == 302  # to the sign-in page
    assert client.get(story_index.url).status_code == 302

    restriction.delete()
    assert "Closing day report" in client.get(story.url).content.decode()
