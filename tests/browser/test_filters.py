"""The directory's filter panel as a visitor uses it, with and without JavaScript."""

import re

import pytest

from directory.models import Enterprise

pytestmark = pytest.mark.browser

WIDTHS = [1280, 390]


def result_names(page):
    return page.locator(".directory__results .card__title a").all_inner_texts()


def result_count(page):
    return page.locator(".results-count").inner_text().strip()


def open_filters_on_a_phone(page, width):
    """On a narrow screen the panel sits behind its "Filters" control; on a wide one it shows."""
    toggle = page.locator("summary", has_text="Filters")
    if width < 900:
        assert not page.get_by_label("Belgium").is_visible()
        toggle.click()
    else:
        assert not toggle.is_visible()
    assert page.get_by_label("Belgium").is_visible()


def live_in(country):
    return Enterprise.objects.filter(live=True, country=country).count()


@pytest.fixture
def browser_page(browser, demo_site):
    """A page at the width and JavaScript setting the test asks for."""
    contexts = []

    def make(width, javascript=True):
        context = browser.new_context(
            viewport={"width": width, "height": 900}, java_script_enabled=javascript
        )
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_with_javascript_a_ticked_box_applies_at_once(browser_page, demo_site, axe, width):
    page = browser_page(width)
    page.goto(demo_site.url + "/en/directory/")
    first_results = result_names(page)
    open_filters_on_a_phone(page, width)
    axe(page)

    page.get_by_label("Belgium").check()

    page.wait_for_url(re.compile(r"country=BE"))
    belgian = live_in("BE")
    page.locator(".results-count", has_text=f"{belgian} enterprises").wait_for()
    assert result_names(page) != first_results
    locations = page.locator(".directory__results .card .card__meta").all_inner_texts()
    assert locations and all("Belgium" in location for location in locations)
    assert page.get_by_label("Belgium").is_checked()
    assert page.get_by_role("link", name="Remove filter Belgium").is_visible()
    # The panel stays where the visitor left it, open on a phone too.
    assert page.get_by_label("France").is_visible()
    axe(page)

    # The address is the state: loading it afresh shows the same results.
    shown = result_names(page)
    page.goto(page.url)
    assert result_names(page) == shown


@pytest.mark.parametrize("width", WIDTHS)
def test_with_javascript_a_new_sort_order_applies_at_once(browser_page, demo_site, axe, width):
    page = browser_page(width)
    page.goto(demo_site.url + "/en/directory/")
    by_name = result_names(page)

    page.get_by_label("Sort by").select_option(label="Newest listings")

    page.wait_for_url(re.compile(r"sort=newest"))
    page.wait_for_function(
        "names => [...document.querySelectorAll('.directory__results .card__title a')]"
        ".map(a => a.innerText).join('|') !== names",
        arg="|".join(by_name),
    )
    newest = result_names(page)
    assert sorted(newest) != newest or newest != by_name
    assert page.get_by_label("Sort by").input_value() == "newest"
    axe(page)
    page.goto(page.url)
    assert result_names(page) == newest


def check_without_the_script(browser_page, axe, width, url):
    """axe needs JavaScript, so it checks the same page with only the site's own script left out."""
    page = browser_page(width)
    page.route("**/directory-filters*.js", lambda route: route.abort())
    page.goto(url)
    open_filters_on_a_phone(page, width)
    axe(page)


@pytest.mark.parametrize("width", WIDTHS)
def test_without_javascript_the_button_applies_the_filters(browser_page, demo_site, axe, width):
    page = browser_page(width, javascript=False)
    page.goto(demo_site.url + "/en/directory/")
    open_filters_on_a_phone(page, width)
    page.get_by_label("France").check()
    page.wait_for_timeout(500)
    assert "country" not in page.url  # nothing happens before the button
    check_without_the_script(browser_page, axe, width, page.url)

    page.get_by_role("button", name="Show results").click()

    assert "country=FR" in page.url
    assert result_count(page) == f"{live_in('FR')} enterprises"
    locations = page.locator(".directory__results .card .card__meta").all_inner_texts()
    assert locations and all("France" in location for location in locations)
    check_without_the_script(browser_page, axe, width, page.url)

    page.get_by_label("Sort by").select_option(label="Newest listings")
    page.get_by_role("button", name="Sort", exact=True).click()
    assert "sort=newest" in page.url and "country=FR" in page.url


@pytest.mark.parametrize("width", WIDTHS)
def test_show_all_reveals_the_less_used_sectors(browser_page, demo_site, axe, width):
    page = browser_page(width)
    page.goto(demo_site.url + "/en/directory/")
    open_filters_on_a_phone(page, width)
    sectors_in_use = (
        Enterprise.sectors.through.objects.filter(enterprise__live=True)
        .values("sector_id")
        .distinct()
        .count()
    )
    sector_group = page.locator("#facet-sector")
    boxes = sector_group.locator("input[type=checkbox]")
    assert boxes.count() == sectors_in_use
    visible_before = [box for box in boxes.all() if box.is_visible()]
    assert len(visible_before) == 5

    sector_group.get_by_text(f"Show all {sectors_in_use}").click()

    assert all(box.is_visible() for box in boxes.all())
    axe(page)

    # A group folds away with its heading.
    sector_group.locator(".facet__summary").click()
    assert not any(box.is_visible() for box in boxes.all())


@pytest.mark.parametrize("width", WIDTHS)
def test_an_empty_result_says_why_and_how_to_widen_it(browser_page, demo_site, axe, width):
    page = browser_page(width)
    page.goto(demo_site.url + "/en/directory/?q=zzzqqq&country=BE&country=NL")
    assert result_count(page) == "0 enterprises"
    empty = page.locator(".empty-state")
    assert "No enterprise matches “zzzqqq” with these filters." in empty.inner_text()
    axe(page)

    empty.get_by_role("link", name="Search without “zzzqqq”").click()

    assert "q=" not in page.url
    assert result_count(page) == f"{live_in('BE') + live_in('NL')} enterprises"
