"""What a visitor reads on the directory's result cards."""

from bs4 import BeautifulSoup


def names(response):
    """The names on the result cards, as a visitor reads them."""
    html = BeautifulSoup(response.content, "html.parser")
    return [link.get_text() for link in html.select(".directory__results .card__title a")]
