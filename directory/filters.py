"""The directory's URL parameters: validated by a FilterSet, unknown values dropped and reported."""

import hashlib
from functools import cache, cached_property

import django_filters
from django import forms
from django.http import QueryDict
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from directory.forms.public_fields import clean_plain_text
from directory.models import Enterprise, ImpactFigure, LegalForm, SizeBand
from directory.search.text import MAX_QUERY_LENGTH, query_words

SORT_CHOICES = [
    ("relevance", _("Relevance")),
    ("name", _("Name")),
    ("newest", _("Newest listings")),
]
# `impact=verified`: profiles with at least one impact figure an editor has verified.
VERIFIED_IMPACT = "verified"
IMPACT_CHOICES = [(VERIFIED_IMPACT, _("Verified impact figures"))]
MULTI_VALUED = ("country", "sector", "sdg", "certification")
# The filters a visitor sees as chosen, in the order the form shows them.
NARROWING = (
    "country",
    "sector",
    "sdg",
    "impact",
    "certification",
    "size",
    "legal_form",
    "indicator",
)
MAX_VALUES_PER_PARAMETER = 50


@cache
def country_codes():
    """Every code django-countries knows: the same in every language, so listed once (listing
    the countries translates and sorts their names)."""
    return tuple(sorted(code for code, _name in countries))


def _having(queryset, rows):
    """The enterprises of `queryset` that some of `rows` (linked by enterprise_id) belong to."""
    return queryset.filter(pk__in=rows.values("enterprise_id"))


class SharedChoicesMixin:
    """A form copies each of its fields at every request, and a choice field deep-copies its
    choices: several hundred countries, sectors and indicators, most of a directory page's
    copying. Nothing changes a field's choices once it is made, so the copies share them, and
    the set of their values: Django checks a value by walking the choices, normalising the
    whole list again at each step (a third of a millisecond for a page's filters)."""

    def __deepcopy__(self, memo):
        result = forms.Field.__deepcopy__(self, memo)
        result._choices = self._choices
        result.known_values = self.known_values
        return result

    @cached_property
    def known_values(self):
        return frozenset(str(value) for value, _label in self.choices)

    def valid_value(self, value):
        return str(value) in self.known_values


class SharedMultipleChoiceField(SharedChoicesMixin, django_filters.fields.MultipleChoiceField):
    pass


class SharedChoiceField(SharedChoicesMixin, django_filters.fields.ChoiceField):
    pass


class MultipleChoiceFilter(django_filters.MultipleChoiceFilter):
    field_class = SharedMultipleChoiceField


class ChoiceFilter(django_filters.ChoiceFilter):
    field_class = SharedChoiceField


