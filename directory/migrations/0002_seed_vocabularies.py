"""Seeds the 17 UN goals (numbers, names, official colours), the sector list and certifications."""

from django.db import migrations

GOALS = [
    (1, "No poverty", "#E5243B"),
    (2, "Zero hunger", "#DDA63A"),
    (3, "Good health and well-being", "#4C9F38"),
    (4, "Quality education", "#C5192D"),
    (5, "Gender equality", "#FF3A21"),
    (6, "Clean water and sanitation", "#26BDE2"),
    (7, "Affordable and clean energy", "#FCC30B"),
    (8, "Decent work and economic growth", "#A21942"),
    (9, "Industry, innovation and infrastructure", "#FD6925"),
    (10, "Reduced inequalities", "#DD1367"),
    (11, "Sustainable cities and communities", "#FD9D24"),
    (12, "Responsible consumption and production", "#BF8B2E"),
    (13, "Climate action", "#3F7E44"),
    (14, "Life below water", "#0A97D9"),
    (15, "Life on land", "#56C02B"),
    (16, "Peace, justice and strong institutions", "#00689D"),
    (17, "Partnerships for the goals", "#19486A"),
]

SECTORS = [
    ("work-integration", "Work integration",
     "Training and jobs for people far from the labour market."),
    ("health-social-care", "Health and social care",
     "Care, support and health services run for people rather than profit."),
    ("education-skills", "Education and skills",
     "Learning, training and coaching for children and adults."),
    ("circular-economy", "Circular economy and reuse",
     "Repair, reuse, recycling and products designed to last."),
    ("energy", "Renewable energy",
     "Community-owned energy, efficiency and the energy transition."),
    ("food-agriculture", "Food and agriculture",
     "Sustainable farming, short supply chains and access to good food."),
    ("fair-trade", "Fair trade",
     "Fair international supply chains and ethical trade."),
    ("housing", "Housing",
     "Affordable, community-led and supported housing."),
    ("culture-creative", "Culture and creative industries",
     "Arts, heritage, media and design with a social purpose."),
    ("community-cohesion", "Community and social cohesion",
     "Neighbourhood services, community spaces and social inclusion."),
    ("mobility", "Mobility and transport",
     "Shared, accessible and low-carbon ways of getting around."),
    ("finance", "Social finance",
     "Investment, lending and financial services for social impact."),
    ("tech-for-good", "Technology for good",
     "Digital services and tools that tackle social problems."),
    ("hospitality", "Hospitality and catering",
     "Cafés, restaurants, catering and tourism with a mission."),
    ("retail", "Retail and wholesale",
     "Shops and trading businesses that reinvest in their mission."),
    ("sport-wellbeing", "Sport and well-being",
     "Sport, physical activity and mental well-being."),
    ("environment-nature", "Environment and nature",
     "Nature conservation, green spaces and environmental services."),
]

CERTIFICATIONS = [
    ("social-enterprise-mark", "Social Enterprise Mark", "https://www.socialenterprisemark.org.uk"),
    ("b-corp", "Certified B Corporation", "https://www.bcorporation.net"),
    ("esus", "Agrément ESUS (Entreprise solidaire d'utilité sociale)", ""),
    ("code-sociale-ondernemingen", "Code Sociale Ondernemingen", "https://www.codesocialeondernemingen.nl"),
    ("living-wage-employer", "Living Wage Employer", "https://www.livingwage.org.uk"),
]


def seed(apps, schema_editor):
    Goal = apps.get_model("directory", "SustainableDevelopmentGoal")
    Sector = apps.get_model("directory", "Sector")
    Certification = apps.get_model("directory", "Certification")
    for number, name, colour in GOALS:
        Goal.objects.update_or_create(number=number, defaults={"name": name, "colour": colour})
    for slug, name, description in SECTORS:
        Sector.objects.get_or_create(slug=slug, defaults={"name": name, "description": description})
    for slug, name, url in CERTIFICATIONS:
        Certification.objects.get_or_create(slug=slug, defaults={"name": name, "url": url})


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
