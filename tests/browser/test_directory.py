import pytest

pytestmark = pytest.mark.browser


def result_names(page):
    return page.locator(".directory__results .card__title a").all_inner_texts()


def test_visitor_narrows_the_directory_opens_a_profile_and_comes_back(page, demo_site):
    page.goto(demo_site.url + "/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Directory").click()
    # Each ticked box applies at once: the address changes and the results follow.
    page.get_by_label("Belgium").check()
    page.wait_for_url("**country=BE**")
    page.get_by_label("Circular economy and reuse").check()
    page.wait_for_url("**sector=circular-economy**")
    page.locator(".active-filter", has_text="Circular economy and reuse").wait_for()
    assert "country=BE" in page.url and "sector=circular-economy" in page.url
    belgian_circular = result_names(page)
    assert len(belgian_circular) >= 4

    page.get_by_label("Search enterprises by name, activity or place").fill("furniture")
    page.get_by_role("button", name="Search", exact=True).last.click()
    narrowed = result_names(page)
    assert narrowed and set(narrowed) < set(belgian_circular)
    filtered_url = page.url
    assert "q=furniture" in filtered_url and "country=BE" in filtered_url

    first = narrowed[0]
    page.get_by_role("link", name=first, exact=True).click()
    assert page.get_by_role("heading", level=1).inner_text() == first
    page.go_back()
    assert page.url == filtered_url
    assert page.get_by_label("Belgium").is_checked()
    assert page.get_by_label("Circular economy and reuse").is_checked()
    assert (
        page.get_by_label("Search enterprises by name, activity or place").input_value()
        == "furniture"
    )
    assert result_names(page) == narrowed


def test_visitor_removes_one_filter_and_keeps_the_others(page, demo_site):
    page.goto(demo_site.url + "/en/directory/?country=BE&sector=circular-economy")
    page.get_by_role("link", name="Remove filter Belgium").click()
    assert "country" not in page.url and "sector=circular-economy" in page.url
    assert not page.get_by_label("Belgium").is_checked()


DIRECTORY_PAGES = [
    "/en/directory/",
    "/en/directory/?country=BE&sector=circular-economy&q=repair",
    "/en/directory/?page=2",
    "/en/directory/?country=FR&sector=energy&q=nothingmatchesthis",
    "/en/directory/?country=XX&sdg=99",
    "/en/directory/kringloopkompas/",
]


@pytest.mark.parametrize("width", [1280, 390])
def test_directory_pages_have_no_accessibility_violations(page, demo_site, axe_every_page, width):
    axe_every_page(page, demo_site.url, DIRECTORY_PAGES, width)
