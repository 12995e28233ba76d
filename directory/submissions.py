"""What happens to what the public sends: store it whole, confirm it, put it before the editors."""

import datetime
import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.text import slugify
from wagtail.models import WorkflowState

from directory import tokens
from directory.logos import pending_collection, used_elsewhere
from directory.models import Enterprise, ImpactFigure, Innovation, Origin, Submission
from directory.models.translated_names import in_language
from directory.routes import RESERVED_SLUGS
from directory.search.text import strip_accents
from directory.translated_text import LANGUAGE_CODES, carry_over
from home.models import CustomImage
from showcase.storage import PENDING

logger = logging.getLogger(__name__)


# Creating ---------------------------------------------------------------------------------


def unique_slug(name):
    base = slugify(strip_accents(name))[:150] or "enterprise"
    if base in RESERVED_SLUGS:
        base = f"{base}-enterprise"
    slug, number = base, 2
    while Enterprise.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def store_logo(upload, name):
    """An image for a logo the form accepted (and decoded), kept private until it is published.

    The file is stored first and the image made with its name and size, as Django would decode
    it once more to measure it if the file were assigned to an image already made.
    """
    if not upload:
        return None
    fields = {"title": f"Logo: {name}"[:255], "alt_text": "", "collection": pending_collection()}
    field = CustomImage._meta.get_field("file")
    path = PENDING + field.generate_filename(CustomImage(**fields), upload.name)
    stored = field.storage.save(path, upload, max_length=field.max_length)
    width, height = upload.dimensions
    return CustomImage.objects.create(
        **fields, file=stored, width=width, height=height, file_size=upload.size
    )


def apply_profile(enterprise, profile, innovations, figures):
    """Copy the form's data onto an enterprise held in memory, children included.

    The profile's translations come with the form's data; an innovation or figure sent again
    word for word keeps those an editor gave it.
    """
    for field, value in profile.items():
        if field in ("sectors", "sdgs", "logo"):
            continue
        setattr(enterprise, field, value)
    enterprise.sectors.set(profile["sectors"])
    enterprise.sdgs.set(profile["sdgs"])
    enterprise.innovations.set(
        carry_over(
            enterprise.innovations.all(),
            [Innovation(sort_order=index, **row) for index, row in enumerate(innovations)],
            Innovation.translated_fields,
        )
    )
    enterprise.impact_figures.set(
        carry_over(
            enterprise.impact_figures.all(),
            [new_figure(index, row, enterprise.language) for index, row in enumerate(figures)],
            ImpactFigure.translated_fields,
        )
    )


def new_figure(index, row, language):
    """A figure from a form's row; one for a catalogue indicator, left without words of its own,
    is worded as the catalogue names it: in the profile's language (else in English), and in
    the other languages as translations."""
    figure = ImpactFigure(sort_order=index, **row)
    indicator = figure.catalogue_indicator
    if indicator and not figure.indicator:
        figure.indicator = in_language(indicator, "name", language)
        names = {code: in_language(indicator, "name", code) for code in LANGUAGE_CODES}
        figure.translations = {
            code: {"indicator": name}
            for code, name in names.items()
            if code != language and name != figure.indicator
        }
    return figure


@transaction.atomic
def create_submission(profile, innovations, figures, submitter):
    """Store an unpublished profile, its first revision and its submitter, all or nothing."""
    enterprise = Enterprise(
        slug=unique_slug(profile["name"]),
        origin=Origin.PUBLIC,
        live=False,
        has_unpublished_changes=True,
    )
    apply_profile(enterprise, profile, innovations, figures)
    enterprise.logo = store_logo(profile.get("logo"), profile["name"])
    enterprise.save()
    enterprise.save_revision(log_action=True)
    return Submission.objects.create(
        enterprise=enterprise,
        kind=Submission.Kind.NEW,
        submitter_name=submitter["submitter_name"],
        submitter_role=submitter.get("submitter_role", ""),
        submitter_email=submitter["submitter_email"],
        consented_at=timezone.now(),
        language=translation.get_language() or settings.LANGUAGE_CODE,
    )


# Moderation -------------------------------------------------------------------------------


