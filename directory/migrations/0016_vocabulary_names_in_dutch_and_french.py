"""Dutch and French names for the seeded goals, sectors and certifications.

The goals take the United Nations' short names: the UN's own French ones, and the Dutch ones of
the UN's Dutch-language icons. A sector or certification is translated only while its English
text is still the one 0002 seeded: a text an editor has since rewritten may mean something else,
and an empty translation shows the English text until an editor fills it in. Proper names (the
marks and labels of one country) keep their own spelling in every language.
"""

from django.db import migrations

# number: (Dutch, French)
GOALS = {
    1: ("Geen armoede", "Pas de pauvreté"),
    2: ("Geen honger", "Faim « zéro »"),
    3: ("Goede gezondheid en welzijn", "Bonne santé et bien-être"),
    4: ("Kwaliteitsonderwijs", "Éducation de qualité"),
    5: ("Gendergelijkheid", "Égalité entre les sexes"),
    6: ("Schoon water en sanitair", "Eau propre et assainissement"),
    7: ("Betaalbare en duurzame energie", "Énergie propre et d’un coût abordable"),
    8: ("Eerlijk werk en economische groei", "Travail décent et croissance économique"),
    9: ("Industrie, innovatie en infrastructuur", "Industrie, innovation et infrastructure"),
    10: ("Ongelijkheid verminderen", "Inégalités réduites"),
    11: ("Duurzame steden en gemeenschappen", "Villes et communautés durables"),
    12: ("Verantwoorde consumptie en productie", "Consommation et production responsables"),
    13: ("Klimaatactie", "Mesures relatives à la lutte contre les changements climatiques"),
    14: ("Leven in het water", "Vie aquatique"),
    15: ("Leven op het land", "Vie terrestre"),
    16: ("Vrede, justitie en sterke publieke diensten", "Paix, justice et institutions efficaces"),
    17: (
        "Partnerschap om doelstellingen te bereiken",
        "Partenariats pour la réalisation des objectifs",
    ),
}

# slug: English name and description as seeded, then (Dutch name, description), (French ...).
SECTORS = {
    "work-integration": (
        ("Work integration", "Training and jobs for people far from the labour market."),
        (
            "Arbeidsintegratie",
            "Opleiding en werk voor mensen met een grote afstand tot de arbeidsmarkt.",
        ),
        (
            "Insertion professionnelle",
            "Formation et emploi pour les personnes éloignées du marché du travail.",
        ),
    ),
    "health-social-care": (
        (
            "Health and social care",
            "Care, support and health services run for people rather than profit.",
        ),
        (
            "Zorg en welzijn",
            "Zorg, ondersteuning en gezondheidsdiensten die draaien om mensen, niet om winst.",
        ),
        (
            "Santé et action sociale",
            "Soins, accompagnement et services de santé au service des personnes plutôt que du profit.",
        ),
    ),
    "education-skills": (
        ("Education and skills", "Learning, training and coaching for children and adults."),
        ("Onderwijs en opleiding", "Leren, opleiding en coaching voor kinderen en volwassenen."),
        (
            "Éducation et formation",
            "Apprentissage, formation et accompagnement pour les enfants et les adultes.",
        ),
    ),
    "circular-economy": (
        ("Circular economy and reuse", "Repair, reuse, recycling and products designed to last."),
        (
            "Circulaire economie en hergebruik",
            "Herstel, hergebruik, recycling en producten die gemaakt zijn om lang mee te gaan.",
        ),
        (
            "Économie circulaire et réemploi",
            "Réparation, réemploi, recyclage et produits conçus pour durer.",
        ),
    ),
    "energy": (
        ("Renewable energy", "Community-owned energy, efficiency and the energy transition."),
        (
            "Hernieuwbare energie",
            "Energie in handen van burgers, energie-efficiëntie en de energietransitie.",
        ),
        (
            "Énergies renouvelables",
            "Énergie citoyenne, efficacité énergétique et transition énergétique.",
        ),
    ),
    "food-agriculture": (
        (
            "Food and agriculture",
            "Sustainable farming, short supply chains and access to good food.",
        ),
        ("Voeding en landbouw", "Duurzame landbouw, korte ketens en toegang tot goed voedsel."),
        (
            "Alimentation et agriculture",
            "Agriculture durable, circuits courts et accès à une alimentation de qualité.",
        ),
    ),
    "fair-trade": (
        ("Fair trade", "Fair international supply chains and ethical trade."),
        ("Eerlijke handel", "Eerlijke internationale handelsketens en ethische handel."),
        ("Commerce équitable", "Filières internationales équitables et commerce éthique."),
    ),
    "housing": (
        ("Housing", "Affordable, community-led and supported housing."),
        ("Wonen", "Betaalbare woningen, wooninitiatieven van bewoners en begeleid wonen."),
        ("Logement", "Logement abordable, habitat participatif et logement accompagné."),
    ),
    "culture-creative": (
        (
            "Culture and creative industries",
            "Arts, heritage, media and design with a social purpose.",
        ),
        (
            "Cultuur en creatieve sector",
            "Kunst, erfgoed, media en design met een maatschappelijk doel.",
        ),
        (
            "Culture et industries créatives",
            "Arts, patrimoine, médias et design à finalité sociale.",
        ),
    ),
    "community-cohesion": (
        (
            "Community and social cohesion",
            "Neighbourhood services, community spaces and social inclusion.",
        ),
        (
            "Gemeenschap en sociale samenhang",
            "Buurtdiensten, ontmoetingsplekken en sociale inclusie.",
        ),
        (
            "Vie locale et cohésion sociale",
            "Services de proximité, lieux de rencontre et inclusion sociale.",
        ),
    ),
    "mobility": (
        ("Mobility and transport", "Shared, accessible and low-carbon ways of getting around."),
        (
            "Mobiliteit en vervoer",
            "Gedeelde, toegankelijke en koolstofarme manieren om je te verplaatsen.",
        ),
        (
            "Mobilité et transport",
            "Des façons de se déplacer partagées, accessibles et bas carbone.",
        ),
    ),
    "finance": (
        ("Social finance", "Investment, lending and financial services for social impact."),
        (
            "Sociale financiering",
            "Investeringen, leningen en financiële diensten voor maatschappelijke impact.",
        ),
        ("Finance solidaire", "Investissement, prêts et services financiers à impact social."),
    ),
    "tech-for-good": (
        ("Technology for good", "Digital services and tools that tackle social problems."),
        (
            "Technologie met maatschappelijke impact",
            "Digitale diensten en hulpmiddelen die maatschappelijke problemen aanpakken.",
        ),
        (
            "Technologies au service du bien commun",
            "Services et outils numériques qui s’attaquent à des problèmes de société.",
        ),
    ),
    "hospitality": (
        ("Hospitality and catering", "Cafés, restaurants, catering and tourism with a mission."),
        ("Horeca en catering", "Cafés, restaurants, catering en toerisme met een missie."),
        (
            "Hôtellerie et restauration",
            "Cafés, restaurants, traiteurs et tourisme porteurs d’une mission.",
        ),
    ),
    "retail": (
        ("Retail and wholesale", "Shops and trading businesses that reinvest in their mission."),
        (
            "Detail- en groothandel",
            "Winkels en handelszaken die hun winst in hun missie herinvesteren.",
        ),
        (
            "Commerce de détail et de gros",
            "Magasins et entreprises commerciales qui réinvestissent dans leur mission.",
        ),
    ),
    "sport-wellbeing": (
        ("Sport and well-being", "Sport, physical activity and mental well-being."),
        ("Sport en welbevinden", "Sport, beweging en mentaal welbevinden."),
        ("Sport et bien-être", "Sport, activité physique et bien-être mental."),
    ),
    "environment-nature": (
        ("Environment and nature", "Nature conservation, green spaces and environmental services."),
        ("Milieu en natuur", "Natuurbehoud, groene ruimte en milieudiensten."),
        (
            "Environnement et nature",
            "Préservation de la nature, espaces verts et services environnementaux.",
        ),
    ),
}

