import re
from urllib.parse import parse_qsl, urlsplit

import pytest

pytestmark = pytest.mark.browser

GOALS = ("8. Decent work and economic growth", "10. Reduced inequalities")


def result_names(page):
    return page.locator(".directory__results .card__title a").all_inner_texts()


def result_count(page):
    return page.locator(".results-count").inner_text().strip()


def live_enterprises_with_either_goal():
    from directory.models import Enterprise

    return (
        Enterprise.objects.filter(live=True, sdgs__number__in=[8, 10])
        .values("pk")
        .distinct()
        .count()
    )


def follow(page, control):
    """Click as a person would and wait for the next page, not the one the click left."""
    with page.expect_navigation():
        control.click()


def assert_goals_still_applied(page, page_number=None):
    for goal in GOALS:
        assert page.get_by_label(goal).is_checked(), goal
    # The address is what a visitor shares: every parameter must survive under its own name.
    params = parse_qsl(urlsplit(page.url).query, keep_blank_values=True)
    assert [value for name, value in params if name == "sdg"] == ["8", "10"], page.url
    assert all(name.isidentifier() for name, _ in params), page.url
    if page_number:
        assert dict(params)["page"] == str(page_number)


def test_visitor_pages_through_filtered_results_and_keeps_every_filter(page, demo_site):
    expected = live_enterprises_with_either_goal()
    assert expected > 24, "the demo data should fill more than one page for this filter"

    page.goto(demo_site.url + "/")
    follow(page, page.get_by_role("navigation", name="Main").get_by_role("link", name="Directory"))
    # Each ticked goal applies at once: wait for the address to carry it before the next.
    for goal, number in zip(GOALS, ("8", "10"), strict=True):
        page.get_by_label(goal).check()
        page.wait_for_url(re.compile(rf"[?&]sdg={number}(&|$)"))
    assert_goals_still_applied(page)
    count = result_count(page)
    assert count == f"{expected} enterprises"
    first_page = result_names(page)
    assert len(first_page) == 24

    pages = page.get_by_role("navigation", name="Pages")
    follow(page, pages.get_by_role("link", name=re.compile(r"^Next")))
    assert_goals_still_applied(page, 2)
    assert result_count(page) == count
    second_page = result_names(page)
    assert len(second_page) == expected - 24
    assert not set(second_page) & set(first_page)
    assert pages.locator("[aria-current=page]").inner_text().strip().endswith("2")

    follow(page, pages.get_by_role("link", name="Page 1", exact=True))
    assert_goals_still_applied(page, 1)
    assert result_count(page) == count
    assert result_names(page) == first_page

    # Someone opens the shared address of the filtered list and pages on from there.
    page.goto(demo_site.url + "/en/directory/?sdg=8&sdg=10")
    follow(page, pages.get_by_role("link", name="Page 2", exact=True))
    assert_goals_still_applied(page, 2)
    assert result_count(page) == count
    assert result_names(page) == second_page
    follow(page, pages.get_by_role("link", name=re.compile(r"^Previous")))
    assert_goals_still_applied(page, 1)
    assert result_names(page) == first_page