def start_moderation(enterprise, user=None):
    """Put the latest revision before the editors, replacing any review already under way;
    `user` is the editor who sends it (None for the public)."""
    for state in WorkflowState.objects.for_instance(enterprise).filter(
        status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES]
    ):
        state.cancel(user=user)
    workflow = enterprise.get_workflow()
    if workflow is None:
        logger.error(
            "No moderation workflow is assigned to enterprises; %s waits unreviewed", enterprise.pk
        )
        return None
    return workflow.start(enterprise, user=user)


@transaction.atomic
def confirm_submission(submission):
    """Record the confirmation and start moderation; confirming twice changes nothing."""
    submission = Submission.objects.select_for_update().get(pk=submission.pk)
    if submission.confirmed_at:
        return submission, False
    submission.confirmed_at = timezone.now()
    submission.save(update_fields=["confirmed_at"])
    start_moderation(submission.enterprise)
    return submission, True


def contact_for(enterprise, email=None, email_digest=None):
    """The newest confirmed submission that speaks for this enterprise, if any.

    With `email` (typed by a visitor) or `email_digest` (from a signed link), only one from that
    address will do: the owner's address is on record only once they confirmed it.
    """
    contacts = (
        Submission.objects.filter(enterprise=enterprise, confirmed_at__isnull=False)
        .exclude(kind=Submission.Kind.REMOVAL)
        .order_by("-created_at")
    )
    if email is not None:
        contacts = contacts.filter(submitter_email__iexact=email.strip())
    if email_digest is None:
        return contacts.first()
    return next(
        (
            contact
            for contact in contacts
            if tokens.email_matches(contact.submitter_email, email_digest)
        ),
        None,
    )


def _figure_facts(figure):
    """What an owner can change about a figure; an editor's verification vouches for these.

    A catalogue indicator's figure is in the catalogue's unit, whatever unit it was stored with.
    """
    return (
        figure.catalogue_indicator_id,
        figure.indicator,
        figure.value.normalize(),
        None if figure.catalogue_indicator_id else figure.unit,
        figure.year,
        figure.sdg_id,
        figure.source_url,
    )


def keep_verification(previous, figures):
    """Carry each verification over to the figure the owner left unchanged.

    Returns the verified figures that no longer appear as they were: their verification is gone.
    """
    verified = {}
    for figure in previous:
        if figure.verified:
            verified.setdefault(_figure_facts(figure), []).append(figure)
    for figure in figures:
        same = verified.get(_figure_facts(figure))
        if same:
            figure.verified, figure.verified_on = True, same.pop(0).verified_on
    return [figure for remaining in verified.values() for figure in remaining]


def describe_figure(figure):
    indicator = figure.catalogue_indicator
    return {
        "indicator": figure.indicator,
        # The catalogue's, by code: the editors' notes name it in their language.
        "indicator_code": indicator.code if indicator else None,
        "value": figure.display_value,
        "unit": figure.unit,
        "year": figure.year,
        "verified_on": figure.verified_on.isoformat() if figure.verified_on else None,
    }


def pending_review(enterprise):
    """The owner's revision the editors are still to decide on, if any."""
    revision = enterprise.latest_revision
    if revision is None or revision.user_id is not None:
        return None
    in_review = WorkflowState.objects.for_instance(enterprise).filter(
        status=WorkflowState.STATUS_IN_PROGRESS, current_task_state__revision=revision
    )
    return revision if in_review.exists() else None


def _waiting_request(enterprise, kind):
    """The request of this kind still before the editors: the newest one, if it is the newest
    thing the public sent about the listing (a removal request waits until it is carried out)."""
    sent = enterprise.submissions.order_by("-created_at", "-pk")
    if kind == Submission.Kind.REMOVAL:
        return sent.filter(kind=kind, removal_done_at__isnull=True).first()
    newest = sent.exclude(kind=Submission.Kind.REMOVAL).first()
    return newest if newest is not None and newest.kind == kind else None


def _locked(enterprise):
    """The enterprise, locked until the transaction ends: two sends at once wait for each other."""
    return Enterprise.objects.select_for_update().get(pk=enterprise.pk)


def _figures_judged_against(enterprise, pending, draft):
    """The figures an update is compared with: the latest, or, for one replacing changes still
    under review, those from before these changes."""
    before = pending and enterprise.revisions.filter(pk__lt=pending.pk).order_by("-pk").first()
    return list((before.as_object() if before else draft).impact_figures.all())


