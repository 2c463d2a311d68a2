"""Without a user's client, requests go out as a default httpx client would send them, honouring the proxy
and certificate environment variables."""

from __future__ import annotations

import functools
import os
import ssl
import urllib.request

import httpx

from ._client_transport import AsyncOwnedClientTransport, OwnedClientTransport
from ._deadline import bound
from ._exceptions import ConfigurationError

__all__ = ["async_default_transport", "default_transport", "environment_ssl_context"]


@functools.cache
def _ssl_context(cert_file: str | None, cert_dir: str | None) -> ssl.SSLContext:
    # What httpx builds for each client (certifi's bundle, or SSL_CERT_FILE / SSL_CERT_DIR); building it
    # costs ~25 ms, so the clients of one process share it.
    return httpx.create_ssl_context(trust_env=True)


def environment_ssl_context() -> ssl.SSLContext:
    """The TLS context httpx would build, honouring ``SSL_CERT_FILE`` and ``SSL_CERT_DIR``."""
    cert_file, cert_dir = os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR")
    try:
        return _ssl_context(cert_file, cert_dir)
    except (OSError, ssl.SSLError) as exc:
        where = f"SSL_CERT_FILE={cert_file}" if cert_file else f"SSL_CERT_DIR={cert_dir}"
        raise ConfigurationError(f"cannot load the CA certificates of {where}: {exc}") from None


def _environment_proxies() -> bool:
    """Whether the environment names a proxy, as httpx reads it (``HTTP_PROXY``, ``HTTPS_PROXY``,
    ``ALL_PROXY``, any case; the system settings on macOS and Windows)."""
    found = urllib.request.getproxies()
    return any(found.get(scheme) for scheme in ("http", "https", "all"))


def default_transport() -> httpx.BaseTransport:
    """Without a user client: what an httpx client with ``trust_env`` would send through. With a proxy in
    the environment that is such a client (it picks the proxy, or none, by ``NO_PROXY``, per URL);
    without one, it is the connection pool such a client would use, sent to directly: a client in
    between costs a third of a request (its cookies, hooks, auth flow)."""
    if _environment_proxies():
        client = httpx.Client(verify=environment_ssl_context(), trust_env=True)
        for transport in [client._transport, *client._mounts.values()]:  # one per proxy, and the direct one
            bound(transport)
        return OwnedClientTransport(client)
    transport = httpx.HTTPTransport(verify=environment_ssl_context())
    bound(transport)
    return transport


def async_default_transport() -> httpx.AsyncBaseTransport:
    """The async twin of :func:`default_transport`."""
    if _environment_proxies():
        return AsyncOwnedClientTransport(httpx.AsyncClient(verify=environment_ssl_context(), trust_env=True))
    return httpx.AsyncHTTPTransport(verify=environment_ssl_context())
