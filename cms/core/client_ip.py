"""The visitor's address, also behind a reverse proxy.

Login lockout (django-axes, `AXES_CLIENT_IP_CALLABLE`) and every rate limit
(django-ratelimit, `RATELIMIT_IP_META_KEY`; the barrier report form) key on
`client_ip(request)`.

`X-Forwarded-For` is believed only as far as trusted proxies wrote it: when the
connection comes from an address in `settings.TRUSTED_PROXIES`, the chain is
read from the right, skipping trusted proxies, and the first address that is
not one is the client. Anyone else's header changes nothing, since anyone can
send one. django-ipware does not fit: it matches trusted proxies against the
right end of the header, never against the address of the connection itself.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings

FORWARDED_FOR = "HTTP_X_FORWARDED_FOR"


def client_ip(request):
    """The address of the visitor who sent `request`, as text."""
    remote = request.META.get("REMOTE_ADDR", "")
    networks = _networks(tuple(settings.TRUSTED_PROXIES))
    address = _parse(remote)
    if address is None or not _trusted(address, networks):
        return str(address) if address is not None else remote
    for hop in reversed(request.META.get(FORWARDED_FOR, "").split(",")):
        hop_address = _parse(hop)
        if hop_address is None:
            # Not written by a trusted proxy: the last proxy is all we know.
            break
        address = hop_address
        if not _trusted(address, networks):
            break
    return str(address)


@lru_cache(maxsize=4)
def _networks(proxies):
    return tuple(ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def _parse(text):
    try:
        address = ipaddress.ip_address(text.strip())
    except ValueError:
        return None
    # A server listening on IPv6 sees IPv4 clients as ::ffff:a.b.c.d.
    return getattr(address, "ipv4_mapped", None) or address


def _trusted(address, networks):
    return any(address in network for network in networks)
