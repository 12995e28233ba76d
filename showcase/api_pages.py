"""Page-numbered lists in the public API: `page` and `page_size` in, `count`, `next`,
`previous` and `results` out."""

from django.utils.translation import gettext as _
from ninja import Field, Schema
from ninja.errors import HttpError

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


class Error(Schema):
    detail: str = Field(description="What was wrong, in words.")


class Invalid(Schema):
    detail: str = Field(description="Each parameter's problem, in words.")
    errors: list[dict] = Field(description="The same, one object a problem.")


class PageParameters(Schema):
    page: int = Field(1, ge=1, le=1_000_000, description="Page number, from 1.")
    page_size: int = Field(
        DEFAULT_PAGE_SIZE,
        ge=1,
        le=MAX_PAGE_SIZE,
        description=f"Results per page, at most {MAX_PAGE_SIZE}.",
    )


class Paged(Schema):
    count: int = Field(description="How many results there are on all pages together.")
    next: str | None = Field(description="The address of the next page, if any.")
    previous: str | None = Field(description="The address of the previous page, if any.")


def _page_address(request, number):
    query = request.GET.copy()
    query["page"] = str(number)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def paged(request, pages, count, fetch):
    """One page of a list of `count` results; `fetch(start, stop)` reads that slice."""
    last = max(1, -(-count // pages.page_size))
    if pages.page > last:
        raise HttpError(
            404,
            _("There is no page %(page)d: with %(size)d results a page there are %(last)d.")
            % {"page": pages.page, "size": pages.page_size, "last": last},
        )
    start = (pages.page - 1) * pages.page_size
    return {
        "count": count,
        "next": _page_address(request, pages.page + 1) if pages.page < last else None,
        "previous": _page_address(request, pages.page - 1) if pages.page > 1 else None,
        "results": fetch(start, start + pages.page_size),
    }
