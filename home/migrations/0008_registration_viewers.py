"""Wagtail's Editors and Moderators see who registered for events (the listing is read-only)."""

from django.db import migrations

GROUPS = ("Editors", "Moderators")


def permission(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="home", model="registration")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="view_registration",
        defaults={"name": "Can view registration"},
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
    dependencies = [
        ("home", "0007_event_registration"),
        ("wagtailcore", "0002_initial_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
