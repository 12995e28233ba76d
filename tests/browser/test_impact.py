"""Visitors read what the enterprises achieve together, follow a total to the enterprises
behind it, and narrow the totals with the directory's filters."""

import re

import pytest

pytestmark = pytest.mark.browser

IMPACT_PAGES = [
    "/en/impact/",
    "/en/impact/?country=BE&sector=circular-economy",
    "/en/impact/?country=XX",
    "/nl/impact/",
    "/fr/impact/?sdg=8",
]


@pytest.mark.parametrize("width", [1280, 390])
def test_impact_pages_have_no_accessibility_violations(page, demo_site, axe_every_page, width):
    axe_every_page(page, demo_site.url, IMPACT_PAGES, width)


def section_of(page, name):
    return page.locator("section.impact-total").filter(
        has=page.get_by_role("heading", level=2, name=name, exact=True)
    )


def test_a_total_leads_to_the_enterprises_behind_it(page, demo_site):
    page.goto(demo_site.url + "/en/")
    page.get_by_role("link", name="See what the enterprises achieve together").click()
    page.wait_for_url("**/en/impact/")
    energy = section_of(page, "Renewable energy generated")
    behind = energy.get_by_text(re.compile(r"From \d+ enterprises")).inner_text()
    count = int(re.search(r"From (\d+) enterprises", behind).group(1))
    energy.locator(".impact-total__headline a").click()
    page.wait_for_url(re.compile(r"/en/directory/\?indicator=renewable-energy"))
    heading = page.locator(".results-count").inner_text()
    assert heading == f"{count} enterprises"
    assert page.get_by_role("link", name=re.compile("Remove filter Verified figures for")).count()


def test_the_filters_narrow_every_total(page, demo_site):
    page.goto(demo_site.url + "/en/impact/")
    page.get_by_text("Filter these totals", exact=True).first.click()
    page.get_by_role("group", name="Country").get_by_label(re.compile("^Belgium")).check()
    page.get_by_role("button", name="Show these totals").click()
    page.wait_for_url(re.compile(r"country=BE"))
    for table in page.locator("figure.impact-split").filter(has_text="By country").all():
        assert table.locator("tbody th").all_inner_texts() == ["Belgium"]
    assert page.get_by_role("link", name="Remove filter Belgium").is_visible()


def test_the_totals_need_no_javascript(browser, demo_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(demo_site.url + "/en/impact/")
    assert page.locator("section.impact-total svg[role=img]").count() >= 3
    assert page.locator(".impact-total__value").first.inner_text().strip()
    context.close()
