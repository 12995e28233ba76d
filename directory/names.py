"""How enterprise names sort and compare: without accents, case or legal-form words."""

import re
import unicodedata

# Letters that Unicode does not decompose into a base letter and an accent.
_LIGATURES = str.maketrans({"æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ı": "i"})
_NOT_ALNUM = re.compile(r"[^\w]+|_+")

# Legal-form words that say nothing about which enterprise a name means.
LEGAL_SUFFIXES = frozenset(
    [
        "ltd",
        "limited",
        "plc",
        "llp",
        "cic",
        "cio",
        "cbs",
        "co",
        "coop",
        "operative",
        "cooperative",
        "cooperatie",
        "inc",
        "llc",
        "vzw",
        "asbl",
        "vof",
        "cvba",
        "cvso",
        "cv",
        "bv",
        "nv",
        "bvba",
        "srl",
        "sprl",
        "sa",
        "sas",
        "sasu",
        "sarl",
        "scop",
        "scic",
        "scrl",
        "sca",
        "eg",
        "ev",
        "gmbh",
        "ggmbh",
        "ag",
        "ug",
        "kg",
        "stichting",
        "vereniging",
        "association",
        "asso",
    ]
)


def fold(text):
    """Lower-case, accent-free letters and digits, each word separated by one space."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(_NOT_ALNUM.sub(" ", bare.translate(_LIGATURES)).split())


def sort_key(name):
    """The key every list of enterprises is ordered by, the same on every database."""
    return fold(name)


def core_words(name):
    """The words that identify an enterprise, without its legal form."""
    words = fold(name).split()
    core = [word for word in words if word not in LEGAL_SUFFIXES]
    return core or words
