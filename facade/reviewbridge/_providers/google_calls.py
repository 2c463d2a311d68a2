"""What the sync and async Google clients share beyond their bases, sending nothing: the accounts' and
locations' page tokens, the locations a walk goes through, and the arguments of the reply calls."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Generic, TypeVar

from google_client.api.accounts import list_accounts
from google_client.api.locations import list_locations
from google_client.api.reviews import delete_reply, get_review, update_reply
from google_client.models import Account, Location, ReviewReplyWrite
from google_client.types import UNSET, Unset

from . import _kit as kit
from .google_adapter import GoogleAdapter, location_parts, named_locations, reply_text, review_parts, split

#: the Location fields a listing of locations asks for (``readMask`` is required)
READ_MASK = "name,title,storeCode"
#: the most locations a page of listLocations may hold
LOCATIONS_PAGE = 100
#: pages of accounts or of one account's locations a listing follows at most (2 million locations)
MAX_LISTING_PAGES = 20_000

T = TypeVar("T")


class TokenListing(Generic[T]):
    """One listing of accounts or locations, page after page, sending nothing: the tokens to ask for, each
    followed once, and what the pages hold. Both clients drive it alike::

        listing: TokenListing[Account] = TokenListing(list_accounts.OPERATION_ID)
        for token in listing:  # None first, then each page's next token; at most MAX_LISTING_PAGES + 1
            page = <send the listing's request for token>
            listing.add(page.accounts, page.next_page_token)
        return listing.found
    """

    def __init__(self, operation: str) -> None:
        self.operation = operation
        self.found: list[T] = []
        self._seen: set[str] = set()
        self._next: str | None = None

    def __iter__(self) -> Iterator[str | None]:
        token: str | None = None
        for _ in range(MAX_LISTING_PAGES + 1):
            self._next = None
            yield token
            if self._next is None:  # the last page (or a page not added: the walk is over)
                return
            token = self._next

    def add(self, values: Sequence[T] | Unset | None, token: object) -> None:
        """A page: its list (none where the answer leaves it out: Google leaves empty lists out) and its next
        page token; a PaginationError for a token that came before (the listing would go round for ever)
        or a listing past :data:`MAX_LISTING_PAGES` pages."""
        self.found += values if isinstance(values, list) else []
        if not isinstance(token, str) or not token:
            return
        if token in self._seen:
            raise kit.PaginationError(f"google {self.operation}: a page token came back twice; the listing loops")
        if len(self._seen) >= MAX_LISTING_PAGES:
            raise kit.PaginationError(f"google {self.operation}: more than {MAX_LISTING_PAGES} pages")
        self._seen.add(token)
        self._next = token


def accounts_request(adapter: GoogleAdapter, token: str | None) -> dict[str, Any]:
    request = list_accounts.build_request(page_token=token if token is not None else UNSET)
    return adapter.at_base(request, list_accounts.SERVER)


def locations_request(adapter: GoogleAdapter, account: str, token: str | None) -> dict[str, Any]:
    request = list_locations.build_request(
        account_id_of(account),
        read_mask=READ_MASK,
        page_size=LOCATIONS_PAGE,
        page_token=token if token is not None else UNSET,
    )
    return adapter.at_base(request, list_locations.SERVER)


def account_id_of(account: object) -> str:
    """The id of an account named ``accounts/{accountId}`` (or given as its bare id); a UsageError otherwise."""
    if isinstance(account, str) and account:
        bare = account.removeprefix("accounts/")
        if bare and "/" not in bare:
            return bare
    raise kit.UsageError(f"google: an account is named accounts/{{accountId}}, not {account!r}")


class LocationNames:
    """The resource names of every location of the user's accounts (``accounts/A/locations/L``), as the
    reviews API takes them: a location reached through several accounts is walked once, under the first."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self._ids: set[str] = set()

    def add(self, account: Account, locations: list[Location]) -> None:
        account_name = account.name if isinstance(account.name, str) else None
        if account_name is None:
            return
        for location in locations:
            name = location.name if isinstance(location.name, str) else ""
            location_id = name.removeprefix("locations/")
            if not name.startswith("locations/") or not location_id or "/" in location_id:
                continue  # not a location's resource name: nothing to list reviews of
            if location_id not in self._ids:
                self._ids.add(location_id)
                self.names.append(f"{account_name}/{name}")


def walked(
    filters: Mapping[str, object], resume: Mapping[str, object] | None, follow_changes: bool = False
) -> tuple[list[str] | None, dict[str, object]]:
    """(the locations a walk names, None for every location; the listReviews filters besides), checked. A
    resume point continues one location's walk, and a walk following changes (an export's, a load's) stops
    by one location's mark: both are refused with several."""
    try:
        named = named_locations(filters)
    except ValueError as exc:
        raise kit.UsageError(f"google: invalid filter value: {exc}") from None
    several = named is None or len(named) > 1
    if resume and several:
        raise kit.UsageError("google: resume= continues the walk of one location: name that location alone")
    if follow_changes and several:
        raise kit.UsageError(
            "google: a walk following changes (an export's, a load's) takes one location, each with its own "
            "mark: give each location as a scope of its own (location_names() lists them; reviewbridge export "
            "and load do so for --all-locations)"
        )
    _, _, _, rest = split(**filters)
    return named, rest


def get_request(name: str) -> dict[str, Any]:
    return dict(get_review.build_request(*review_parts(name)))


def reply_request(name: str, text: str) -> dict[str, Any]:
    parts = review_parts(name)
    return dict(update_reply.build_request(*parts, body=ReviewReplyWrite(comment=reply_text(text))))


def delete_request(name: str) -> dict[str, Any]:
    return dict(delete_reply.build_request(*review_parts(name)))


__all__ = [
    "LocationNames",
    "TokenListing",
    "accounts_request",
    "delete_request",
    "get_request",
    "location_parts",
    "locations_request",
    "reply_request",
    "walked",
]
