"""Owners keep their listing up to date: a link by e-mail, an edit form, a removal request."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from directory import antiabuse, emails, tokens
from directory.forms.indicator_choice import OTHER
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
            # The same answer, as fast, whether or not the address is on record: the task looks
            # it up and sends the link after the answer has gone.
            emails.send_update_link_if_owner.enqueue(
                enterprise.pk, form.cleaned_data["email"], translation.get_language()
            )
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


def figure_rows(figures):
    """The figures as the form shows them: each with its catalogue indicator, or "Other"."""
    return [
        {**row, "catalogue_indicator": figure.catalogue_indicator_id or OTHER}
        for figure, row in zip(figures, rows_of(figures, IMPACT_FIGURE_FIELDS), strict=True)
    ]


def current_forms(draft, data=None, files=None):
    initial = {
        field: getattr(draft, field)
        for field in ProfileForm.Meta.fields
        if field not in ("sectors", "sdgs")
    }
    initial["sectors"] = list(draft.sectors.all())
    initial["sdgs"] = list(draft.sdgs.all())
    initial["translations"] = draft.translations
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
            initial=figure_rows(list(draft.impact_figures.all())),
        ),
        "honeypot": guard_form(data),
    }


def guard_form(data):
    """The honeypot and the timer, fresh when the page is shown again."""
    form = UpdateGuardForm(data, initial={"started": antiabuse.start_timer()})
    antiabuse.keep_timer_fresh(form, "started")
    return form


def update_page_context(request, enterprise, draft, forms, removal_form, token):
    return directory_context(
        request,
        enterprise=enterprise,
        draft=draft,
        forms=forms,
        removal_form=removal_form,
        token=token,
        message=request.POST.get("message", "")[:2000],
        noindex=True,
        page_title=_("Update %(name)s") % {"name": enterprise.name},
    )


def check_owner_limits(request, scope, rate, enterprise, contact):
    """Count a send against its link and its address. Every link to the same listing and owner
    counts as one, so asking for a new link gives no more sends."""
    link = f"{enterprise.pk}:{tokens.owner_digest(contact.submitter_email)}"
    antiabuse.check_rate_limit(request, f"{scope}-link", *rate, counted_by=link)
    antiabuse.check_rate_limit(request, scope, *rate)


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
    if request.method == "GET":
        return render(request, "directory/update_form.html", context)
    context["logo_needs_choosing_again"] = bool(request.FILES.get("profile-logo"))
    try:
        check_sender(request, "update", "started")
    except antiabuse.Rejected as rejected:
        unchecked(forms)
        context["rejection"] = rejected.message
        return render(request, "directory/update_form.html", context, status=rejected.status)
    if not all(form.is_valid() for form in forms.values()):
        context["errors"] = error_summary(forms)
        return render(request, "directory/update_form.html", context, status=400)
    try:
        rate = settings.DIRECTORY_OWNER_UPDATE_RATE
        check_owner_limits(request, "owner-update", rate, enterprise, contact)
    except antiabuse.Rejected as rejected:
        context["rejection"] = rejected.message
        return render(request, "directory/update_form.html", context, status=rejected.status)
    submit_update(
        enterprise,
        forms["profile"].cleaned_data,
        filled_rows(forms["innovations"]),
        filled_rows(forms["figures"]),
        contact,
        message=context["message"],
    )
    return render(request, "directory/update_done.html", context)


def removal_form_again(request, enterprise, form, token, rejected=None):
    """The update page again, its removal form as it was sent: invalid, or refused."""
    draft = enterprise.get_latest_revision_as_object()
    context = update_page_context(request, enterprise, draft, current_forms(draft), form, token)
    context["removal_rejection"] = rejected.message if rejected else ""
    status = rejected.status if rejected else 400
    return render(request, "directory/update_form.html", context, status=status)


@never_cache
@require_http_methods(["POST"])
def request_listing_removal(request, token):
    try:
        enterprise, contact = enterprise_for_link(token)
    except tokens.LinkError as error:
        return link_error(request, error)
    form = RemovalRequestForm(request.POST, use_required_attribute=False)
    if not form.is_valid():
        return removal_form_again(request, enterprise, form, token)
    try:
        rate = settings.DIRECTORY_REMOVAL_REQUEST_RATE
        check_owner_limits(request, "owner-removal", rate, enterprise, contact)
    except antiabuse.Rejected as rejected:
        return removal_form_again(request, enterprise, form, token, rejected)
    submission, editors_to_hear = request_removal(enterprise, contact, form.cleaned_data["reason"])
    if editors_to_hear:
        emails.notify_editors_of_removal_later.enqueue(submission.pk)
    return render(
        request,
        "directory/removal_requested.html",
        directory_context(
            request, enterprise=enterprise, noindex=True, page_title=_("Removal requested")
        ),
    )
