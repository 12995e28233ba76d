"""The directory's controlled vocabularies, loaded together for one request."""

from dataclasses import dataclass, field

from django.core.cache import cache

from directory.models import Indicator, Sector, SustainableDevelopmentGoal
from showcase.page_cache import content_version


@dataclass
class Vocabulary:
    sectors: list
    goals: list
    indicators: list
    sector_by_slug: dict = field(init=False)
    goal_by_number: dict = field(init=False)
    indicator_by_code: dict = field(init=False)

    def __post_init__(self):
        self.sector_by_slug = {sector.slug: sector for sector in self.sectors}
        self.goal_by_number = {goal.number: goal for goal in self.goals}
        self.indicator_by_code = {indicator.code: indicator for indicator in self.indicators}


def load_vocabulary():
    """Read once per content version: editing a sector or goal moves the version on."""
    key = f"directory:vocabulary:{content_version()}"
    vocabulary = cache.get(key)
    if vocabulary is None:
        vocabulary = Vocabulary(
            sectors=list(Sector.objects.order_by("name")),
            goals=list(SustainableDevelopmentGoal.objects.order_by("number")),
            indicators=list(Indicator.objects.order_by("name")),
        )
        cache.set(key, vocabulary, timeout=60 * 60)
    return vocabulary
