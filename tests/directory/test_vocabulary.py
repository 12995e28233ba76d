import pytest

from directory.models import Sector, SustainableDevelopmentGoal

pytestmark = pytest.mark.django_db


def contrast(foreground, background):
    def luminance(colour):
        def channel(value):
            value /= 255
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_17_goals_are_seeded_with_official_numbers_and_colours():
    goals = list(SustainableDevelopmentGoal.objects.order_by("number"))
    assert [goal.number for goal in goals] == list(range(1, 18))
    assert goals[7].name == "Decent work and economic growth"
    assert goals[0].colour == "#E5243B"
    assert goals[16].colour == "#19486A"


def test_every_goal_badge_is_readable():
    for goal in SustainableDevelopmentGoal.objects.all():
        assert contrast(goal.text_colour, goal.colour) >= 4.5, goal


def test_sector_list_is_seeded_for_the_region():
    slugs = set(Sector.objects.values_list("slug", flat=True))
    assert {
        "work-integration",
        "circular-economy",
        "health-social-care",
        "energy",
        "housing",
    } <= slugs
    assert all(Sector.objects.values_list("description", flat=True))
