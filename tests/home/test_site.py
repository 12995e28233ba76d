import pytest
from bs4 import BeautifulSoup

from tests.home.factories import StandardPageFactory, StoryPageFactory
from tests.production import run_in_production

pytestmark = pytest.mark.django_db


def test_search_finds_pages_and_is_not_indexed(client, home_page, story_index):
    StoryPageFactory(parent=story_index, title="International safari in Haarlem")
    StoryPageFactory(parent=story_index, title="Something else entirely")
    response = client.get("/en/search/?q=safari")
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert html.find("meta", attrs={"name": "robots"})["content"].startswith("noindex")
    titles = [h3.get_text(strip=True) for h3 in html.select(".search-results h3")]
    assert titles == ["International safari in Haarlem"]
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_search_escapes_the_query_and_cuts_it(client, home_page):
    response = client.get("/en/search/", {"q": "<script>alert(1)</script>" + "x" * 500})
    body = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert(1)" not in body
    assert "&lt;script&gt;" in body
    assert response.context["search_query"] == ("<script>alert(1)</script>" + "x" * 500)[:200]


def test_sitemap_lists_live_pages(client, home_page):
    about = StandardPageFactory(parent=home_page, title="About", slug="about")
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    assert "http://testserver/sitemap-pages.xml" in index.content.decode()
    response = client.get("/sitemap-pages.xml")
    assert f"http://testserver{about.url}" in response.content.decode()


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()


def test_missing_page_gets_the_site_404(client, home_page):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "We cannot find that page" in response.content.decode()
    assert BeautifulSoup(response.content, "html.parser").find("form", role="search")


def test_server_error_page_is_in_the_site_design(client, settings):
    from home.views import server_error

    response = server_error(None)
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "WAGTAILADMIN_BASE_URL"])
def test_production_settings_refuse_to_start_without_required_environment(missing):
    result = run_in_production("-c", "import django; django.setup()", **{missing: None})
    assert result.returncode != 0
    assert f"{missing} must be set" in result.stderr


@pytest.mark.parametrize("query", ['"><img src=x>', '"unbalanced', "AND OR NOT", "a*", "(x"])
def test_search_syntax_in_the_query_is_taken_as_plain_words(client, home_page, story_index, query):
    StoryPageFactory(parent=story_index, title="Unbalanced quotes explained")
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
