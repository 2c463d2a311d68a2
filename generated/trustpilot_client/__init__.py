"""A client library for accessing Trustpilot Business Units and Service Reviews API (private reviews)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
