"""The directory's controlled vocabularies, loaded together for one request."""

from dataclasses import dataclass, field

from django.utils.translation import get_language

from directory.models import Certification, Indicator, Sector, SustainableDevelopmentGoal
from directory.models.translated_names import by_translated_name
from showcase.page_cache import kept_as_is


@dataclass
class Vocabulary:
    sectors: list
    goals: list
    indicators: list
    certifications: list
    sector_by_slug: dict = field(init=False)
    goal_by_number: dict = field(init=False)
    indicator_by_code: dict = field(init=False)
    certification_by_slug: dict = field(init=False)
    # What requests make from the vocabulary (the filters' form, say), once per process for
    # its version; left out of every pickled copy.
    derived: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        self.sector_by_slug = {sector.slug: sector for sector in self.sectors}
        self.goal_by_number = {goal.number: goal for goal in self.goals}
        self.indicator_by_code = {indicator.code: indicator for indicator in self.indicators}
        self.certification_by_slug = {item.slug: item for item in self.certifications}
        self.derived = {}

    def __getstate__(self):
        return {**self.__dict__, "derived": {}}

    def in_name_order(self, kind):
        """The "sectors" or "certifications" in the alphabetical order of the active language."""
        return self.derive((kind, get_language()), lambda: by_translated_name(getattr(self, kind)))

    def derive(self, key, make):
        """make()'s answer, made once for this vocabulary and `key`."""
        if key not in self.derived:
            self.derived[key] = make()
        return self.derived[key]


def load_vocabulary():
    """Read once per content version: editing any of these vocabularies moves the version on.
    The key names the shape too, so that a shared cache never hands back an older one. Its
    readers only read it, so every request of a process shares one."""
    return kept_as_is("directory:vocabulary:v3", _read_vocabulary)


def _read_vocabulary():
    return Vocabulary(
        sectors=list(Sector.objects.order_by("name")),
        goals=list(SustainableDevelopmentGoal.objects.order_by("number")),
        indicators=list(Indicator.objects.order_by("name")),
        certifications=list(Certification.objects.order_by("name")),
    )
