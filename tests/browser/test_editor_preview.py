"""Editors see what they edit and what they moderate: the preview panel, the dashboard."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def open_preview_panel(page):
    # The toggle is in the markup before the admin's scripts bind it: a click before then is lost.
    page.wait_for_load_state("load")
    page.get_by_role("button", name="Toggle preview").click()
    expect(page.locator("[data-side-panel='preview']")).to_be_visible()
    return page.frame_locator("iframe[title*='review']").last


def test_the_preview_panel_shows_an_enterprise_and_a_story(signed_in, demo_site):
    from directory.models import Enterprise
    from home.models import StoryPage

    page = signed_in
    enterprise = Enterprise.objects.get(slug="kringloopkompas")
    page.get_by_role("button", name="Directory").click()
    page.get_by_role("link", name="Enterprises", exact=True).click()
    page.get_by_role("link", name=enterprise.name, exact=True).click()
    preview = open_preview_panel(page)
    expect(preview.locator("h1")).to_have_text(enterprise.name)
    expect(preview.locator("body")).to_contain_text(enterprise.summary)

    story = StoryPage.objects.live().order_by("title").first()
    page.get_by_role("button", name="Pages").click()
    page.get_by_role("link", name=re.compile("^View child pages of")).first.click()
    page.get_by_role("link", name="View child pages of 'Stories'").click()
    page.get_by_role("link", name=f"Edit '{story.title}'").click()
    preview = open_preview_panel(page)
    expect(preview.locator("h1")).to_have_text(story.title)
    expect(preview.locator("body")).to_contain_text(story.intro)

    # The public page itself still refuses to be framed by anyone.
    response = page.goto(demo_site.url + enterprise.get_url())
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY"


def test_the_dashboard_previews_a_listing_awaiting_review(signed_in, demo_site, remove_afterwards):
    from directory.models import Enterprise
    from tests.directory.factories import EnterpriseFactory

    remove_afterwards.append(Enterprise.objects.filter(name="Zeilmakerij Oostende"))
    EnterpriseFactory(name="Zeilmakerij Oostende", draft=True, country="BE", city="Oostende")
    enterprise = Enterprise.objects.get(name="Zeilmakerij Oostende")
    enterprise.get_workflow().start(enterprise, user=None)

    page = signed_in
    page.goto(demo_site.url + "/admin/")
    row = page.locator("tr").filter(has_text="Zeilmakerij Oostende").first
    row.get_by_role("button").last.click()
    link = row.get_by_role("link", name=re.compile("Preview"))
    if link.get_attribute("target") == "_blank":
        with page.expect_popup() as popup:
            link.click()
        page = popup.value
    else:
        link.click()
    expect(page.locator("h1")).to_have_text("Zeilmakerij Oostende")
    expect(page.locator("main")).to_contain_text("Zeilmakerij Oostende does useful things.")
