import pytest
from django.contrib.auth.models import Group


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
