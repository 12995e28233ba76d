from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchTerm(models.Model):
    """A word that occurs in the live profiles; typo correction picks its guesses from these."""

    word = models.CharField(max_length=64, primary_key=True)

    class Meta:
        verbose_name = _("search term")

    def __str__(self):
        return self.word
