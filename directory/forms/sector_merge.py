from django import forms
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Revision

from directory.models import Enterprise, Sector


class MergeSectorsForm(forms.Form):
    sources = forms.ModelMultipleChoiceField(
        queryset=Sector.objects.order_by("name"),
        widget=forms.CheckboxSelectMultiple,
        label=gettext_lazy("Sectors to merge away"),
        help_text=gettext_lazy(
            "Their enterprises move to the sector you keep; these sectors are then deleted."
        ),
    )
    target = forms.ModelChoiceField(
        queryset=Sector.objects.order_by("name"), label=gettext_lazy("Sector to keep")
    )

    def clean(self):
        cleaned = super().clean()
        sources, target = cleaned.get("sources"), cleaned.get("target")
        if sources is not None and target is not None and target in sources:
            self.add_error("target", _("The sector to keep cannot also be one to merge away."))
        return cleaned

    @transaction.atomic
    def merge(self):
        sources = list(self.cleaned_data["sources"])
        target = self.cleaned_data["target"]
        links = Enterprise.sectors.through.objects
        moving = links.filter(sector__in=sources).exclude(
            enterprise_id__in=links.filter(sector=target).values("enterprise_id")
        )
        enterprise_ids = set(moving.values_list("enterprise_id", flat=True))
        links.bulk_create(
            [links.model(enterprise_id=pk, sector=target) for pk in enterprise_ids],
            ignore_conflicts=True,
        )
        self.rewrite_revisions(sources, target)
        Sector.objects.filter(pk__in=[sector.pk for sector in sources]).delete()
        return target, len(sources), len(enterprise_ids)

    @staticmethod
    def rewrite_revisions(sources, target):
        """Point saved drafts at the kept sector so publishing them later cannot fail."""
        source_ids = {sector.pk for sector in sources}
        affected = links_of(source_ids)
        revisions = Revision.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Enterprise),
            object_id__in=[str(pk) for pk in affected],
        )
        for revision in revisions.iterator(chunk_size=500):
            sectors = revision.content.get("sectors") or []
            if not source_ids.intersection(sectors):
                continue
            kept = [pk for pk in sectors if pk not in source_ids]
            if target.pk not in kept:
                kept.append(target.pk)
            revision.content["sectors"] = kept
            revision.save(update_fields=["content"])


def links_of(sector_ids):
    links = Enterprise.sectors.through.objects.filter(sector_id__in=sector_ids)
    return set(links.values_list("enterprise_id", flat=True))
