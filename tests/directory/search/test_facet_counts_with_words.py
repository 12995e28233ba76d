"""A search's facet counts agree with its results, and follow every change to the profiles.

The expected counts come from the JSON download of the same search, which lists each result with
its country, sectors, goals and certifications: a path of its own through the database, not the
statement that counts the facets.
"""

import json
from collections import Counter

import pytest
from django.core.management.sql import emit_post_migrate_signal
from django.utils import timezone

from directory.freshness import archive_stale, confirm
from directory.models import Enterprise, ImpactFigure, Sector

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("every_request_rendered")]

SEARCHES = [
    {"q": "circular"},
    {"q": "repair"},
    {"q": "circular", "country": "BE"},
    {"q": "circular", "sector": "circular-economy", "sdg": "12"},
    {"q": "café", "certification": "b-corp"},
    {"q": "circular", "impact": "verified"},
    # A filter that is not a facet narrows the results before the words do.
    {"q": "circular", "size": "small"},
    {"q": "circular", "size": "small", "country": "BE"},
]


def shown_counts(client, params):
    """{(facet, value): count} of the options the directory page shows, and its total."""
    context = client.get("/en/directory/", params).context
    return {
        (facet, option.value): option.count
        for facet, options in context["facets"].items()
        for option in options
        if option.count
    }, context["total"]


def download(client, params):
    response = client.get("/en/directory/export.json", params)
    return json.loads(b"".join(response.streaming_content))["enterprises"]


def counted_from_download(client, params):
    """What each facet's count must be: the results of the search with that facet's own filter
    left out, holding the value."""
    expected = Counter()
    chosen = {"country", "sector", "sdg", "certification", "impact"} & set(params)
    for facet, field in (
        ("country", "country"),
        ("sector", "sectors"),
        ("sdg", "sdgs"),
        ("certification", "certifications"),
        ("impact", None),
    ):
        others = {k: v for k, v in params.items() if k != facet or facet not in chosen}
        for result in download(client, others):
            if field is None:
                if verified(result["slug"]):
                    expected[("impact", "verified")] += 1
                continue
            values = result[field] if isinstance(result[field], list) else [result[field]]
            for value in values:
                expected[(facet, str(value))] += 1
    return dict(expected), len(download(client, params))


def verified(slug):
    return ImpactFigure.objects.filter(enterprise__slug=slug, verified=True).exists()


def assert_counts_match(client, params):
    shown, total = shown_counts(client, params)
    expected, expected_total = counted_from_download(client, params)
    assert (shown, total) == (expected, expected_total), params


@pytest.fixture
def searchable(add_profile, profiles):
    more = [
        add_profile(
            "Circular Kitchen Brussel",
            country="BE",
            sectors=["hospitality", "circular-economy"],
            sdgs=[2, 12],
            certifications=["b-corp"],
            size_band="small",
            summary="A circular café and kitchen.",
        ),
        add_profile(
            "Repair Café Lille",
            country="FR",
            sectors=["circular-economy"],
            sdgs=[12],
            summary="Neighbours repair what is broken, in a circular way.",
            impact=[
                {
                    "indicator": "items repaired",
                    "value": 300,
                    "unit": "items",
                    "year": 2024,
                    "verified": True,
                    "verified_on": timezone.localdate(),
                }
            ],
        ),
    ]
    return {**profiles, "kitchen": more[0], "repair_cafe": more[1]}


@pytest.mark.parametrize("params", SEARCHES)
def test_counts_with_words_are_those_of_the_results(client, searchable, params):
    assert_counts_match(client, params)


def republished(enterprise, **changes):
    enterprise = Enterprise.objects.get(pk=enterprise.pk)
    if "sectors" in changes:
        enterprise.sectors.set(Sector.objects.filter(slug__in=changes.pop("sectors")))
    for field, value in changes.items():
        setattr(enterprise, field, value)
    enterprise.save_revision().publish()


def test_counts_with_words_follow_a_publish(client, searchable):
    kitchen = searchable["kitchen"]
    republished(kitchen, sectors=["energy"], country="NL")
    shown, _ = shown_counts(client, {"q": "circular"})
    assert shown[("sector", "energy")] == 1
    assert shown[("country", "NL")] >= 1
    for params in SEARCHES:
        assert_counts_match(client, params)


def test_counts_with_words_leave_out_archived_unpublished_and_deleted_profiles(client, searchable):
    before, total_before = shown_counts(client, {"q": "circular"})
    Enterprise.objects.filter(pk=searchable["kitchen"].pk).update(
        last_confirmed_at=timezone.now().replace(year=2000)
    )
    assert archive_stale() == 1
    searchable["repair_cafe"].unpublish()
    Enterprise.objects.get(pk=searchable["reuse"].pk).delete()
    after, total_after = shown_counts(client, {"q": "circular"})
    assert total_after == total_before - 3
    assert after.get(("certification", "b-corp"), 0) == before[("certification", "b-corp")] - 1
    assert after.get(("impact", "verified"), 0) == before[("impact", "verified")] - 1
    for params in SEARCHES:
        assert_counts_match(client, params)


def test_a_restored_profile_is_found_and_counted_again(client, searchable, found):
    kitchen = searchable["kitchen"]
    Enterprise.objects.filter(pk=kitchen.pk).update(
        last_confirmed_at=timezone.now().replace(year=2000)
    )
    archive_stale()
    assert "Circular Kitchen Brussel" not in found("kitchen circular")
    confirm(Enterprise.objects.get(pk=kitchen.pk))
    assert found("kitchen circular") == ["Circular Kitchen Brussel"]
    for params in SEARCHES:
        assert_counts_match(client, params)


def test_a_profile_gone_without_a_signal_is_forgotten_after_a_flush_or_migration(
    client, searchable, found
):
    """A flush empties the enterprises' table without a signal per profile (as a test database
    between browser tests); the migrate signal that follows it makes search forget them."""
    Enterprise.objects.filter(pk=searchable["kitchen"].pk).update(live=False)
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    assert "Circular Kitchen Brussel" not in found("kitchen circular")
    for params in SEARCHES:
        assert_counts_match(client, params)
