"""The directory's controlled vocabularies, loaded together for one request."""

from dataclasses import dataclass, field

from directory.models import Sector, SustainableDevelopmentGoal


@dataclass
class Vocabulary:
    sectors: list
    goals: list
    sector_by_slug: dict = field(init=False)
    sector_by_id: dict = field(init=False)
    goal_by_number: dict = field(init=False)

    def __post_init__(self):
        self.sector_by_slug = {sector.slug: sector for sector in self.sectors}
        self.sector_by_id = {sector.pk: sector for sector in self.sectors}
        self.goal_by_number = {goal.number: goal for goal in self.goals}


def load_vocabulary():
    return Vocabulary(
        sectors=list(Sector.objects.order_by("name")),
        goals=list(SustainableDevelopmentGoal.objects.order_by("number")),
    )
