"""The fixed lists a profile chooses from: legal forms, sizes, Spark programmes, origins."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class LegalForm(models.TextChoices):
    """The legal forms social enterprises take in the four programme countries."""

    CIC = "cic", _("Community interest company (CIC)")
    CLG = "clg", _("Company limited by guarantee")
    COOPERATIVE = "cooperative", _("Co-operative")
    COMMUNITY_BENEFIT_SOCIETY = "community_benefit_society", _("Community benefit society")
    CHARITY = "charity", _("Charity or charitable incorporated organisation")
    VZW_ASBL = "vzw_asbl", _("Non-profit association (VZW / ASBL)")
    STICHTING = "stichting", _("Foundation (stichting)")
    BV = "bv", _("Private company (BV)")
    SCIC = "scic", _("Co-operative of collective interest (SCIC)")
    SCOP = "scop", _("Worker co-operative (SCOP)")
    ASSOCIATION = "association", _("Association (loi 1901)")
    ESUS_COMPANY = "esus_company", _("ESUS-approved company")
    OTHER = "other", _("Other")


class SizeBand(models.TextChoices):
    """Headcount bands, as the EU defines micro, small and medium enterprises."""

    MICRO = "micro", _("1-9 employees")
    SMALL = "small", _("10-49 employees")
    MEDIUM = "medium", _("50-249 employees")
    LARGE = "large", _("250 or more employees")


class SparkProgramme(models.TextChoices):
    """The Spark support programme an enterprise took part in, if any."""

    NONE = "none", _("None")
    ACCELERATOR = "accelerator", _("Spark Accelerator")
    STARTUP = "startup", _("Spark Start-up programme")


class Origin(models.TextChoices):
    """Where a listing came from; demo and synthetic listings are never real."""

    EDITORIAL = "editorial", _("Added by an editor")
    PUBLIC = "public", _("Submitted by the enterprise")
    DEMO = "demo", _("Demo listing")
    SYNTHETIC = "synthetic", _("Synthetic (load testing)")
