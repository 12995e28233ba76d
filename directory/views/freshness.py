"""The owner answers the yearly "Is this still right?": a button confirms the listing."""

from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from directory import freshness, tokens
from directory.addresses import route_url
from directory.models import Enterprise
from directory.submissions import contact_for
from directory.views.submissions import directory_context, link_error


def listing_for_still_right_link(token):
    enterprise_id, digest = tokens.read_still_right_token(token)
    enterprise = Enterprise.objects.filter(pk=enterprise_id).first()
    if enterprise is None:
        raise tokens.LinkError(_("This listing no longer exists."), status=410)
    if not enterprise.live:
        raise tokens.LinkError(
            _("This listing is no longer published, so there is nothing to confirm."), status=410
        )
    contact = contact_for(enterprise, email_digest=digest)
    if contact is None:
        raise tokens.LinkError(
            _(
                "This link no longer opens this listing: the listing has another contact on "
                "record now."
            ),
            status=403,
        )
    return enterprise, contact


@never_cache
@require_http_methods(["GET", "POST"])
def confirm_still_right(request, token):
    """A GET shows what is confirmed and the button; only the POST changes anything, so that a
    mail scanner opening the link confirms nothing."""
    try:
        enterprise, contact = listing_for_still_right_link(token)
    except tokens.LinkError as error:
        return link_error(request, error)
    confirmed_now = False
    if request.method == "POST":
        freshness.confirm(enterprise)
        confirmed_now = True
    update_url = route_url(
        "update", tokens.update_token(enterprise, contact.submitter_email), request=request
    )
    return render(
        request,
        "directory/still_right.html",
        directory_context(
            request,
            enterprise=enterprise,
            confirmed_now=confirmed_now,
            update_url=update_url,
            noindex=True,
            page_title=_("Is this still right?"),
        ),
    )
