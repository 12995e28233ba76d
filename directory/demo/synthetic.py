"""Synthetic enterprise records for load testing: plausible words, clearly marked, never real names."""

import random

PLACES = [
    ("GB", "East Sussex", "Brighton", 50.8225, -0.1372),
    ("GB", "East Sussex", "Hastings", 50.8543, 0.5735),
    ("GB", "Kent", "Canterbury", 51.2802, 1.0789),
    ("GB", "Kent", "Margate", 51.3813, 1.3862),
    ("GB", "Devon", "Plymouth", 50.3755, -4.1427),
    ("GB", "Norfolk", "Norwich", 52.6309, 1.2974),
    ("GB", "Hampshire", "Southampton", 50.9097, -1.4044),
    ("GB", "Cornwall", "Truro", 50.2632, -5.0510),
    ("FR", "Nord", "Lille", 50.6292, 3.0573),
    ("FR", "Nord", "Roubaix", 50.6942, 3.1746),
    ("FR", "Nord", "Dunkerque", 51.0343, 2.3768),
    ("FR", "Pas-de-Calais", "Arras", 50.2910, 2.7775),
    ("FR", "Pas-de-Calais", "Béthune", 50.5303, 2.6408),
    ("FR", "Somme", "Amiens", 49.8941, 2.2958),
    ("FR", "Aisne", "Saint-Quentin", 49.8465, 3.2876),
    ("BE", "Oost-Vlaanderen", "Gent", 51.0543, 3.7174),
    ("BE", "Oost-Vlaanderen", "Aalst", 50.9378, 4.0410),
    ("BE", "West-Vlaanderen", "Brugge", 51.2093, 3.2247),
    ("BE", "West-Vlaanderen", "Kortrijk", 50.8280, 3.2649),
    ("BE", "West-Vlaanderen", "Oostende", 51.2154, 2.9286),
    ("BE", "Antwerpen", "Antwerpen", 51.2194, 4.4025),
    ("BE", "Antwerpen", "Mechelen", 51.0259, 4.4776),
    ("NL", "Zeeland", "Middelburg", 51.4988, 3.6110),
    ("NL", "Zeeland", "Vlissingen", 51.4425, 3.5736),
    ("NL", "Zuid-Holland", "Leiden", 52.1601, 4.4970),
    ("NL", "Zuid-Holland", "Den Haag", 52.0705, 4.3007),
    ("NL", "Noord-Holland", "Haarlem", 52.3874, 4.6462),
    ("NL", "Noord-Brabant", "Breda", 51.5719, 4.7683),
]

