"""Google Business Profile: a user-granted refresh token; page tokens; accounts -> locations -> reviews on
three hosts; replies (an upsert)."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Any, Unpack

import google_client
from google_client.api.accounts import list_accounts
from google_client.api.auth import refresh_access_token
from google_client.api.locations import list_locations
from google_client.api.reviews import batch_get_reviews, delete_reply, get_review, list_reviews, update_reply
from google_client.api.reviews.list_reviews import ListReviewsListing
from google_client.models import Account, Location, Review, ReviewList, ReviewReply

from . import _kit as kit
from .google_adapter import (
    CLIENT_ID,
    CLIENT_SECRET,
    DEFAULT_REQUESTS_PER_MINUTE,
    REFRESH_TOKEN,
    GoogleAdapter,
    _adapter,
)
from .google_adapter import RATE_LIMITS as RATE_LIMITS  # the client-side limit by default
from .google_adapter import GoogleFilters as GoogleFilters
from .google_adapter import GoogleResume as GoogleResume
from .google_calls import (
    LocationNames,
    TokenListing,
    accounts_request,
    delete_request,
    get_request,
    locations_request,
    reply_request,
    walked,
)

#: One page of a Google listing, as ``GoogleBusinessProfile.review_pages()`` yields it.
GooglePage = kit.ReviewPage[ReviewList, Review, "GoogleResume"]


class GoogleBusinessProfile(
    kit.TokenRequests,
    kit.SyncClient["ReviewList", "Review", google_client.Client, GoogleResume],
    kit.WithRaw["GoogleRaw[GoogleBusinessProfile]"],
    ListReviewsListing[
        Iterator[kit.Review[Review]],
        Iterator[GooglePage],
        Iterator[ReviewList],
        GoogleResume,
    ],
):
    """Google Business Profile reviews client: the reviews of a user's locations, and the owner's replies.

    The user grants the application access once (OAuth consent with ``access_type=offline``, scope
    ``https://www.googleapis.com/auth/business.manage``); the client exchanges the refresh token for
    access tokens as they expire. Credentials default to ``$REVIEWBRIDGE_GOOGLE_CLIENT_ID``,
    ``$REVIEWBRIDGE_GOOGLE_CLIENT_SECRET`` and ``$REVIEWBRIDGE_GOOGLE_REFRESH_TOKEN``. ``base_url``
    (the sandbox) serves every Google host under one URL: the three APIs and the token endpoint.
    ``requests_per_minute`` (240 by default; Google allows 300 per API) is shared by every Google client
    of the process: concurrent walks over many locations stay under Google's quota together.

    ``reviews``, ``review_pages`` and ``pages`` walk the locations named (``location=``, ``locations=[...]``,
    resource names ``accounts/{accountId}/locations/{locationId}``) or every location
    (``all_locations=True``), location after location, each latest change first (or by ``order_by``);
    ``review_pages(resume=...)`` continues a walk of one location after a page.
    """

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        refresh_token: str | None = None,
        *,
        requests_per_minute: int = DEFAULT_REQUESTS_PER_MINUTE,
        **options: Unpack[kit.SyncOptions],
    ) -> None:
        self._google = _adapter(client_id, client_secret, refresh_token, options, requests_per_minute)
        super().__init__(self._google, **options)

    def _review_pages(
        self,
        resume: Mapping[str, object] | None,
        concurrency: int,
        follow_changes: bool,
        filters: Mapping[str, object] | None,
        set_aside: bool = False,
    ) -> Iterator[kit.ReviewPage[ReviewList, Review, GoogleResume]]:
        named, rest = walked(kit.checked_filters("google", GoogleFilters, dict(filters or {})), resume, follow_changes)
        for location in named if named is not None else self.location_names():
            one = {**rest, "location": location}
            yield from super()._review_pages(resume, concurrency, follow_changes, one, set_aside)

    def accounts(self) -> list[Account]:
        """Every account the user reaches (listAccounts), the personal account first."""
        listing: TokenListing[Account] = TokenListing(list_accounts.OPERATION_ID)
        for token in listing:
            page = self._send(list_accounts, functools.partial(accounts_request, self._google, token))
            listing.add(page.accounts, page.next_page_token)
        return listing.found

    def locations(self, account: str) -> list[Location]:
        """Every location of ``account`` (``accounts/{accountId}``; listLocations, with name, title and
        store code)."""
        listing: TokenListing[Location] = TokenListing(list_locations.OPERATION_ID)
        for token in listing:
            page = self._send(list_locations, functools.partial(locations_request, self._google, account, token))
            listing.add(page.locations, page.next_page_token)
        return listing.found

    def location_names(self) -> list[str]:
        """The resource names (``accounts/{accountId}/locations/{locationId}``) of every location of every
        account the user reaches: what ``reviews(all_locations=True)`` walks. A location reached through
        several accounts is named once, under the first."""
        names = LocationNames()
        for account in self.accounts():
            if isinstance(account.name, str):
                names.add(account, self.locations(account.name))
        return names.names

    def get_review(self, name: str) -> Review:
        """One review by its resource name (getReview); NotFoundError when it does not exist or was deleted."""
        return self._send(get_review, lambda: get_request(name))

    def reply(self, name: str, text: str) -> ReviewReply:
        """Set the owner's reply to a review (updateReply): created if the review has none, replaced
        otherwise. At most 4096 bytes of UTF-8 (a longer text is a UsageError before anything is sent).
        An upsert, so a timeout, a dropped connection or a 5xx is retried (up to ``max_retries``) like a
        read. The reply as stored."""
        return self._send(update_reply, lambda: reply_request(name, text))

    def delete_reply(self, name: str) -> None:
        """Delete the owner's reply to a review (deleteReply); idempotent, so retried like a read."""
        self._send(delete_reply, lambda: delete_request(name))


class AsyncGoogleBusinessProfile(
    kit.TokenRequests,
    kit.AsyncClient["ReviewList", "Review", google_client.Client, GoogleResume],
    kit.WithRaw["GoogleRaw[AsyncGoogleBusinessProfile]"],
    ListReviewsListing[
        AsyncIterator[kit.Review[Review]],
        AsyncIterator[GooglePage],
        AsyncIterator[ReviewList],
        GoogleResume,
    ],
):
    """The async twin of :class:`GoogleBusinessProfile`."""

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        refresh_token: str | None = None,
        *,
        requests_per_minute: int = DEFAULT_REQUESTS_PER_MINUTE,
        **options: Unpack[kit.AsyncOptions],
    ) -> None:
        self._google = _adapter(client_id, client_secret, refresh_token, options, requests_per_minute)
        super().__init__(self._google, **options)

    async def _review_pages(
        self,
        resume: Mapping[str, object] | None,
        concurrency: int,
        follow_changes: bool,
        filters: Mapping[str, object] | None,
        set_aside: bool = False,
    ) -> AsyncIterator[kit.ReviewPage[ReviewList, Review, GoogleResume]]:
        named, rest = walked(kit.checked_filters("google", GoogleFilters, dict(filters or {})), resume, follow_changes)
        for location in named if named is not None else await self.location_names():
            one = {**rest, "location": location}
            async for page in super()._review_pages(resume, concurrency, follow_changes, one, set_aside):
                yield page

    async def accounts(self) -> list[Account]:
        """The async twin of :meth:`GoogleBusinessProfile.accounts`."""
        listing: TokenListing[Account] = TokenListing(list_accounts.OPERATION_ID)
        for token in listing:
            page = await self._send(list_accounts, functools.partial(accounts_request, self._google, token))
            listing.add(page.accounts, page.next_page_token)
        return listing.found

    async def locations(self, account: str) -> list[Location]:
        """The async twin of :meth:`GoogleBusinessProfile.locations`."""
        listing: TokenListing[Location] = TokenListing(list_locations.OPERATION_ID)
        for token in listing:
            page = await self._send(list_locations, functools.partial(locations_request, self._google, account, token))
            listing.add(page.locations, page.next_page_token)
        return listing.found

    async def location_names(self) -> list[str]:
        """The async twin of :meth:`GoogleBusinessProfile.location_names`."""
        names = LocationNames()
        for account in await self.accounts():
            if isinstance(account.name, str):
                names.add(account, await self.locations(account.name))
        return names.names

    async def get_review(self, name: str) -> Review:
        """The async twin of :meth:`GoogleBusinessProfile.get_review`."""
        return await self._send(get_review, lambda: get_request(name))

    async def reply(self, name: str, text: str) -> ReviewReply:
        """The async twin of :meth:`GoogleBusinessProfile.reply`."""
        return await self._send(update_reply, lambda: reply_request(name, text))

    async def delete_reply(self, name: str) -> None:
        """The async twin of :meth:`GoogleBusinessProfile.delete_reply`."""
        await self._send(delete_reply, lambda: delete_request(name))


