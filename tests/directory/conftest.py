import pytest
from django.contrib.auth.models import Group

from tests.directory.factories import EnterpriseFactory


@pytest.fixture
def directory_editor(django_user_model):
    """A member of the Directory editors group, with an e-mail address for notifications."""
    editor = django_user_model.objects.create_user("moderator", "moderator@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Directory editors"))
    return editor


@pytest.fixture
def directory_address(directory_page):
    """The address of one of the directory page's routes, built as the site builds its links."""

    def address(name, *args):
        return directory_page.url + directory_page.reverse_subpage(name, args=args)

    return address


@pytest.fixture
def enterprises(directory_page):
    """Four live profiles in four countries, and a draft: what search and filter tests look at."""
    return {
        "reuse": EnterpriseFactory(
            name="Kringloopkompas",
            country="BE",
            city="Gent",
            sectors=["circular-economy", "work-integration"],
            sdgs=[8, 12],
            summary="A circular reuse centre in Gent.",
            description="Furniture and textiles are repaired and sold again across België.",
        ),
        "cafe": EnterpriseFactory(
            name="Café Bobinoir",
            country="FR",
            city="Lille",
            region="Nord",
            sectors=["hospitality"],
            sdgs=[8],
            summary="A co-operative café that trains young people.",
        ),
        "energy": EnterpriseFactory(
            name="Zonnedak Coöperatie",
            country="NL",
            city="Haarlem",
            sectors=["energy"],
            sdgs=[7, 13],
            summary="Solar panels on community roofs.",
            innovations=[
                {"title": "Shared battery", "description": "Neighbours store power together."}
            ],
        ),
        "textile_gb": EnterpriseFactory(
            name="Threadbare Works",
            country="GB",
            city="Brighton",
            sectors=["circular-economy"],
            sdgs=[12],
            summary="Mending clothes in Brighton.",
            impact_figures=[
                {
                    "indicator": "tonnes of textile kept from landfill",
                    "value": 12,
                    "unit": "tonnes",
                    "year": 2024,
                }
            ],
        ),
        "draft": EnterpriseFactory(
            name="Unpublished Repair Shop", country="BE", sectors=["circular-economy"], draft=True
        ),
    }
