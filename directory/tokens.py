"""Signed, expiring links that each open one thing: a submission to confirm, or a listing."""

import hashlib
from datetime import timedelta

from django.core import signing
from django.utils.translation import gettext as _

LINK_LIFETIME = timedelta(days=7)
CONFIRM_SALT = "directory.submission.confirm"
UPDATE_SALT = "directory.listing.update"


class LinkError(Exception):
    def __init__(self, message, status=400):
        super().__init__(message)
        self.message = message
        self.status = status


def _email_digest(email):
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()[:32]


def confirmation_token(submission):
    return signing.dumps({"submission": submission.pk}, salt=CONFIRM_SALT, compress=True)


def update_token(enterprise, email):
    return signing.dumps(
        {"enterprise": enterprise.pk, "email": _email_digest(email)},
        salt=UPDATE_SALT,
        compress=True,
    )


def _read(token, salt):
    try:
        return signing.loads(token, salt=salt, max_age=LINK_LIFETIME)
    except signing.SignatureExpired:
        raise LinkError(
            _("This link has expired: links from our e-mails work for 7 days."), status=410
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


def read_update_token(token):
    data = _read(token, UPDATE_SALT)
    if not isinstance(data, dict) or not isinstance(data.get("enterprise"), int):
        raise LinkError(_("This link is not valid."))
    return data["enterprise"], data.get("email", "")


def email_matches(email, digest):
    return bool(digest) and _email_digest(email) == digest
