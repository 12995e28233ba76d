"""The directory's map in a browser, with the tile server out of reach as in every test run."""

import re

import pytest

pytestmark = pytest.mark.browser

WIDTHS = [1280, 390]
TILES = re.compile(r"^https://tile\.openstreetmap\.org/")
BELGIUM = "/en/directory/map/?country=BE"


@pytest.fixture
def map_page(page):
    """The page, with every tile request refused and every policy violation written down."""
    page.route(TILES, lambda route: route.abort())
    page.violations = []
    page.on(
        "console",
        lambda message: (
            page.violations.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', e => "
        "console.error('Content Security Policy violation: ' "
        "+ e.violatedDirective + ' ' + e.blockedURI));"
    )
    return page


def located_names(page):
    """The names of the list's enterprises that have coordinates, as the page lists them."""
    return page.locator(".map-list__item[data-latitude] > a").all_inner_texts()


def enterprises_drawn(page):
    """How many enterprises the map shows: single markers plus the numbers on the groups."""
    page.locator("#directory-map .leaflet-marker-icon").first.wait_for()
    singles = page.locator("#directory-map img.leaflet-marker-icon").count()
    groups = page.locator("#directory-map .marker-cluster").all_inner_texts()
    return singles + sum(int(text) for text in groups)


@pytest.mark.parametrize("width", WIDTHS)
def test_markers_and_list_show_without_tiles_and_pass_axe(map_page, demo_site, axe, width):
    page = map_page
    page.set_viewport_size({"width": width, "height": 900})
    for path in ("/en/directory/map/", BELGIUM):
        page.goto(demo_site.url + path)
        names = located_names(page)
        assert len(names) >= 3
        assert enterprises_drawn(page) == len(names)
        # The tiles could not load: the page says so, and the list is all there.
        assert page.get_by_text("The background map could not be loaded.").is_visible()
        assert page.get_by_role("region", name=re.compile(r"^Map of \d+ enterprises$")).is_visible()
        axe(page)
    assert page.violations == []


def test_a_marker_opens_a_popup_whose_link_leads_to_the_profile(map_page, demo_site):
    page = map_page
    page.goto(demo_site.url + BELGIUM)
    enterprises_drawn(page)
    marker = page.locator("#directory-map img.leaflet-marker-icon").first
    name = marker.get_attribute("alt")
    marker.click()
    popup = page.locator(".leaflet-popup-content")
    link = popup.get_by_role("link", name=name, exact=True)
    expected = page.locator(".map-list__item > a", has_text=name).first.get_attribute("href")
    assert link.get_attribute("href").endswith(expected)
    link.click()
    page.wait_for_url("**" + expected)
    assert page.get_by_role("heading", level=1).inner_text() == name


def test_keyboard_users_open_a_popup_and_are_never_kept_in_the_map(map_page, demo_site):
    page = map_page
    page.goto(demo_site.url + BELGIUM)
    enterprises_drawn(page)
    marker = page.locator("#directory-map img.leaflet-marker-icon").first
    name = marker.get_attribute("alt")
    marker.focus()
    page.keyboard.press("Enter")
    # The popup's link takes the focus; Escape closes the popup and gives it back.
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == name
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.getAttribute('alt')") == name

    # Tab leaves the map after its controls and markers.
    page.locator("#directory-map").focus()
    for _ in range(80):
        page.keyboard.press("Tab")
        if not page.evaluate(
            "document.getElementById('directory-map').contains(document.activeElement)"
        ):
            break
    assert not page.evaluate(
        "document.getElementById('directory-map').contains(document.activeElement)"
    )


def test_the_skip_link_takes_keyboard_users_past_the_map_to_the_list(map_page, demo_site):
    page = map_page
    page.goto(demo_site.url + BELGIUM)
    enterprises_drawn(page)
    skip = page.get_by_role("link", name="Skip the map: go to the list of these enterprises")
    skip.focus()
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "map-list"


def test_the_list_offers_the_map_of_the_same_results(page, demo_site):
    page.goto(demo_site.url + "/en/directory/?country=BE&sector=circular-economy")
    listed = page.locator(".directory__results .card__title a").all_inner_texts()
    page.get_by_role("navigation", name="Show the results as").get_by_role(
        "link", name="Map"
    ).click()
    page.wait_for_url("**/directory/map/?country=BE&sector=circular-economy")
    assert page.locator(".map-list__item > a").all_inner_texts() == listed


def test_a_profile_with_coordinates_shows_its_place(map_page, demo_site, axe):
    from directory.models import Enterprise

    page = map_page
    enterprise = Enterprise.objects.live().filter(latitude__isnull=False).order_by("pk").first()
    page.goto(demo_site.url + enterprise.get_url())
    place = page.get_by_role("region", name=f"Map: where {enterprise.name} is")
    place.locator("img.leaflet-marker-icon").wait_for()
    assert place.is_visible()
    assert page.get_by_role("link", name="Show on OpenStreetMap").is_visible()
    axe(page)
    assert page.violations == []
