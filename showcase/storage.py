"""Where the image library's files live: public media storage, and a private storage for logos
that wait for an editor.

A file whose name starts with pending/ is kept in the private storage (STORAGES["private"]:
a folder outside MEDIA_ROOT, or a bucket without public access), which nothing serves publicly;
its address is an admin view that only signed-in editors may open. Every other file is in the
default, public storage. Publishing a logo moves its file from one to the other.
"""

from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.urls import reverse
from django.utils.deconstruct import deconstructible
from django.utils.functional import cached_property

PENDING = "pending/"


@deconstructible(path="showcase.storage.PrivateFileStorage")
class PrivateFileStorage(FileSystemStorage):
    """Files on the server's disk under PRIVATE_MEDIA_ROOT, with no public address."""

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)

    def url(self, name):
        raise ValueError("Private files have no public address.")


def image_storage():
    """The image library's storage, named so that migrations can refer to it."""
    return storages["images"]


@deconstructible(path="showcase.storage.ImageStorage")
class ImageStorage(Storage):
    """The image library's files: names under pending/ in private storage, the rest public."""

    @staticmethod
    def holding(name):
        return storages["private" if str(name).startswith(PENDING) else "default"]

    def save(self, name, content, max_length=None):
        return self.holding(name).save(name, content, max_length=max_length)

    def generate_filename(self, filename):
        return self.holding(filename).generate_filename(filename)

    def get_available_name(self, name, max_length=None):
        return self.holding(name).get_available_name(name, max_length=max_length)

    def _open(self, name, mode="rb"):
        return self.holding(name).open(name, mode)

    def delete(self, name):
        self.holding(name).delete(name)

    def exists(self, name):
        return self.holding(name).exists(name)

    def size(self, name):
        return self.holding(name).size(name)

    def path(self, name):
        return self.holding(name).path(name)

    def listdir(self, path):
        return self.holding(path).listdir(path)

    def get_modified_time(self, name):
        return self.holding(name).get_modified_time(name)

    def url(self, name):
        if str(name).startswith(PENDING):
            return reverse("pending_media", kwargs={"path": name.removeprefix(PENDING)})
        return self.holding(name).url(name)
