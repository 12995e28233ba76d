"""The signed link in a registration's e-mails that lets its holder cancel it."""

from django.core import signing

from directory.tokens import LinkError

CANCEL_SALT = "home.registration.cancel"


def cancel_token(registration):
    # No expiry: the link works for as long as the registration can be cancelled.
    return signing.dumps({"registration": registration.pk}, salt=CANCEL_SALT, compress=True)


def read_cancel_token(token):
    from django.utils.translation import gettext as _

    try:
        data = signing.loads(token, salt=CANCEL_SALT)
    except signing.BadSignature:
        raise LinkError(
            _("This link is not valid. Check that you copied the whole address from the e-mail.")
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("registration"), int):
        raise LinkError(_("This link is not valid."))
    return data["registration"]


def cancel_path(page, registration):
    """The cancel link's path under an event page (the visitor's translation of it, say)."""
    return page.url + page.reverse_subpage("cancel_registration", args=[cancel_token(registration)])
