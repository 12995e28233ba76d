"""Places of the region whose names differ in English, Dutch and French.

An enterprise writes its city and region in whichever language it likes; pages show them in the
visitor's language when the place is in the table below, and as written otherwise. Spellings
match whatever their case and accents ("bruxelles", "Liege"). Each row also names the place's
country, so that a namesake elsewhere keeps its own name: Bergen in North Holland is not Mons,
and Bruges near Bordeaux is not Brugge.
"""

from collections import defaultdict

from django.conf import settings
from django.utils.translation import get_language

from directory.names import fold

LANGUAGES = ("en", "nl", "fr")

# Country, then the name in English, Dutch and French.
PLACES = (
    # Belgium: cities
    ("BE", "Brussels", "Brussel", "Bruxelles"),
    ("BE", "Antwerp", "Antwerpen", "Anvers"),
    ("BE", "Ghent", "Gent", "Gand"),
    ("BE", "Bruges", "Brugge", "Bruges"),
    ("BE", "Ostend", "Oostende", "Ostende"),
    ("BE", "Ypres", "Ieper", "Ypres"),
    ("BE", "Kortrijk", "Kortrijk", "Courtrai"),
    ("BE", "Mechelen", "Mechelen", "Malines"),
    ("BE", "Leuven", "Leuven", "Louvain"),
    ("BE", "Liège", "Luik", "Liège"),
    ("BE", "Mons", "Bergen", "Mons"),
    ("BE", "Namur", "Namen", "Namur"),
    ("BE", "Tournai", "Doornik", "Tournai"),
    ("BE", "Aalst", "Aalst", "Alost"),
    ("BE", "Oudenaarde", "Oudenaarde", "Audenarde"),
    ("BE", "Roeselare", "Roeselare", "Roulers"),
    ("BE", "Menen", "Menen", "Menin"),
    ("BE", "Nieuwpoort", "Nieuwpoort", "Nieuport"),
    ("BE", "Veurne", "Veurne", "Furnes"),
    ("BE", "Diksmuide", "Diksmuide", "Dixmude"),
    ("BE", "Sint-Niklaas", "Sint-Niklaas", "Saint-Nicolas"),
    # Belgium: regions and provinces (the provinces of Antwerp, Liège and Namur are above)
    ("BE", "Flanders", "Vlaanderen", "Flandre"),
    ("BE", "Wallonia", "Wallonië", "Wallonie"),
    (
        "BE",
        "Brussels-Capital Region",
        "Brussels Hoofdstedelijk Gewest",
        "Région de Bruxelles-Capitale",
    ),
    ("BE", "East Flanders", "Oost-Vlaanderen", "Flandre-Orientale"),
    ("BE", "West Flanders", "West-Vlaanderen", "Flandre-Occidentale"),
    ("BE", "Flemish Brabant", "Vlaams-Brabant", "Brabant flamand"),
    ("BE", "Walloon Brabant", "Waals-Brabant", "Brabant wallon"),
    ("BE", "Hainaut", "Henegouwen", "Hainaut"),
    # France
    ("FR", "Lille", "Rijsel", "Lille"),
    ("FR", "Dunkirk", "Duinkerke", "Dunkerque"),
    ("FR", "Calais", "Kales", "Calais"),
    ("FR", "Arras", "Atrecht", "Arras"),
    ("FR", "Cambrai", "Kamerijk", "Cambrai"),
    ("FR", "Hazebrouck", "Hazebroek", "Hazebrouck"),
    ("FR", "Saint-Omer", "Sint-Omaars", "Saint-Omer"),
    ("FR", "Gravelines", "Grevelingen", "Gravelines"),
    ("FR", "Bailleul", "Belle", "Bailleul"),
    ("FR", "Paris", "Parijs", "Paris"),
    ("FR", "French Flanders", "Frans-Vlaanderen", "Flandre française"),
    ("FR", "Picardy", "Picardië", "Picardie"),
    ("FR", "Normandy", "Normandië", "Normandie"),
    ("FR", "Brittany", "Bretagne", "Bretagne"),
    # The Netherlands
    ("NL", "The Hague", "Den Haag", "La Haye"),
    ("NL", "Vlissingen", "Vlissingen", "Flessingue"),
    ("NL", "Middelburg", "Middelburg", "Middelbourg"),
    ("NL", "Leiden", "Leiden", "Leyde"),
    ("NL", "Bergen op Zoom", "Bergen op Zoom", "Berg-op-Zoom"),
    ("NL", "Zeeland", "Zeeland", "Zélande"),
    ("NL", "North Holland", "Noord-Holland", "Hollande-Septentrionale"),
    ("NL", "South Holland", "Zuid-Holland", "Hollande-Méridionale"),
    ("NL", "North Brabant", "Noord-Brabant", "Brabant-Septentrional"),
    # The United Kingdom
    ("GB", "London", "Londen", "Londres"),
    ("GB", "Dover", "Dover", "Douvres"),
    ("GB", "Canterbury", "Canterbury", "Cantorbéry"),
    ("GB", "England", "Engeland", "Angleterre"),
    ("GB", "Cornwall", "Cornwall", "Cornouailles"),
    ("GB", "East Sussex", "East Sussex", "Sussex de l’Est"),
    ("GB", "West Sussex", "West Sussex", "Sussex de l’Ouest"),
)


def _index(places):
    """{folded spelling: [(country, {language: name}), ...]}, every spelling of every row."""
    index = defaultdict(list)
    for country, *names in places:
        row = (country, dict(zip(LANGUAGES, names, strict=True)))
        for spelling in {fold(name) for name in names}:
            index[spelling].append(row)
    return index


_BY_SPELLING = _index(PLACES)


def _rows(name, country):
    rows = _BY_SPELLING.get(fold(name or ""), [])
    return [row for row in rows if not country or row[0] == country]


def place_name(name, country=None, language=None):
    """The place's name in the language (the active one by default), or `name` as written when
    the table does not know it; `country` (a code such as "BE") tells namesakes apart."""
    rows = _rows(name, country)
    if not rows:
        return name
    language = (language or get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return rows[0][1].get(language, name)


def place_variants(name, country=None):
    """Every known spelling of the place, `name` as written first, for a search to match any."""
    variants = [name]
    for _country, names in _rows(name, country):
        variants += [spelling for spelling in names.values() if spelling not in variants]
    return variants
