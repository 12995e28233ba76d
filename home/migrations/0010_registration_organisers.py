"""Wagtail's Editors and Moderators run events: they may cancel registrations and move people
up from the waiting list (the snippet itself stays read-only: changes go through the seats)."""

from django.db import migrations

GROUPS = ("Editors", "Moderators")


def permission(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="home", model="registration")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="change_registration",
        defaults={"name": "Can change registration"},
    )
    return permission


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(permission(apps))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(permission(apps))


class Migration(migrations.Migration):
    dependencies = [("home", "0009_registration_tallies")]

    operations = [migrations.RunPython(grant, revoke)]
