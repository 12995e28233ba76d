"""Listing a new enterprise: the form, the acknowledgement, and confirmation by e-mail link."""

from django.conf import settings
from django.core import signing
from django.forms.utils import ErrorDict
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from directory import antiabuse, emails, tokens
from directory.addresses import directory_page, route_url
from directory.duplicates import find_duplicates
from directory.forms.submission import (
    HoneypotForm,
    ImpactFigureFormSet,
    InnovationFormSet,
    ProfileForm,
    SubmitterForm,
    filled_rows,
)
from directory.models import Submission
from directory.submissions import confirm_submission, create_submission
from home.languages import privacy_url

SENT_SALT = "directory.submission.sent"
SENT_MAX_AGE = 60 * 60 * 24


def directory_context(request, **extra):
    return {
        "page": directory_page(request),
        "privacy_url": privacy_url(),
        **extra,
    }


def build_forms(data=None, files=None):
    forms = {
        "profile": ProfileForm(data, files, prefix="profile", use_required_attribute=False),
        "submitter": SubmitterForm(data, prefix="submitter", use_required_attribute=False),
        "innovations": InnovationFormSet(data, prefix="innovations"),
        "figures": ImpactFigureFormSet(data, prefix="figures"),
        "honeypot": HoneypotForm(data),
    }
    if data is None:
        forms["submitter"].initial["started"] = antiabuse.start_timer()
    return forms


FORMSET_LABELS = {
    "innovations": gettext_lazy("Innovation"),
    "figures": gettext_lazy("Impact figure"),
}


def _field_errors(form, prefix=""):
    return [
        {
            "id": field.auto_id,
            "label": f"{prefix}{getattr(field.field, 'summary_label', field.label)}",
            "message": message,
        }
        for field in form
        for message in field.errors
    ]


def error_summary(forms):
    """Every error on the page, each with the id of the field it belongs to."""
    summary = []
    for key, form in forms.items():
        if key == "honeypot":
            continue
        if hasattr(form, "forms"):
            summary += [{"id": "", "message": message} for message in form.non_form_errors()]
            for number, row in enumerate(form.forms, start=1):
                summary += _field_errors(row, prefix=f"{FORMSET_LABELS[key]} {number}: ")
        else:
            summary += [{"id": "", "message": message} for message in form.non_field_errors()]
            summary += _field_errors(form)
    return summary


def check_sender(request, scope, timer_field):
    """The anti-abuse checks, which come before the form is validated: a request they refuse
    costs no validation, least of all of the logo it may carry. Every sending counts towards
    the address's allowance of sendings, whether the form turns out valid or not."""
    antiabuse.check_honeypot(request.POST)
    antiabuse.check_fill_time(request.POST.get(timer_field))
    antiabuse.check_rate_limit(request, f"{scope}-sent", *settings.DIRECTORY_FORM_POST_RATE)


def unchecked(forms):
    """The forms as sent, to show again after a refusal without validating them.

    Marking them as having no errors is what keeps Django from validating them when the page
    shows their fields; what was typed is shown all the same.
    """
    for form in forms.values():
        rows = getattr(form, "forms", None)
        if rows is not None:
            form._errors, form._non_form_errors = [], form.error_class()
        for each in [form] if rows is None else rows:
            each._errors = ErrorDict()
    return forms


def render_form(request, forms, status=200, rejection="", duplicates=()):
    antiabuse.keep_timer_fresh(forms["submitter"], "submitter-started")
    context = directory_context(
        request,
        forms=forms,
        errors=error_summary(forms) if forms["profile"].is_bound else [],
        rejection=rejection,
        duplicates=duplicates,
        logo_needs_choosing_again=bool(request.FILES.get("profile-logo")),
        page_title=_("List your enterprise"),
        # The empty form is a page people look for; a sent one holds someone's answers.
        noindex=forms["profile"].is_bound,
    )
    return render(request, "directory/submit.html", context, status=status)


