"""A client library for accessing eTrusted Customer Reviews API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
