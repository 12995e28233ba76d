from django.db import models


def optional_link(to, verbose_name, related_name="+", **options):
    """A field that may name one object; deleting that object only empties the field."""
    return models.ForeignKey(
        to,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name=related_name,
        **options,
    )
