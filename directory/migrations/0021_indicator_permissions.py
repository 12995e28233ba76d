"""Directory editors keep the impact indicator catalogue, as they keep sectors and certifications."""

from django.db import migrations

GROUP_NAME = "Directory editors"
ACTIONS = ("add", "change", "delete", "view")


def permission(apps, action):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="directory", model="indicator")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=f"{action}_indicator",
        defaults={"name": f"Can {action} impact indicator"},
    )
    return permission


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name=GROUP_NAME).first()
    if group is not None:
        group.permissions.add(*(permission(apps, action) for action in ACTIONS))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name=GROUP_NAME).first()
    if group is not None:
        group.permissions.remove(*(permission(apps, action) for action in ACTIONS))


class Migration(migrations.Migration):
    dependencies = [("directory", "0020_impact_page"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(grant, revoke)]