NAME_FIRST = [
    "Green",
    "Tidal",
    "Harbour",
    "Open",
    "Common",
    "Bright",
    "Kind",
    "Circle",
    "Field",
    "Bridge",
    "Groene",
    "Nieuwe",
    "Samen",
    "Open",
    "Atelier",
    "Maison",
    "Petit",
    "Solide",
    "Lumière",
    "Vent",
]
NAME_SECOND = [
    "Works",
    "Kitchen",
    "Loop",
    "Garden",
    "Collective",
    "Studio",
    "Lab",
    "Hub",
    "Yard",
    "Makers",
    "Werkplaats",
    "Keuken",
    "Kring",
    "Tuin",
    "Fabriek",
    "Ressourcerie",
    "Cuisine",
    "Jardin",
    "Coopérative",
    "Ateliers",
]
ACTIVITIES = {
    "work-integration": [
        "paid work and training",
        "jobs with coaching",
        "work experience placements",
    ],
    "health-social-care": ["home care", "peer support groups", "care at home for older people"],
    "education-skills": ["digital skills courses", "vocational training", "homework clubs"],
    "circular-economy": [
        "furniture repair and reuse",
        "textile recycling",
        "a repair café for electronics",
    ],
    "energy": ["community solar panels", "home insulation advice", "a local energy co-operative"],
    "food-agriculture": [
        "an urban farm",
        "surplus food meals",
        "a short supply chain for local farmers",
    ],
    "fair-trade": ["fairly traded coffee", "ethical clothing imports", "fair cocoa"],
    "housing": ["affordable homes", "supported housing", "community land trust homes"],
    "culture-creative": ["a community theatre", "design workshops", "local radio"],
    "community-cohesion": ["a neighbourhood centre", "language cafés", "community events"],
    "mobility": ["bicycle repair and rental", "shared electric vans", "accessible transport"],
    "finance": ["microloans", "community shares", "ethical savings"],
    "tech-for-good": ["refurbished laptops", "open data tools", "apps for volunteers"],
    "hospitality": ["a training restaurant", "a social café", "catering for events"],
    "retail": ["a second-hand shop", "a zero-waste grocery", "a charity bookshop"],
    "sport-wellbeing": ["football for all ages", "walking groups", "mental health sport sessions"],
    "environment-nature": ["tree planting", "dune and wetland care", "green roofs"],
}
BENEFICIARIES = [
    "young people leaving care",
    "refugees and newcomers",
    "people with disabilities",
    "long-term unemployed adults",
    "older residents",
    "families on low incomes",
    "local schools",
    "small farmers",
    "tenants of social housing",
    "people leaving prison",
]
SENTENCES = [
    "Every surplus is reinvested in the mission.",
    "The team works closely with the municipality and local employers.",
    "Volunteers and paid staff work side by side.",
    "Customers include public bodies, companies and households.",
    "The enterprise measures its social impact every year.",
    "Training leads to recognised qualifications.",
    "Materials are sourced locally wherever possible.",
    "Members own the co-operative and vote on its plans.",
    "A waiting list shows the demand for the service.",
    "Partnerships with schools bring in new participants each term.",
]
LEGAL_FORMS = {
    "GB": ["cic", "clg", "cooperative", "community_benefit_society", "charity"],
    "FR": ["association", "scic", "scop", "esus_company"],
    "BE": ["vzw_asbl", "cooperative", "other"],
    "NL": ["stichting", "bv", "cooperative"],
}
SIZE_BANDS = ["micro", "micro", "micro", "small", "small", "medium", "large"]
STAGES = ["idea", "pilot", "scaling", "established"]
INDICATORS = [
    ("people in paid work", "people"),
    ("tonnes of material kept from landfill", "tonnes"),
    ("meals served", "meals"),
    ("households supported", "households"),
    ("renewable electricity generated", "MWh"),
    ("training hours delivered", "hours"),
]


def synthetic_record(number, sector_slugs, rng):
    """One synthetic enterprise as plain data; `number` makes its name and slug unique."""
    country, region, city, latitude, longitude = rng.choice(PLACES)
    sectors = rng.sample(sector_slugs, k=rng.choice([1, 1, 2, 2, 3]))
    activity = rng.choice(ACTIVITIES.get(sectors[0], ["local services"]))
    beneficiary = rng.choice(BENEFICIARIES)
    name = f"{rng.choice(NAME_FIRST)} {rng.choice(NAME_SECOND)} {number:06d}"
    founded = rng.randint(1990, 2024)
    return {
        "name": name,
        "slug": f"synthetic-{number:06d}",
        "summary": f"Synthetic test listing: {activity} with {beneficiary} in {city}.",
        "description": " ".join(
            [
                f"{name} runs {activity} in {city}, {region}, working with {beneficiary}.",
                *rng.sample(SENTENCES, k=3),
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
        "legal_form": rng.choice(LEGAL_FORMS[country]),
        "year_founded": founded,
        "size_band": rng.choice(SIZE_BANDS),
        "innovation": (
            {
                "title": f"New approach to {activity}",
                "description": f"A pilot that brings {activity} to more {beneficiary}.",
                "year": min(2025, founded + rng.randint(0, 10)),
                "stage": rng.choice(STAGES),
            }
            if rng.random() < 0.6
            else None
        ),
        "impact": (
            {
                "indicator": (indicator := rng.choice(INDICATORS))[0],
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
