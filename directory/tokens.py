"""Signed, expiring links that each open one thing: a submission to confirm, or a listing."""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _

from directory.antiabuse import Rejected

LINK_LIFETIME = timedelta(days=7)
CONFIRM_SALT = "directory.submission.confirm"
UPDATE_SALT = "directory.listing.update"
OWNER_SALT = "directory.listing.owner"
# The yearly "Is this still right?" e-mail's one-click confirmation: it waits in an inbox longer
# than a link the owner asked for a moment ago.
STILL_RIGHT_SALT = "directory.listing.still-right"
STILL_RIGHT_LIFETIME = timedelta(days=60)


class LinkError(Rejected):
    """A link that cannot be followed: altered, out of date, or for something since deleted."""


def owner_digest(email, secret=None):
    """The owner's address as an update link names it: keyed with the site's secret, so that
    reading a link (its payload is only signed, not encrypted) tells nothing about the address."""
    normalised = email.strip().lower()
    return salted_hmac(OWNER_SALT, normalised, secret=secret, algorithm="sha256").hexdigest()[:32]


def confirmation_token(submission):
    return signing.dumps({"submission": submission.pk}, salt=CONFIRM_SALT, compress=True)


def update_token(enterprise, email):
    return signing.dumps(
        {"enterprise": enterprise.pk, "owner": owner_digest(email)},
        salt=UPDATE_SALT,
        compress=True,
    )


def _read(token, salt, lifetime=None, expired_message=None):
    try:
        return signing.loads(token, salt=salt, max_age=lifetime or LINK_LIFETIME)
    except signing.SignatureExpired:
        raise LinkError(
            expired_message or _("This link has expired: links from our e-mails work for 7 days."),
            status=410,
        ) from None
    except signing.BadSignature:
        raise LinkError(
            _(
                "This link is not valid. Check that you copied the whole address from the e-mail, "
                "or ask for a new link."
            )
        ) from None


def read_confirmation_token(token):
    data = _read(token, CONFIRM_SALT)
    if not isinstance(data, dict) or not isinstance(data.get("submission"), int):
        raise LinkError(_("This link is not valid."))
    return data["submission"]


def still_right_token(enterprise, email):
    return signing.dumps(
        {"enterprise": enterprise.pk, "owner": owner_digest(email)},
        salt=STILL_RIGHT_SALT,
        compress=True,
    )


def read_still_right_token(token):
    data = _read(
        token,
        STILL_RIGHT_SALT,
        lifetime=STILL_RIGHT_LIFETIME,
        expired_message=_(
            "This confirmation link has expired: it works for 60 days. To confirm the listing "
            "now, ask for a link with “Update your listing” on its page and send the listing "
            "as it is."
        ),
    )
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("enterprise"), int)
        or not isinstance(data.get("owner"), str)
    ):
        raise LinkError(_("This link is not valid."))
    return data["enterprise"], data["owner"]


def read_update_token(token):
    data = _read(token, UPDATE_SALT)
    if not isinstance(data, dict) or not isinstance(data.get("enterprise"), int):
        raise LinkError(_("This link is not valid."))
    if not isinstance(data.get("owner"), str):
        # Links sent before owners were named by a keyed digest carried a plain one ("email").
        raise LinkError(
            _(
                "This link is out of date and no longer works. Ask for a new link with "
                "“Update your listing” on the listing's page."
            ),
            status=410,
        )
    return data["enterprise"], data["owner"]


def email_matches(email, digest):
    """Whether `digest` names this address, under the secret or one it replaced."""
    secrets = [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]
    return bool(digest) and any(
        constant_time_compare(owner_digest(email, secret), digest) for secret in secrets
    )
