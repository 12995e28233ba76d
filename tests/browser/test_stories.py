import pytest

pytestmark = pytest.mark.browser


def follow(page, control):
    with page.expect_navigation():
        control.click()


def test_visitor_reads_a_story_and_opens_an_enterprise_it_is_about(page, demo_site, axe):
    page.goto(demo_site.url + "/")
    follow(page, page.get_by_role("navigation", name="Main").get_by_role("link", name="Stories"))
    follow(page, page.get_by_role("link", name="Time to say goodbye", exact=False))
    enterprises = page.get_by_role("region", name="Enterprises in this story")
    names = enterprises.locator(".card__title a").all_inner_texts()
    assert len(names) == 3
    axe(page)

    follow(page, enterprises.get_by_role("link", name=names[0]))
    assert page.get_by_role("heading", level=1).inner_text() == names[0]
    page.go_back()

    # The story reports on the closing event, and the event points back to the story.
    follow(page, page.get_by_role("link", name="Spark Social Enterprise Day"))
    assert "This event took place on Thursday 21 November 2019." in page.inner_text("main")
    assert page.get_by_role("link", name="Add to calendar").count() == 0
    outcome = page.get_by_role("region", name="What came of it")
    follow(page, outcome.get_by_role("link", name="Time to say goodbye", exact=False))
    assert "closing day" in page.get_by_role("heading", level=1).inner_text()
