"""The lexicon: every word the live profiles contain, from which typo corrections are guessed.

Both databases keep it in the same table and fill it with the same tokeniser as the visitors'
queries, so that a misspelt word has the same candidates on each. Words are only added as
profiles are published; `rebuild()` starts afresh from the live profiles.
"""

from django.apps import apps as installed_apps

from directory.search.text import words

MIN_LENGTH = 3
MAX_LENGTH = 64  # SearchTerm.word's max_length
BATCH_SIZE = 1000
# Besides the enterprise's own fields: the searchable fields of its innovations and figures.
CHILD_FIELDS = {"Innovation": ("title", "description"), "ImpactFigure": ("indicator",)}


def _texts(apps, ids):
    """The searchable text of these live enterprises (all of them when ids is None)."""
    enterprises = apps.get_model("directory", "Enterprise").objects.filter(live=True)
    if ids is not None:
        enterprises = enterprises.filter(pk__in=list(ids))
    yield from enterprises.values_list("name", "summary", "city", "region", "description")
    for model, fields in CHILD_FIELDS.items():
        rows = apps.get_model("directory", model).objects.filter(enterprise__in=enterprises)
        yield from rows.values_list(*fields)


def known_words(apps, ids):
    found = set()
    for row in _texts(apps, ids):
        found.update(words(" ".join(filter(None, row))))
    return sorted(word for word in found if MIN_LENGTH <= len(word) <= MAX_LENGTH)


def learn(ids, apps=installed_apps):
    """Add the words of these enterprises (every live one when ids is None)."""
    term = apps.get_model("directory", "SearchTerm")
    term.objects.bulk_create(
        (term(word=word) for word in known_words(apps, ids)),
        batch_size=BATCH_SIZE,
        ignore_conflicts=True,
    )


def rebuild(apps=installed_apps):
    """Only the words of the live profiles, forgetting those of profiles gone or changed."""
    apps.get_model("directory", "SearchTerm").objects.all().delete()
    learn(None, apps)