@transaction.atomic
def submit_update(enterprise, profile, innovations, figures, contact, message=""):
    """Save the owner's changes as a revision for review; the live profile stays as it is.

    While the editors have yet to decide on the owner's previous update, this one takes its place:
    the same revision and the same submission hold the newest changes, the review goes on without
    a second e-mail to the editors, and a logo that only the replaced changes used is deleted.
    """
    enterprise = _locked(enterprise)
    pending = pending_review(enterprise)
    draft = enterprise.get_latest_revision_as_object()
    previous = _figures_judged_against(enterprise, pending, draft)
    replaced_logo = draft.logo if pending else None
    apply_profile(draft, profile, innovations, figures)
    unverified = keep_verification(previous, list(draft.impact_figures.all()))
    if profile.get("logo"):
        draft.logo = store_logo(profile["logo"], profile["name"])
    draft.save_revision(log_action=True, overwrite_revision=pending)
    replacing = _waiting_request(enterprise, Submission.Kind.UPDATE) if pending else None
    submission = record_request(enterprise, contact, Submission.Kind.UPDATE, message, replacing)
    submission.figures_unverified = [describe_figure(figure) for figure in unverified]
    submission.save(update_fields=["figures_unverified"])
    if pending is None:
        start_moderation(enterprise)
    elif replaced_logo not in (None, draft.logo) and not used_elsewhere([replaced_logo.pk]):
        # Named by nothing now, not even this listing's other versions.
        replaced_logo.delete()


@transaction.atomic
def request_removal(enterprise, contact, reason=""):
    """Record the owner's removal request; returns it, and whether the editors have yet to hear.

    One request waits per listing: asking again brings its reason up to date.
    """
    enterprise = _locked(enterprise)
    waiting = _waiting_request(enterprise, Submission.Kind.REMOVAL)
    submission = record_request(enterprise, contact, Submission.Kind.REMOVAL, reason, waiting)
    return submission, waiting is None


def record_request(enterprise, contact, kind, message, replacing=None):
    """A request from the contact on record, whose address the signed link already proved;
    `replacing`, one still waiting, is brought up to date instead of adding another."""
    fields = {
        "submitter_name": contact.submitter_name,
        "submitter_role": contact.submitter_role,
        "submitter_email": contact.submitter_email,
        "consented_at": contact.consented_at,
        "confirmed_at": timezone.now(),
        "message": message,
        "language": translation.get_language() or settings.LANGUAGE_CODE,
    }
    if replacing is None:
        return Submission.objects.create(enterprise=enterprise, kind=kind, **fields)
    Submission.objects.filter(pk=replacing.pk).update(created_at=fields["confirmed_at"], **fields)
    replacing.refresh_from_db()
    return replacing


@transaction.atomic
def remove_listing(enterprise):
    """Delete a listing with everything submitted about it: profile, revisions, contacts, and
    every image that was only ever its own (each logo it had or was sent, published or waiting,
    with their renditions; their files go once the deletion is committed)."""
    name = enterprise.name
    enterprise.delete()  # directory.signals deletes the images with it
    return name


# A claim the editors have not approved by then is deleted with its claimant's details; the
# privacy notice says so.
CLAIM_LIFETIME = datetime.timedelta(days=90)


def purge_stale_claims(older_than=CLAIM_LIFETIME):
    """Delete ownership claims no editor approved within `older_than`; returns how many."""
    cutoff = timezone.now() - older_than
    stale = Submission.objects.filter(
        kind=Submission.Kind.CLAIM, claim_approved_at__isnull=True, created_at__lt=cutoff
    )
    _, deleted = stale.delete()
    return deleted.get(Submission._meta.label, 0)


def purge_unconfirmed(older_than):
    """Delete new listings whose submitter never confirmed them before the link expired."""
    cutoff = timezone.now() - older_than
    stale = Submission.objects.filter(
        kind=Submission.Kind.NEW,
        confirmed_at__isnull=True,
        created_at__lt=cutoff,
        enterprise__live=False,
        enterprise__origin=Origin.PUBLIC,
    ).select_related("enterprise", "enterprise__logo")
    removed = 0
    for submission in stale:
        remove_listing(submission.enterprise)
        removed += 1
    return removed
