"""The public forms write their inputs in Python, faster than by template: the markup must be
Django's own, byte for byte, whatever the forms hold."""

import pytest
from django.forms.renderers import DjangoTemplates

from directory.forms.rendering import QuickRenderer
from directory.forms.submission import RemovalRequestForm, UpdateRequestForm
from directory.views.owners import current_forms
from directory.views.submissions import build_forms
from tests.directory.submission_helpers import submission_data

pytestmark = pytest.mark.django_db

HOSTILE = {
    "profile-name": '"><script>alert(1)</script> & Co',
    "profile-summary": "Fish & chips <b>",
    "profile-description": "Line one\n\n</textarea><script>x</script>",
    "profile-country": "ZZ",
    "profile-sectors": ["1", "not-a-number"],
    "profile-year_founded": "2015'",
    "innovations-0-stage": "\"'",
    "figures-0-value": "12.50",
    "figures-1-sdg": "99",
    "submitter-consent": None,
}


def every_form(forms):
    for form in forms.values():
        if hasattr(form, "forms"):
            yield form.management_form
            yield from form.forms
        else:
            yield form


def markup(forms, renderer):
    """Each field's widget, and each of its options or boxes alone, as the page shows them."""
    written = []
    for form in every_form(forms):
        form.renderer = renderer or form.renderer
        for field in form:
            written.append(str(field))
            for option in field.subwidgets if len(field.subwidgets) > 1 else ():
                written += [option.tag(), option.tag(wrap_label=True)]
    return written


@pytest.fixture(autouse=True)
def _steady_timer(monkeypatch):
    monkeypatch.setattr("directory.antiabuse.start_timer", lambda: "a-steady-timer")


@pytest.mark.parametrize(
    "make",
    [
        lambda data, hostile: build_forms(),
        lambda data, hostile: build_forms(data, {}),
        lambda data, hostile: build_forms(hostile, {}),
        lambda data, hostile: {"request": UpdateRequestForm({"email": "<x>"})},
        lambda data, hostile: {"removal": RemovalRequestForm({"reason": "</textarea>&"})},
    ],
)
def test_the_quick_inputs_are_djangos_markup(directory_page, make):
    data, hostile = submission_data(), submission_data(**HOSTILE)
    forms = make(data, hostile)
    assert all(isinstance(form.renderer, QuickRenderer) for form in every_form(forms))
    quick = markup(forms, renderer=None)
    assert quick == markup(make(data, hostile), renderer=DjangoTemplates())


def test_the_owners_form_keeps_djangos_markup(owner_listing):
    listing = owner_listing(
        innovations=[{"title": "<Repair>", "description": "&", "year": 2019, "stage": "pilot"}]
    )

    def make():
        return current_forms(listing.get_latest_revision_as_object())

    assert markup(make(), renderer=None) == markup(make(), renderer=DjangoTemplates())
