"""Owners keep their listing up to date: a link by e-mail, an edit form, a removal request."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from directory import antiabuse, emails, tokens
from directory.forms.submission import (
    ImpactFigureFormSet,
    InnovationFormSet,
    ProfileForm,
    RemovalRequestForm,
    UpdateGuardForm,
    UpdateRequestForm,
    filled_rows,
)
from directory.models import Enterprise
from directory.profile_fields import IMPACT_FIGURE_FIELDS, INNOVATION_FIELDS
from directory.submissions import contact_for, request_removal, submit_update
from directory.views.submissions import (
    check_sender,
    directory_context,
    error_summary,
    link_error,
    unchecked,
)


@never_cache
@require_http_methods(["GET", "POST"])
def request_update_link(request, slug):
    enterprise = Enterprise.objects.live().filter(slug=slug).first()
    if enterprise is None:
        raise Http404("No such enterprise")
    form = UpdateRequestForm(request.POST or None, use_required_attribute=False)
    context = directory_context(
        request, enterprise=enterprise, form=form, noindex=True, page_title=_("Update your listing")
    )
    if request.method == "POST":
        try:
            antiabuse.check_rate_limit(request, "update-link", *settings.DIRECTORY_UPDATE_LINK_RATE)
        except antiabuse.Rejected as rejected:
            context["rejection"] = rejected.message
            return render(request, "directory/update_request.html", context, status=rejected.status)
        if form.is_valid():
            contact = contact_for(enterprise, form.cleaned_data["email"])
            if contact is not None:
                emails.send_update_link(enterprise, contact)
            # The same answer whether or not the address is on record.
            context["sent_to"] = form.cleaned_data["email"]
            return render(request, "directory/update_request.html", context)
        return render(request, "directory/update_request.html", context, status=400)
    return render(request, "directory/update_request.html", context)


def enterprise_for_link(token):
    enterprise_id, digest = tokens.read_update_token(token)
    enterprise = Enterprise.objects.filter(pk=enterprise_id).first()
    if enterprise is None:
        raise tokens.LinkError(_("This listing no longer exists."), status=410)
    contact = contact_for(enterprise, email_digest=digest)
    if contact is None:
        raise tokens.LinkError(
            _("This link no longer opens this listing. Ask for a new link."), status=403
        )
    return enterprise, contact


def rows_of(items, fields):
    return [{field: getattr(item, field) for field in fields} for item in items]


def current_forms(draft, data=None, files=None):
    initial = {
        field: getattr(draft, field)
        for field in ProfileForm.Meta.fields
        if field not in ("sectors", "sdgs")
    }
    initial["sectors"] = list(draft.sectors.all())
    initial["sdgs"] = list(draft.sdgs.all())
    return {
        "profile": ProfileForm(
            data, files, prefix="profile", initial=initial, use_required_attribute=False
        ),
        "innovations": InnovationFormSet(
            data,
            prefix="innovations",
            initial=rows_of(draft.innovations.all(), INNOVATION_FIELDS),
        ),
        "figures": ImpactFigureFormSet(
            data,
            prefix="figures",
            initial=rows_of(draft.impact_figures.all(), IMPACT_FIGURE_FIELDS),
        ),
        "honeypot": guard_form(data),
    }


def guard_form(data):
    """The honeypot and the timer; a missing or altered timer is replaced, or every later
    sending would be refused."""
    form = UpdateGuardForm(data, initial={"started": antiabuse.start_timer()})
    if form.is_bound and not antiabuse.timer_is_valid(form.data.get("started")):
        form.data = form.data.copy()
        form.data["started"] = antiabuse.start_timer()
    return form


def update_page_context(request, enterprise, draft, forms, removal_form, token):
    return directory_context(
        request,
        enterprise=enterprise,
        draft=draft,
        forms=forms,
        removal_form=removal_form,
        token=token,
        noindex=True,
        page_title=_("Update %(name)s") % {"name": enterprise.name},
    )


@never_cache
@require_http_methods(["GET", "POST"])
def update_listing(request, token):
    try:
        enterprise, contact = enterprise_for_link(token)
    except tokens.LinkError as error:
        return link_error(request, error)
    draft = enterprise.get_latest_revision_as_object()
    forms = current_forms(draft, request.POST or None, request.FILES or None)
    context = update_page_context(request, enterprise, draft, forms, RemovalRequestForm(), token)
    if request.method == "POST":
        try:
            check_sender(request, "update", "started")
        except antiabuse.Rejected as rejected:
            unchecked(forms)
            context["rejection"] = rejected.message
            context["logo_needs_choosing_again"] = bool(request.FILES.get("profile-logo"))
            return render(request, "directory/update_form.html", context, status=rejected.status)
        if all(form.is_valid() for form in forms.values()):
            submit_update(
                enterprise,
                forms["profile"].cleaned_data,
                filled_rows(forms["innovations"]),
                filled_rows(forms["figures"]),
                contact,
                message=request.POST.get("message", "")[:2000],
            )
            return render(request, "directory/update_done.html", context)
        context["errors"] = error_summary(forms)
        context["logo_needs_choosing_again"] = bool(request.FILES.get("profile-logo"))
        return render(request, "directory/update_form.html", context, status=400)
    return render(request, "directory/update_form.html", context)


@never_cache
@require_http_methods(["POST"])
def request_listing_removal(request, token):
    try:
        enterprise, contact = enterprise_for_link(token)
    except tokens.LinkError as error:
        return link_error(request, error)
    form = RemovalRequestForm(request.POST, use_required_attribute=False)
    if not form.is_valid():
        draft = enterprise.get_latest_revision_as_object()
        context = update_page_context(request, enterprise, draft, current_forms(draft), form, token)
        return render(request, "directory/update_form.html", context, status=400)
    submission = request_removal(enterprise, contact, form.cleaned_data["reason"])
    emails.notify_editors_of_removal(submission)
    return render(
        request,
        "directory/removal_requested.html",
        directory_context(
            request, enterprise=enterprise, noindex=True, page_title=_("Removal requested")
        ),
    )
