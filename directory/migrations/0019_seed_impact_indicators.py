"""The first impact indicators: measures social enterprises in the region commonly report.

Each has a definition precise enough that two enterprises count the same thing, so that their
figures can be added up. Editors extend and reword the catalogue in the admin; an indicator an
editor has since changed is left alone when this migration is reversed.
"""

from django.db import migrations

# code: (goal numbers, aggregation, English, Dutch, French), each language as (name, unit,
# definition).
INDICATORS = {
    "people-in-work": (
        (8, 10),
        "sum",
        (
            "People in work who were far from the labour market",
            "people",
            "People employed during the year who, when they were hired, had been out of work "
            "for a year or more or faced a barrier to work such as a disability, a criminal "
            "record, homelessness, addiction or no recognised qualification. Count each person "
            "once a year, whatever their hours.",
        ),
        (
            "Mensen met een grote afstand tot de arbeidsmarkt aan het werk",
            "personen",
            "Mensen die in de loop van het jaar in dienst waren en bij hun aanwerving een jaar "
            "of langer zonder werk zaten of een drempel naar werk hadden, zoals een beperking, "
            "een strafblad, dakloosheid, een verslaving of geen erkend diploma. Tel iedereen "
            "één keer per jaar, ongeacht het aantal uren.",
        ),
        (
            "Personnes éloignées de l’emploi en poste",
            "personnes",
            "Personnes employées dans l’année qui, à leur embauche, étaient sans emploi depuis "
            "un an ou plus ou rencontraient un obstacle à l’emploi : handicap, casier "
            "judiciaire, absence de logement, addiction ou absence de diplôme reconnu. Chaque "
            "personne compte une fois par an, quel que soit son temps de travail.",
        ),
    ),
    "people-trained": (
        (4, 8),
        "sum",
        (
            "People trained",
            "people",
            "People who completed a course, traineeship or apprenticeship the enterprise ran "
            "during the year. Count each person once, when they finish; sessions of less than "
            "a day do not count.",
        ),
        (
            "Mensen opgeleid",
            "personen",
            "Mensen die in de loop van het jaar een cursus, stage of leertraject van de "
            "onderneming afrondden. Tel iedereen één keer, bij het afronden; sessies van minder "
            "dan een dag tellen niet mee.",
        ),
        (
            "Personnes formées",
            "personnes",
            "Personnes ayant terminé dans l’année une formation, un stage ou un apprentissage "
            "organisé par l’entreprise. Chaque personne compte une fois, à la fin du parcours ; "
            "les séances de moins d’une journée ne comptent pas.",
        ),
    ),
    "waste-reused-recycled": (
        (12,),
        "sum",
        (
            "Waste reused or recycled",
            "tonnes",
            "Tonnes of goods and materials the enterprise collected that were reused, repaired "
            "or sent to recycling instead of being burnt or landfilled, weighed or estimated "
            "from weighed samples. Leave out what went to incineration.",
        ),
        (
            "Afval hergebruikt of gerecycleerd",
            "ton",
            "Ton goederen en materialen die de onderneming inzamelde en die hergebruikt, "
            "hersteld of gerecycleerd werden in plaats van verbrand of gestort, gewogen of "
            "geschat op basis van gewogen stalen. Wat verbrand werd, telt niet mee.",
        ),
        (
            "Déchets réemployés ou recyclés",
            "tonnes",
            "Tonnes de biens et de matières collectés par l’entreprise puis réemployés, "
            "réparés ou recyclés au lieu d’être incinérés ou mis en décharge, pesés ou estimés "
            "à partir d’échantillons pesés. Ce qui part à l’incinération ne compte pas.",
        ),
    ),
    "co2e-avoided": (
        (13,),
        "sum",
        (
            "Greenhouse gas emissions avoided",
            "tonnes CO₂e",
            "Tonnes of CO₂-equivalent avoided during the year compared with the usual "
            "alternative (new goods, grid electricity, car journeys), calculated with a "
            "published method that the evidence link names.",
        ),
        (
            "Vermeden broeikasgasuitstoot",
            "ton CO₂e",
            "Ton CO₂-equivalent die in de loop van het jaar vermeden werd ten opzichte van het "
            "gebruikelijke alternatief (nieuwe goederen, stroom van het net, autoritten), "
            "berekend met een gepubliceerde methode die de bronlink vermeldt.",
        ),
        (
            "Émissions de gaz à effet de serre évitées",
            "tonnes CO₂e",
            "Tonnes d’équivalent CO₂ évitées dans l’année par rapport à l’alternative "
            "habituelle (biens neufs, électricité du réseau, trajets en voiture), calculées "
            "selon une méthode publiée que le lien vers la source indique.",
        ),
    ),
    "renewable-energy": (
        (7, 13),
        "sum",
        (
            "Renewable energy generated",
            "MWh",
            "Megawatt-hours of electricity or heat generated during the year by installations "
            "the enterprise or its members own, from meter readings.",
        ),
        (
            "Hernieuwbare energie opgewekt",
            "MWh",
            "Megawattuur elektriciteit of warmte die in de loop van het jaar werd opgewekt door "
            "installaties van de onderneming of haar leden, volgens de meterstanden.",
        ),
        (
            "Énergie renouvelable produite",
            "MWh",
            "Mégawattheures d’électricité ou de chaleur produites dans l’année par des "
            "installations appartenant à l’entreprise ou à ses membres, d’après les relevés "
            "des compteurs.",
        ),
    ),
    "meals-served": (
        (2,),
        "sum",
        (
            "Meals served",
            "meals",
            "Meals served, delivered or handed out during the year, each counted once, "
            "whether paid for, prepaid by someone else or free.",
        ),
        (
            "Maaltijden geserveerd",
            "maaltijden",
            "Maaltijden die in de loop van het jaar geserveerd, geleverd of uitgedeeld werden, "
            "elk één keer geteld, betaald, door iemand anders vooruitbetaald of gratis.",
        ),
        (
            "Repas servis",
            "repas",
            "Repas servis, livrés ou distribués dans l’année, chacun compté une fois, qu’il "
            "soit payé, prépayé par quelqu’un d’autre ou gratuit.",
        ),
    ),
    "volunteer-hours": (
        (17,),
        "sum",
        (
            "Volunteer hours",
            "hours",
            "Hours given by unpaid volunteers during the year, from the enterprise's own "
            "records. Leave out hours of paid staff and of people on work placements.",
        ),
        (
            "Vrijwilligersuren",
            "uren",
            "Uren die onbetaalde vrijwilligers in de loop van het jaar gaven, volgens de eigen "
            "registratie van de onderneming. Uren van betaald personeel en stagiairs tellen "
            "niet mee.",
        ),
        (
            "Heures de bénévolat",
            "heures",
            "Heures données par des bénévoles non rémunérés dans l’année, d’après les registres "
            "de l’entreprise. Les heures du personnel salarié et des stagiaires ne comptent pas.",
        ),
    ),
    "workforce-share-far-from-work": (
        (8, 10),
        "none",
        (
            "Share of the workforce far from the labour market",
            "%",
            "People far from the labour market (as defined for “People in work who were far "
            "from the labour market”) as a share of everyone employed at the end of the year. "
            "A share describes one enterprise: it is shown, never added up.",
        ),
        (
            "Aandeel van het personeel met een grote afstand tot de arbeidsmarkt",
            "%",
            "Mensen met een grote afstand tot de arbeidsmarkt (zoals gedefinieerd bij "
            "„Mensen met een grote afstand tot de arbeidsmarkt aan het werk”) als aandeel van "
            "alle werknemers aan het einde van het jaar. Een aandeel beschrijft één "
            "onderneming: het wordt getoond, nooit opgeteld.",
        ),
        (
            "Part du personnel éloignée de l’emploi",
            "%",
            "Personnes éloignées de l’emploi (au sens de « Personnes éloignées de l’emploi en "
            "poste ») en part de l’ensemble du personnel en fin d’année. Une part décrit une "
            "seule entreprise : elle est affichée, jamais additionnée.",
        ),
    ),
}


def seed(apps, schema_editor):
    Indicator = apps.get_model("directory", "Indicator")
    Goal = apps.get_model("directory", "SustainableDevelopmentGoal")
    for code, (goals, aggregation, english, dutch, french) in INDICATORS.items():
        indicator, _created = Indicator.objects.get_or_create(
            code=code,
            defaults={
                "name": english[0],
                "unit": english[1],
                "definition": english[2],
                "name_nl": dutch[0],
                "unit_nl": dutch[1],
                "definition_nl": dutch[2],
                "name_fr": french[0],
                "unit_fr": french[1],
                "definition_fr": french[2],
                "aggregation": aggregation,
            },
        )
        indicator.goals.set(Goal.objects.filter(number__in=goals))


def unseed(apps, schema_editor):
    Indicator = apps.get_model("directory", "Indicator")
    for code, (_goals, _aggregation, english, _dutch, _french) in INDICATORS.items():
        Indicator.objects.filter(
            code=code, name=english[0], definition=english[2], figures__isnull=True
        ).delete()


class Migration(migrations.Migration):
    dependencies = [("directory", "0018_impact_indicators")]

    operations = [migrations.RunPython(seed, unseed)]