class EnterpriseFilterSet(django_filters.FilterSet):
    """Filters for live profiles. `taxonomy` supplies the known sectors, goals and
    certifications, loaded once."""

    q = django_filters.CharFilter(method="keep_all", max_length=MAX_QUERY_LENGTH)
    # Choices of their own are set per request: the country names follow the visitor's language.
    country = MultipleChoiceFilter(method="filter_country")
    sector = MultipleChoiceFilter(method="filter_sector")
    sdg = MultipleChoiceFilter(method="filter_sdg")
    impact = ChoiceFilter(choices=IMPACT_CHOICES, method="filter_impact")
    certification = MultipleChoiceFilter(method="filter_certification")
    size = ChoiceFilter(field_name="size_band", choices=SizeBand.choices)
    legal_form = ChoiceFilter(field_name="legal_form", choices=LegalForm.choices)
    # The enterprises behind an impact total: a verified figure for this catalogue indicator.
    indicator = ChoiceFilter(method="filter_indicator")
    sort = ChoiceFilter(choices=SORT_CHOICES, method="keep_all")

    class Meta:
        model = Enterprise
        fields = []

    def __init__(self, data, *, taxonomy, queryset=None, **kwargs):
        self.taxonomy = taxonomy
        self.notices = []
        cleaned = self.sanitise(data or QueryDict())
        super().__init__(cleaned, queryset=queryset, **kwargs)

    def get_form_class(self):
        """The form, made once for the vocabulary and language rather than at every request:
        django-filter makes a class and its fields from the filters each time."""
        return self.taxonomy.derive(("filter-form", get_language()), self._make_form_class)

    def _make_form_class(self):
        taxonomy = self.taxonomy
        # Only the codes are checked here; the names shown come from the facets.
        self.filters["country"].extra["choices"] = [(code, code) for code in country_codes()]
        self.filters["sector"].extra["choices"] = [
            (sector.slug, sector.translated_name) for sector in taxonomy.in_name_order("sectors")
        ]
        self.filters["sdg"].extra["choices"] = [
            (str(goal.number), goal.numbered_name) for goal in taxonomy.goals
        ]
        self.filters["certification"].extra["choices"] = [
            (item.slug, item.translated_name) for item in taxonomy.in_name_order("certifications")
        ]
        self.filters["indicator"].extra["choices"] = [
            (indicator.code, indicator.translated_name) for indicator in taxonomy.indicators
        ]
        return super().get_form_class()

    # Parameters ---------------------------------------------------------------------------

    def sanitise(self, data):
        """A copy of the query with unknown values removed; each removal becomes a notice."""
        known = {
            "country": set(country_codes()),
            "sector": {sector.slug for sector in self.taxonomy.sectors},
            "sdg": {str(goal.number) for goal in self.taxonomy.goals},
            "impact": {value for value, _label in IMPACT_CHOICES},
            "certification": {item.slug for item in self.taxonomy.certifications},
            "size": set(SizeBand.values),
            "legal_form": set(LegalForm.values),
            "indicator": set(self.taxonomy.indicator_by_code),
            "sort": {value for value, _label in SORT_CHOICES},
        }
        labels = {
            "country": _("country"),
            "sector": _("sector"),
            "sdg": _("goal"),
            "impact": _("verified impact option"),
            "certification": _("certification"),
            "size": _("size"),
            "legal_form": _("legal form"),
            "indicator": _("catalogue indicator"),
            "sort": _("sort order"),
        }
        clean = QueryDict(mutable=True)
        query = " ".join(clean_plain_text(data.get("q", "")).split())
        if len(query) > MAX_QUERY_LENGTH:
            query = query[:MAX_QUERY_LENGTH].rstrip()
            self.notices.append(
                _("Your search words were shortened to the first %(count)s characters.")
                % {"count": MAX_QUERY_LENGTH}
            )
        if query and not query_words(query):
            self.notices.append(
                _("“%(query)s” has no letters or digits to search for, so it was ignored.")
                % {"query": query[:60]}
            )
            query = ""
        if query:
            clean["q"] = query
        for name, allowed in known.items():
            values = data.getlist(name)[:MAX_VALUES_PER_PARAMETER]
            if name not in MULTI_VALUED:
                values = values[-1:]
            kept = []
            for value in values:
                value = value.strip()
                if name == "country":
                    value = value.upper()
                if not value:
                    continue
                if value in allowed:
                    if value not in kept:
                        kept.append(value)
                else:
                    self.notices.append(
                        _("“%(value)s” is not a %(what)s this directory knows, so it was ignored.")
                        % {"value": value[:60], "what": labels[name]}
                    )
            clean.setlist(name, kept)
        return clean

    @property
    def query(self):
        return self.form.cleaned_data.get("q", "") if self.is_valid() else ""

    @property
    def default_sort_order(self):
        """Best match first for words, by name without."""
        return "relevance" if self.query else "name"

    @property
    def sort_order(self):
        chosen = self.form.cleaned_data.get("sort") if self.is_valid() else ""
        if chosen == "relevance" and not self.query:
            return "name"  # nothing to rank by
        return chosen or self.default_sort_order

    # Filters ------------------------------------------------------------------------------

    def keep_all(self, queryset, name, value):
        return queryset

    def filter_country(self, queryset, name, value):
        return queryset.filter(country__in=value) if value else queryset

    def filter_sector(self, queryset, name, value):
        links = Enterprise.sectors.through.objects.filter(sector__slug__in=value)
        return _having(queryset, links) if value else queryset

    def filter_sdg(self, queryset, name, value):
        links = Enterprise.sdgs.through.objects.filter(sustainabledevelopmentgoal_id__in=value)
        return _having(queryset, links) if value else queryset

    def filter_impact(self, queryset, name, value):
        verified = ImpactFigure.objects.filter(verified=True)
        return _having(queryset, verified) if value == VERIFIED_IMPACT else queryset

    def filter_certification(self, queryset, name, value):
        links = Enterprise.certifications.through.objects.filter(certification__slug__in=value)
        return _having(queryset, links) if value else queryset

    def filter_indicator(self, queryset, name, value):
        figures = ImpactFigure.objects.filter(catalogue_indicator__code=value, verified=True)
        return _having(queryset, figures) if value else queryset

    def selection_digest(self):
        """What the filters select, as a short string for cache keys; None when words narrow
        the results too (those make new results at almost every request) or the filters are
        not valid. The order and the page change what is shown, not what is selected."""
        if self.query or not self.is_valid():
            return None
        chosen = sorted(
            (name, repr(value))
            for name, value in self.form.cleaned_data.items()
            if name not in ("q", "sort") and value
        )
        return hashlib.sha256(repr(chosen).encode()).hexdigest()[:32]

    def queryset_without(self, *names):
        """The filtered queryset, ignoring the named filters (for facet counts)."""
        queryset = self.queryset.all()
        if not self.is_valid():
            return queryset
        for name, value in self.form.cleaned_data.items():
            if name in names:
                continue
            queryset = self.filters[name].filter(queryset, value)
        return queryset

    def narrowed_beyond(self, *names):
        """Whether a filter other than the named ones narrows the results (words aside)."""
        if not self.is_valid():
            return False
        return any(
            value
            for name, value in self.form.cleaned_data.items()
            if name not in (*names, "q", "sort")
        )

    @property
    def active_filters(self):
        """(parameter, value) pairs currently narrowing the results."""
        if not self.is_valid():
            return []
        pairs = []
        for name in NARROWING:
            value = self.form.cleaned_data.get(name)
            for item in value if isinstance(value, list) else [value] if value else []:
                pairs.append((name, item))
        return pairs
