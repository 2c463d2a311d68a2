"""A client library for accessing Google Business Profile APIs (accounts, locations, reviews and replies)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
