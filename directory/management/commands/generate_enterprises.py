import io

from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from tqdm import tqdm

from directory.demo.synthetic import make_rng, synthetic_record
from directory.models import (
    Enterprise,
    ImpactFigure,
    Innovation,
    Origin,
    Sector,
)
from directory.names import sort_key
from directory.search import index_enterprises
from home.demo.images import monogram
from home.models import CustomImage

LOGO_POOL_SIZE = 24


class Command(BaseCommand):
    help = (
        "Create N synthetic, published enterprises for load testing. They are marked as "
        "synthetic on their profiles and in the directory; remove them with --delete."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=1000, help="How many to create.")
        parser.add_argument("--batch-size", type=int, default=2000)
        parser.add_argument("--seed", type=int, default=2019, help="Same seed, same data.")
        parser.add_argument(
            "--delete", action="store_true", help="Delete every synthetic enterprise instead."
        )

    def handle(self, *args, count, batch_size, seed, delete, **options):
        if delete:
            deleted, _ = Enterprise.objects.filter(origin=Origin.SYNTHETIC).delete()
            self.stdout.write(f"Deleted {deleted} synthetic rows.")
            return
        if count < 1:
            raise CommandError("--count must be at least 1.")
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1.")
        sectors = {sector.slug: sector.pk for sector in Sector.objects.all()}
        if not sectors:
            raise CommandError("No sectors exist: run `manage.py migrate` first.")
        logos = self.logo_pool()
        rng = make_rng(seed)
        start = self.next_number()
        progress = tqdm(total=count, unit="enterprise", disable=options["verbosity"] == 0)
        for offset in range(0, count, batch_size):
            numbers = range(start + offset, start + min(offset + batch_size, count))
            records = [synthetic_record(number, list(sectors), rng) for number in numbers]
            self.create_batch(records, sectors, logos, rng)
            progress.update(len(records))
        progress.close()
        self.stdout.write(self.style.SUCCESS(f"Created {count} synthetic enterprises."))

    @staticmethod
    def next_number():
        last = Enterprise.objects.filter(origin=Origin.SYNTHETIC).aggregate(Max("slug"))[
            "slug__max"
        ]
        return int(last.rsplit("-", 1)[1]) + 1 if last else 1

    @staticmethod
    def logo_pool():
        """A small shared set of logos, so listings exercise real image renditions."""
        logos = []
        for index in range(LOGO_POOL_SIZE):
            title = f"Synthetic logo {index + 1:02d}"
            logo = CustomImage.objects.filter(title=title).first()
            if logo is None:
                data = monogram(f"Synthetic {chr(65 + index)}", seed=index, size=200)
                logo = CustomImage.objects.create(
                    title=title, file=ImageFile(io.BytesIO(data), name="synthetic-logo.png")
                )
            logos.append(logo.pk)
        return logos

    @transaction.atomic
    def create_batch(self, records, sectors, logos, rng):
        now = timezone.now()
        enterprises = Enterprise.objects.bulk_create(
            [
                Enterprise(
                    name=record["name"],
                    sort_name=sort_key(record["name"]),
                    slug=record["slug"],
                    summary=record["summary"],
                    description=record["description"],
                    country=record["country"],
                    region=record["region"],
                    city=record["city"],
                    latitude=record["latitude"],
                    longitude=record["longitude"],
                    legal_form=record["legal_form"],
                    year_founded=record["year_founded"],
                    size_band=record["size_band"],
                    logo_id=rng.choice(logos),
                    origin=Origin.SYNTHETIC,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=now,
                    last_published_at=now,
                    last_confirmed_at=now,
                )
                for record in records
            ]
        )
        sector_links, goal_links, innovations, figures = [], [], [], []
        for enterprise, record in zip(enterprises, records, strict=True):
            sector_links += [
                Enterprise.sectors.through(enterprise_id=enterprise.pk, sector_id=sectors[slug])
                for slug in record["sectors"]
            ]
            goal_links += [
                Enterprise.sdgs.through(
                    enterprise_id=enterprise.pk, sustainabledevelopmentgoal_id=number
                )
                for number in record["sdgs"]
            ]
            if record["innovation"]:
                innovations.append(
                    Innovation(enterprise_id=enterprise.pk, sort_order=0, **record["innovation"])
                )
            if record["impact"]:
                figures.append(
                    ImpactFigure(enterprise_id=enterprise.pk, sort_order=0, **record["impact"])
                )
        Enterprise.sectors.through.objects.bulk_create(sector_links)
        Enterprise.sdgs.through.objects.bulk_create(goal_links)
        Innovation.objects.bulk_create(innovations)
        ImpactFigure.objects.bulk_create(figures)
        index_enterprises([enterprise.pk for enterprise in enterprises])
