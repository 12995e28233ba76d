"""The server the browser tests drive answers requests that arrive together, as a browser's do."""

from concurrent.futures import ThreadPoolExecutor

import requests

PAGES = [
    "/en/directory/",
    "/",
    "/en/stories/",
    "/en/events/",
    "/en/directory/?q=repair",
    "/en/search/?q=circular",
]


def test_simultaneous_requests_all_get_their_page(demo_site):
    def status(path):
        return path, requests.get(demo_site.url + path, timeout=60).status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(status, PAGES * 4))
    assert [path for path, code in answers if code != 200] == []
