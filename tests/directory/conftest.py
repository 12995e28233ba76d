import datetime
from pathlib import Path

import pytest
import yaml
from django.contrib.auth.models import Group
from django.utils import timezone
from PIL import ImageFile

from directory.forms.submission import ProfileForm
from directory.freshness import months_before
from tests.directory.factories import EnterpriseFactory, ImpactPageFactory, SubmissionFactory
from tests.directory.submission_helpers import OWNER

SAMPLE_ENTERPRISES = Path(__file__).with_name("sample_enterprises.yaml")


@pytest.fixture
def directory_editor(django_user_model):
    """A member of the Directory editors group, with an e-mail address for notifications."""
    editor = django_user_model.objects.create_user("moderator", "moderator@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Directory editors"))
    return editor


@pytest.fixture
def impact_page(directory_page):
    page = ImpactPageFactory(parent=directory_page.get_parent())
    page.save_revision().publish()
    return page


@pytest.fixture
def directory_address(directory_page):
    """The address of one of the directory page's routes, built as the site builds its links."""

    def address(name, *args):
        return directory_page.url + directory_page.reverse_subpage(name, args=args)

    return address


@pytest.fixture
def owner_listing(directory_page):
    """Makes a live listing its owner (OWNER) sent in, with the innovations or figures given."""

    def make(**rows):
        enterprise = EnterpriseFactory(
            name="Kringloop Zuid", summary="The live summary.", origin="public", city="Gent", **rows
        )
        SubmissionFactory(enterprise=enterprise, submitter_email=OWNER, confirmed=True)
        return enterprise

    return make


@pytest.fixture
def enterprises(directory_page):
    """Four live profiles in four countries, and a draft: what search and filter tests look at."""
    samples = yaml.safe_load(SAMPLE_ENTERPRISES.read_text(encoding="utf-8"))
    return {key: EnterpriseFactory(**fields) for key, fields in samples.items()}


@pytest.fixture
def decodes(monkeypatch):
    """The size of every image Pillow decodes pixel by pixel while the test runs."""
    decoded = []
    load = ImageFile.ImageFile.load

    def counting_load(image):
        if image.tile:
            decoded.append(image.size)
        return load(image)

    monkeypatch.setattr(ImageFile.ImageFile, "load", counting_load)
    return decoded


@pytest.fixture
def checked(monkeypatch):
    """How many times a listing's profile form was validated while the test runs."""
    calls = []
    full_clean = ProfileForm.full_clean

    def counting_full_clean(form):
        calls.append(form.prefix)
        return full_clean(form)

    monkeypatch.setattr(ProfileForm, "full_clean", counting_full_clean)
    return calls


class Clock:
    """The site's time, moved by the test: clock.to(months=12) is a year after the start."""

    def __init__(self, start):
        self.start = self.now = start

    def __call__(self):
        return self.now

    def to(self, months=0, days=0):
        self.now = months_before(self.start, -months) + datetime.timedelta(days=days)
        return self.now


@pytest.fixture
def clock(monkeypatch):
    """timezone.now() as the test sets it: everything the site dates (publication, sendings,
    confirmations, the profile's notices) reads this clock. Signed links keep real time."""
    moving = Clock(timezone.now())
    monkeypatch.setattr(timezone, "now", moving)
    return moving
