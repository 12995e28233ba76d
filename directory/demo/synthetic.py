"""Synthetic enterprise records for load testing: plausible words, clearly marked, never real names."""

import random
from pathlib import Path

from home.demo.data_files import Entry, read

VOCABULARY = Entry(
    "vocabulary",
    required=(
        *("places", "name_first", "name_second", "activities", "beneficiaries", "sentences"),
        *("legal_forms", "size_bands", "stages", "indicators"),
    ),
)
WORDS = read(Path(__file__).with_name("synthetic.yaml"), VOCABULARY)


def synthetic_record(number, sector_slugs, rng):
    """One synthetic enterprise as plain data; `number` makes its name and slug unique."""
    country, region, city, latitude, longitude = rng.choice(WORDS["places"])
    sectors = rng.sample(sector_slugs, k=rng.choice([1, 1, 2, 2, 3]))
    activity = rng.choice(WORDS["activities"].get(sectors[0], ["local services"]))
    beneficiary = rng.choice(WORDS["beneficiaries"])
    name = f"{rng.choice(WORDS['name_first'])} {rng.choice(WORDS['name_second'])} {number:06d}"
    founded = rng.randint(1990, 2024)
    return {
        "name": name,
        "slug": f"synthetic-{number:06d}",
        "summary": f"Synthetic test listing: {activity} with {beneficiary} in {city}.",
        "description": " ".join(
            [
                f"{name} runs {activity} in {city}, {region}, working with {beneficiary}.",
                *rng.sample(WORDS["sentences"], k=3),
                "This listing was generated for load testing and describes no real organisation.",
            ]
        ),
        "country": country,
        "region": region,
        "city": city,
        "latitude": round(latitude + rng.uniform(-0.02, 0.02), 4),
        "longitude": round(longitude + rng.uniform(-0.02, 0.02), 4),
        "sectors": sectors,
        "sdgs": rng.sample(range(1, 18), k=rng.randint(1, 3)),
        "legal_form": rng.choice(WORDS["legal_forms"][country]),
        "year_founded": founded,
        "size_band": rng.choice(WORDS["size_bands"]),
        "innovation": (
            {
                "title": f"New approach to {activity}",
                "description": f"A pilot that brings {activity} to more {beneficiary}.",
                "year": min(2025, founded + rng.randint(0, 10)),
                "stage": rng.choice(WORDS["stages"]),
            }
            if rng.random() < 0.6
            else None
        ),
        "impact": (
            {
                "indicator": (indicator := rng.choice(WORDS["indicators"]))[0],
                "unit": indicator[1],
                "value": rng.randint(5, 5000),
                "year": rng.randint(2019, 2025),
            }
            if rng.random() < 0.7
            else None
        ),
    }


def make_rng(seed):
    return random.Random(seed)