def _send_reply(client: kit.SyncClient, name: str, text: str, options: Mapping[str, object]) -> str:
    """``reviewbridge reply google``: set the owner's reply (an upsert)."""
    if not isinstance(client, GoogleBusinessProfile):
        raise TypeError(f"a GoogleBusinessProfile client is needed to reply, not {type(client).__name__}")
    client.reply(name, text)
    return f"reply to review {name} stored (it replaces any earlier reply)"


def _fan_out(connect: Callable[[], kit.SyncClient], filters: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The scopes an export or load of ``filters`` walks: one per location, each with its own mark. The
    locations named are taken as they are; ``all_locations``: every location of every account, found now
    with a client from ``connect``."""
    named, rest = walked(filters, None)
    if named is None:
        client = connect()
        if not isinstance(client, GoogleBusinessProfile):
            raise TypeError(f"a GoogleBusinessProfile client is needed, not {type(client).__name__}")
        named = client.location_names()
    return [{**rest, "location": name} for name in named]


class GoogleRaw(kit.RawCalls[kit.ClientT_co]):
    """``with_raw_response`` of :class:`GoogleBusinessProfile` and :class:`AsyncGoogleBusinessProfile`: their
    calls, each returning the RawResponse of its value (awaited, over the async client); a RawResponse per
    page from ``review_pages``."""

    get_review = kit.raw_call(GoogleBusinessProfile.get_review)
    reply = kit.raw_call(GoogleBusinessProfile.reply)
    delete_reply = kit.raw_call(GoogleBusinessProfile.delete_reply)
    review_pages = kit.raw_pages(GoogleBusinessProfile.review_pages)


PROVIDER = kit.ProviderInfo(
    adapter=GoogleAdapter,
    client=GoogleBusinessProfile,
    async_client=AsyncGoogleBusinessProfile,
    credentials=(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN),
    scope=(
        kit.ScopeOption(
            "location",
            "a location's resource name, accounts/{accountId}/locations/{locationId}",
            scope_per_value=True,
            required=True,
            unless="all_locations",
        ),
        kit.ScopeOption("all_locations", "every location of every account the user reaches, each a scope", kind="flag"),
    ),
    not_offered={
        "account_id": "name the location with --location accounts/ACCOUNT/locations/LOCATION",
        "location_id": "name the location with --location accounts/ACCOUNT/locations/LOCATION",
    },
    example="--location accounts/112233445566778899001/locations/4321098765432109876",
    # listReviews sorts by the latest change (updateTime desc, the default) and has no "changed since"
    # filter: each location's walk lists the newest change first and stops below that location's mark.
    # Every location is a scope of its own (all_locations is fanned out into them), so each keeps its own
    # mark and a location added later has its whole history exported once. Pages of 50, the most allowed.
    export=kit.ExportPolicy(
        defaults={"page_size": 50},
        order={"order_by": "updateTime desc"},
        newest_first=True,
    ),
    operations=kit.operation_list(
        list_accounts,
        list_locations,
        list_reviews,
        get_review,
        batch_get_reviews,
        update_reply,
        delete_reply,
        refresh_access_token,
    ),
    auth="OAuth2 refresh token (user-granted), access tokens renewed as they expire",
    reply=kit.ReplySupport(
        f"{update_reply.OPERATION_ID}: an upsert (PUT), so a timeout or 5xx is retried; at most 4096 bytes",
        send=_send_reply,
    ),
    fan_out=_fan_out,
    # LIM: 300 requests a minute per API; the client keeps below it by default.
    call_limit=kit.CallLimit(f"{DEFAULT_REQUESTS_PER_MINUTE} a minute, below Google's quota of 300 a minute per API"),
)

#: What ``reviewbridge`` exports from this module (its line in ``reviewbridge/__init__.py`` says the same).
EXPORTS = ("GoogleBusinessProfile", "AsyncGoogleBusinessProfile", "GoogleResume", "GoogleFilters")