@never_cache
@require_http_methods(["GET", "POST"])
def submit_listing(request):
    if request.method == "GET":
        return render_form(request, build_forms())
    forms = build_forms(request.POST, request.FILES)
    try:
        check_sender(request, "submit", "submitter-started")
    except antiabuse.Rejected as rejected:
        forms = unchecked(forms)
        return render_form(request, forms, status=rejected.status, rejection=rejected.message)
    if not all(form.is_valid() for form in forms.values()):
        return render_form(request, forms, status=400)
    profile = forms["profile"].cleaned_data
    duplicates = find_duplicates(profile["name"], profile["country"], profile.get("website", ""))
    sure = [duplicate for duplicate in duplicates if duplicate.blocks_submission]
    if sure and not forms["submitter"].cleaned_data.get("not_a_duplicate"):
        # A question back to the visitor, not a listing: it takes none of their 5 an hour.
        return render_form(request, forms, status=409, duplicates=shown_to_visitor(sure))
    try:
        antiabuse.check_rate_limit(request, "submit", *settings.DIRECTORY_SUBMISSION_RATE)
    except antiabuse.Rejected as rejected:
        return render_form(request, forms, status=rejected.status, rejection=rejected.message)

    submitter = forms["submitter"].cleaned_data
    submission = create_submission(
        profile, filled_rows(forms["innovations"]), filled_rows(forms["figures"]), submitter
    )
    deliver_confirmation(submission)
    return redirect(sent_url(request, submission))


def shown_to_visitor(duplicates):
    """The live listings by name; those awaiting review only as one line that names none."""
    live = [duplicate for duplicate in duplicates if duplicate.live]
    pending = [duplicate for duplicate in duplicates if not duplicate.live]
    return live + pending[:1]


def deliver_confirmation(submission):
    sent = emails.send_confirmation(submission)
    if submission.email_failed == sent:
        submission.email_failed = not sent
        submission.save(update_fields=["email_failed"])
    return sent


def sent_url(request, submission):
    token = signing.dumps(submission.pk, salt=SENT_SALT)
    return route_url("submission_sent", request=request) + f"?s={token}"


def submission_from_sent_token(token):
    try:
        pk = signing.loads(token or "", salt=SENT_SALT, max_age=SENT_MAX_AGE)
    except signing.BadSignature:
        return None
    return Submission.objects.select_related("enterprise").filter(pk=pk).first()


@never_cache
def submission_sent(request):
    submission = submission_from_sent_token(request.GET.get("s"))
    if submission is None:
        return render(
            request,
            "directory/link_error.html",
            directory_context(
                request,
                message=_("This page is only shown right after sending the form."),
                noindex=True,
            ),
            status=404,
        )
    return render_sent(request, submission, request.GET["s"])


def render_sent(request, submission, token, rejected=None):
    """The page after sending: what happens next, and a button to send the e-mail again."""
    return render(
        request,
        "directory/submit_sent.html",
        directory_context(
            request,
            submission=submission,
            token=token,
            rejection=rejected.message if rejected else None,
            noindex=True,
            page_title=_("Thank you"),
        ),
        status=rejected.status if rejected else 200,
    )


@never_cache
@require_http_methods(["POST"])
def resend_confirmation(request):
    submission = submission_from_sent_token(request.POST.get("s"))
    if submission is None or submission.confirmed_at:
        return redirect(route_url("submit", request=request))
    try:
        antiabuse.check_rate_limit(request, "resend", *settings.DIRECTORY_SUBMISSION_RATE)
    except antiabuse.Rejected as rejected:
        return render_sent(request, submission, request.POST["s"], rejected)
    deliver_confirmation(submission)
    return redirect(sent_url(request, submission))


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    try:
        submission_id = tokens.read_confirmation_token(token)
    except tokens.LinkError as error:
        return link_error(request, error)
    submission = Submission.objects.select_related("enterprise").filter(pk=submission_id).first()
    if submission is None:
        return link_error(
            request,
            tokens.LinkError(
                _(
                    "This submission no longer exists: "
                    "unconfirmed submissions are deleted after 7 days."
                ),
                410,
            ),
        )
    confirmed_now = False
    if request.method == "POST" and not submission.confirmed_at:
        submission, confirmed_now = confirm_submission(submission)
    return render(
        request,
        "directory/confirm.html",
        directory_context(
            request,
            submission=submission,
            confirmed_now=confirmed_now,
            noindex=True,
            page_title=_("Confirm your listing"),
        ),
    )


def link_error(request, error):
    return render(
        request,
        "directory/link_error.html",
        directory_context(
            request, message=error.message, noindex=True, page_title=_("This link does not work")
        ),
        status=error.status,
    )