# slug: (English name as seeded, Dutch, French)
CERTIFICATIONS = {
    "social-enterprise-mark": (
        "Social Enterprise Mark",
        "Social Enterprise Mark",
        "Social Enterprise Mark",
    ),
    "b-corp": ("Certified B Corporation", "Gecertificeerde B Corp", "Entreprise certifiée B Corp"),
    "esus": (
        "Agrément ESUS (Entreprise solidaire d'utilité sociale)",
        "ESUS-erkenning (Entreprise solidaire d’utilité sociale)",
        "Agrément ESUS (Entreprise solidaire d’utilité sociale)",
    ),
    "code-sociale-ondernemingen": (
        "Code Sociale Ondernemingen",
        "Code Sociale Ondernemingen",
        "Code Sociale Ondernemingen",
    ),
    "living-wage-employer": (
        "Living Wage Employer",
        "Living Wage Employer",
        "Living Wage Employer",
    ),
}


def fill_blanks(row, values):
    """Sets each empty field to its value; an editor's own translation stays."""
    changed = [field for field, value in values.items() if not getattr(row, field)]
    for field in changed:
        setattr(row, field, values[field])
    if changed:
        row.save(update_fields=changed)


def translate(apps, schema_editor):
    Goal = apps.get_model("directory", "SustainableDevelopmentGoal")
    Sector = apps.get_model("directory", "Sector")
    Certification = apps.get_model("directory", "Certification")
    for goal in Goal.objects.filter(number__in=GOALS):
        dutch, french = GOALS[goal.number]
        fill_blanks(goal, {"name_nl": dutch, "name_fr": french})
    for sector in Sector.objects.filter(slug__in=SECTORS):
        (name, description), (name_nl, description_nl), (name_fr, description_fr) = SECTORS[
            sector.slug
        ]
        if sector.name == name:
            fill_blanks(sector, {"name_nl": name_nl, "name_fr": name_fr})
        if sector.description == description:
            fill_blanks(
                sector, {"description_nl": description_nl, "description_fr": description_fr}
            )
    for certification in Certification.objects.filter(slug__in=CERTIFICATIONS):
        name, dutch, french = CERTIFICATIONS[certification.slug]
        if certification.name == name:
            fill_blanks(certification, {"name_nl": dutch, "name_fr": french})


class Migration(migrations.Migration):
    dependencies = [("directory", "0015_vocabulary_translation_columns")]

    # Going back drops the columns (0015), and the translations with them.
    operations = [migrations.RunPython(translate, migrations.RunPython.noop)]
