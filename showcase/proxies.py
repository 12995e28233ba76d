"""The visitor's address behind reverse proxies, and a loud warning when proxies go undeclared.

Rate limits and the admin's login lock-out count per address. Behind a proxy every request
comes from the proxy's address unless TRUSTED_PROXY_COUNT says how many proxies append to
X-Forwarded-For: one attacker could then lock the admin for everyone.
"""

import logging

from django.conf import settings

logger = logging.getLogger(__name__)


def client_address(request):
    """The visitor's address, trusting as many proxies in X-Forwarded-For as configured.

    None when the request carries no address at all (as in some internal calls).
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR") or None


class UndeclaredProxyMiddleware:
    """Logs an error, once per process, when requests come through a proxy nobody declared."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.warned = False

    def __call__(self, request):
        if (
            not self.warned
            and not settings.TRUSTED_PROXY_COUNT
            and "HTTP_X_FORWARDED_FOR" in request.META
        ):
            self.warned = True
            logger.error(
                "Requests arrive through a proxy (X-Forwarded-For: %s) but TRUSTED_PROXY_COUNT "
                "is 0: every visitor shares the proxy's address %s, so one visitor's mistakes "
                "lock the admin login and use up the forms' rate limits for all. Set "
                "TRUSTED_PROXY_COUNT to the number of proxies in front of the site.",
                request.META["HTTP_X_FORWARDED_FOR"][:200],
                request.META.get("REMOTE_ADDR"),
            )
        return self.get_response(request)
