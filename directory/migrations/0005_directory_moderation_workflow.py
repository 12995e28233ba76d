"""The "Directory editors" group and the "Directory moderation" workflow every enterprise goes through.

Permissions are created here rather than left to post_migrate, so that the group can be given them.
"""

from django.db import migrations

WORKFLOW_NAME = "Directory moderation"
TASK_NAME = "Directory editors review"
GROUP_NAME = "Directory editors"

ENTERPRISE_ACTIONS = ["add", "change", "delete", "view", "publish", "lock", "unlock"]
VOCABULARY_MODELS = ["sector", "certification", "sustainabledevelopmentgoal"]


def permission(apps, app_label, model, action, codename=None):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename or f"{action}_{model}",
        defaults={"name": f"Can {action} {model}"},
    )
    return permission


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    permissions = [permission(apps, "directory", "enterprise", action) for action in ENTERPRISE_ACTIONS]
    permissions += [
        permission(apps, "directory", model, action)
        for model in VOCABULARY_MODELS
        for action in ("add", "change", "delete", "view")
    ]
    permissions += [permission(apps, "directory", "submission", action) for action in ("change", "view")]
    permissions += list(
        Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    group.permissions.add(*permissions)

    # Image permissions in Wagtail are granted per collection: the whole library here.
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.filter(depth=1).first()
    image_permissions = [permission(apps, "home", "customimage", action) for action in ("add", "change")]
    image_permissions.append(
        permission(apps, "home", "customimage", "choose", codename="choose_image")
    )
    if root is not None:
        for image_permission in image_permissions:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=image_permission
            )

    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_type, active=True)
    task.groups.add(group)

    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    enterprise_type, _ = ContentType.objects.get_or_create(app_label="directory", model="enterprise")
    WorkflowContentType.objects.get_or_create(content_type=enterprise_type, defaults={"workflow": workflow})


def remove_workflow(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Group = apps.get_model("auth", "Group")
    Workflow.objects.filter(name=WORKFLOW_NAME).delete()
    GroupApprovalTask.objects.filter(name=TASK_NAME).delete()
    Group.objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0004_submissions"),
        ("wagtailcore", "0096_referenceindex_referenceindex_source_object_and_more"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("home", "0002_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_workflow, remove_workflow)]
