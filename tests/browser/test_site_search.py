import pytest

pytestmark = pytest.mark.browser


def test_header_search_finds_an_enterprise_and_opens_its_profile(page, demo_site, axe):
    page.goto(demo_site.url + "/")
    header = page.locator("header.site-header")
    header.get_by_label("Search the site").fill("Harbourlight")
    with page.expect_navigation():
        header.get_by_role("button", name="Search").click()
    enterprises = page.get_by_role("region", name="Enterprises")
    assert "1 enterprise found" in enterprises.inner_text()
    axe(page)
    with page.expect_navigation():
        enterprises.get_by_role("link", name="Harbourlight Community Energy").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Harbourlight Community Energy"
    assert "/en/directory/harbourlight-community-energy/" in page.url
