"""Counts of an event's registrations by audience and status, kept once their personal data is
deleted after the event."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0008_registration_viewers'),
    ]

    operations = [
        migrations.CreateModel(
            name='RegistrationTally',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('audience', models.CharField(blank=True, max_length=120, verbose_name='audience')),
                ('status', models.CharField(choices=[('confirmed', 'confirmed'), ('waiting', 'on the waiting list'), ('cancelled', 'cancelled')], max_length=12, verbose_name='status')),
                ('count', models.PositiveIntegerField(verbose_name='number of registrations')),
                ('event', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='registration_tallies', to='home.eventpage', verbose_name='event')),
            ],
            options={
                'verbose_name': 'registration count',
                'verbose_name_plural': 'registration counts',
                'ordering': ['event', 'audience', 'status'],
                'constraints': [models.UniqueConstraint(fields=('event', 'audience', 'status'), name='one_tally_per_audience_and_status')],
            },
        ),
    ]
