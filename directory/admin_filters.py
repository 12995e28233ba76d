"""Filters for the editors' enterprise listing in Wagtail's admin."""

import django_filters
from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from wagtail.admin.filters import WagtailFilterSet

from directory import freshness
from directory.models import Enterprise, Origin, Sector


class EnterpriseAdminFilterSet(WagtailFilterSet):
    STATUS_CHOICES = [
        ("live", _("Published")),
        ("draft", _("Not published")),
        ("in_moderation", _("Awaiting moderation")),
        ("changed", _("Published, with changes waiting")),
    ]

    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=STATUS_CHOICES,
        method="filter_status",
        widget=forms.RadioSelect,
        empty_label=_("All"),
    )
    country = django_filters.ChoiceFilter(
        label=_("Country"), choices=[], empty_label=_("All"), widget=forms.Select
    )
    sectors = django_filters.ModelChoiceFilter(
        label=_("Sector"), queryset=Sector.objects.order_by("name"), empty_label=_("All")
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=settings.LANGUAGES,
        widget=forms.RadioSelect,
        empty_label=_("All"),
    )
    origin = django_filters.ChoiceFilter(
        label=_("Origin"), choices=Origin.choices, widget=forms.RadioSelect, empty_label=_("All")
    )
    FRESHNESS_CHOICES = [
        ("out_of_date", _("May be out of date (unconfirmed for 18 months)")),
        ("archived", _("Archived (unconfirmed for 24 months)")),
    ]
    freshness = django_filters.ChoiceFilter(
        label=_("Freshness"),
        choices=FRESHNESS_CHOICES,
        method="filter_freshness",
        widget=forms.RadioSelect,
        empty_label=_("All"),
    )
    is_featured = django_filters.BooleanFilter(label=_("Featured"))
    awaiting_confirmation = django_filters.BooleanFilter(
        label=_("Submitter has not confirmed yet"), method="filter_awaiting_confirmation"
    )

    class Meta:
        model = Enterprise
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        in_use = Enterprise.objects.order_by().values_list("country", flat=True).distinct()
        self.filters["country"].extra["choices"] = sorted(
            ((code, countries.name(code)) for code in in_use if code), key=lambda item: item[1]
        )

    def filter_awaiting_confirmation(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(awaiting_confirmation=value)

    def filter_freshness(self, queryset, name, value):
        if value == "out_of_date":
            return queryset.listed().filter(last_confirmed_at__lte=freshness.out_of_date_since())
        if value == "archived":
            return queryset.live().archived()
        return queryset

    def filter_status(self, queryset, name, value):
        if value == "live":
            return queryset.live()
        if value == "draft":
            return queryset.not_live()
        if value == "in_moderation":
            return queryset.filter(
                pk__in=Enterprise.objects.filter(_workflow_states__status="in_progress").values(
                    "pk"
                )
            )
        if value == "changed":
            return queryset.live().filter(has_unpublished_changes=True)
        return queryset
