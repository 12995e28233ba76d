"""Listings editors created have no owner on record: someone may claim one, and once an editor
approves the claim, the claimant is its owner, with the owner's update links."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation

from directory.models import Submission
from directory.submissions import contact_for


def can_be_claimed(enterprise):
    """Whether nobody speaks for the listing yet: no confirmed submitter, no approved claim."""
    return contact_for(enterprise) is None


def create_claim(enterprise, claimant):
    """Store the claim for the editors; it gives the claimant nothing until one approves it."""
    return Submission.objects.create(
        enterprise=enterprise,
        kind=Submission.Kind.CLAIM,
        submitter_name=claimant["submitter_name"],
        submitter_role=claimant["submitter_role"],
        submitter_email=claimant["submitter_email"],
        message=claimant.get("message", ""),
        consented_at=timezone.now(),
        language=translation.get_language() or settings.LANGUAGE_CODE,
    )


@transaction.atomic
def approve_claim(claim):
    """Make the claimant the owner on record; approving twice changes nothing.

    Returns the claim and whether this call approved it.
    """
    claim = (
        Submission.objects.select_for_update()
        .select_related("enterprise")
        .get(pk=claim.pk, kind=Submission.Kind.CLAIM)
    )
    if claim.claim_approved_at is not None:
        return claim, False
    now = timezone.now()
    # contact_for() finds owners by their confirmed submissions: the editor's approval vouches
    # for this one, and the update link proves the address when it is used.
    claim.claim_approved_at = claim.confirmed_at = now
    claim.save(update_fields=["claim_approved_at", "confirmed_at"])
    return claim, True
