"""Freshness: when each listing was last confirmed, asked about and archived; ownership claims."""

from django.db import migrations, models
from django.db.models.functions import Coalesce


def backfill_last_confirmed(apps, schema_editor):
    """Existing listings count as confirmed when they were last published (else first)."""
    Enterprise = apps.get_model("directory", "Enterprise")
    Enterprise.objects.filter(last_confirmed_at__isnull=True).update(
        last_confirmed_at=Coalesce("last_published_at", "first_published_at")
    )


class Migration(migrations.Migration):

    dependencies = [
        ('directory', '0021_indicator_permissions'),
    ]

    operations = [
        migrations.AddField(
            model_name='enterprise',
            name='archived_at',
            field=models.DateTimeField(blank=True, help_text="Unconfirmed for two years, the listing left the directory's results; its profile says it is archived. Restoring it brings it back.", null=True, verbose_name='archived'),
        ),
        migrations.AddField(
            model_name='enterprise',
            name='confirmation_requested_at',
            field=models.DateTimeField(blank=True, help_text='When the owner was last e-mailed to ask whether the listing is still right.', null=True, verbose_name='yearly check sent'),
        ),
        migrations.AddField(
            model_name='enterprise',
            name='last_confirmed_at',
            field=models.DateTimeField(blank=True, help_text='When the owner last confirmed the listing or had an update approved, or an editor last published or reviewed it.', null=True, verbose_name='last confirmed'),
        ),
        migrations.AddField(
            model_name='submission',
            name='claim_approved_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='claim approved at'),
        ),
        migrations.AlterField(
            model_name='submission',
            name='kind',
            field=models.CharField(choices=[('new', 'New listing'), ('update', 'Update'), ('removal', 'Removal request'), ('claim', 'Ownership claim')], default='new', max_length=10, verbose_name='kind'),
        ),
        migrations.RunPython(backfill_last_confirmed, migrations.RunPython.noop),
    ]
