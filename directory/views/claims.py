""" "Is this your enterprise?": someone claims a listing that has no owner on record."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from directory import antiabuse, emails
from directory.claims import can_be_claimed, create_claim
from directory.forms.claim import ClaimForm
from directory.forms.submission import HoneypotForm
from directory.models import Enterprise
from directory.views.submissions import (
    check_sender,
    directory_context,
    error_summary,
    unchecked,
)


def render_claim(request, enterprise, form, status=200, **extra):
    antiabuse.keep_timer_fresh(form, "started")
    context = directory_context(
        request,
        enterprise=enterprise,
        form=form,
        honeypot=HoneypotForm(request.POST or None),
        errors=error_summary({"claim": form}) if form.is_bound and form.errors else [],
        noindex=True,
        page_title=_("Is this your enterprise?"),
        **extra,
    )
    return render(request, "directory/claim.html", context, status=status)


@never_cache
@require_http_methods(["GET", "POST"])
def claim_listing(request, slug):
    enterprise = Enterprise.objects.live().filter(slug=slug).first()
    if enterprise is None:
        raise Http404("No such enterprise")
    if request.method == "GET":
        form = ClaimForm(initial={"started": antiabuse.start_timer()}, use_required_attribute=False)
    else:
        form = ClaimForm(request.POST, use_required_attribute=False)
    if not can_be_claimed(enterprise):
        return render_claim(request, enterprise, form, status=409, owned=True)
    if request.method == "GET":
        return render_claim(request, enterprise, form)
    try:
        check_sender(request, "claim", "started")
    except antiabuse.Rejected as rejected:
        unchecked({"claim": form})
        return render_claim(
            request, enterprise, form, status=rejected.status, rejection=rejected.message
        )
    if not form.is_valid():
        return render_claim(request, enterprise, form, status=400)
    try:
        antiabuse.check_rate_limit(request, "claim", *settings.DIRECTORY_SUBMISSION_RATE)
    except antiabuse.Rejected as rejected:
        return render_claim(
            request, enterprise, form, status=rejected.status, rejection=rejected.message
        )
    claim = create_claim(enterprise, form.cleaned_data)
    emails.notify_editors_of_claim_later.enqueue(claim.pk)
    return render_claim(request, enterprise, form, sent_to=claim.submitter_email)
