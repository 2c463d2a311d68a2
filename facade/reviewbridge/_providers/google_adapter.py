"""Google Business Profile's adapter: its credentials (a user-granted refresh token), its hosts under one base
URL, its call limit, the locations a listing names, and how a listed review is read."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict, cast

import google_client
import google_client.api
import google_client.client
import httpx
from google_client.api import PRODUCTION_URL, operation_id
from google_client.api.auth import refresh_access_token
from google_client.api.reviews import batch_get_reviews, list_reviews
from google_client.api.reviews.list_reviews import ListReviewsListingFilters
from google_client.models import Review, ReviewJSON, ReviewList

from . import _kit as kit

CLIENT_ID = kit.Credential("client_id", "REVIEWBRIDGE_GOOGLE_CLIENT_ID", "Google OAuth client id")
CLIENT_SECRET = kit.Credential("client_secret", "REVIEWBRIDGE_GOOGLE_CLIENT_SECRET", "Google OAuth client secret")
REFRESH_TOKEN = kit.Credential("refresh_token", "REVIEWBRIDGE_GOOGLE_REFRESH_TOKEN", "Google OAuth refresh token")
#: LIM: 300 requests a minute per API by default; every Google client of the process together stays below
DEFAULT_REQUESTS_PER_MINUTE = 240
#: the client-side limit by default: (calls, seconds)
RATE_LIMITS = ((DEFAULT_REQUESTS_PER_MINUTE, 60.0),)
#: the most reviews a page may hold (LIST: "The maximum pageSize is 50"), what a walk asks for
PAGE_SIZE = 50
#: LIST/REV: a reply's text is at most 4096 bytes (of UTF-8, not characters)
REPLY_MAX_BYTES = 4096
#: POSTs that only read or ask for a token: safe to repeat
_RETRYABLE_POSTS = frozenset({refresh_access_token.OPERATION_ID, batch_get_reviews.OPERATION_ID})
#: a location's resource name as the reviews API takes it
LOCATION_NAME = re.compile(r"accounts/([^/]+)/locations/([^/]+)")
#: a review's resource name
REVIEW_NAME = re.compile(r"accounts/([^/]+)/locations/([^/]+)/reviews/([^/]+)")
_STARS = {"ONE": 1.0, "TWO": 2.0, "THREE": 3.0, "FOUR": 4.0, "FIVE": 5.0}


def _error(body: Any) -> tuple[str | None, str | None]:
    # API errors: {"error": {"code", "message", "status", "details"}} (google.rpc.Status); the token
    # endpoint: RFC 6749 {"error": "invalid_grant", "error_description": ...}.
    if not isinstance(body, dict):
        return None, None
    error = body.get("error")
    if isinstance(error, dict):
        status, message = error.get("status"), error.get("message")
        return (
            status if isinstance(status, str) and status else None,
            message if isinstance(message, str) and message else None,
        )
    description = body.get("error_description")
    return (
        error if isinstance(error, str) and error else None,
        description if isinstance(description, str) and description else None,
    )


#: What a listing takes (generated from listReviews' ``x-reviewbridge-listing``): the locations by resource
#: name (``accounts/{accountId}/locations/{locationId}``): ``location`` one, ``locations`` several (walked
#: one after the other), or ``all_locations=True``: every location of every account the user reaches; and
#: listReviews' ``page_size`` (1 to 50; 50 when left out) and ``order_by``.
GoogleFilters = ListReviewsListingFilters


class GoogleResume(TypedDict, total=False):
    """Where a Google listing of one location resumes (``ReviewPage.resume``): the next page's token."""

    page_token: str


def location_parts(name: object) -> tuple[str, str]:
    """(account id, location id) of a location's resource name; a ValueError naming the form otherwise."""
    found = LOCATION_NAME.fullmatch(name) if isinstance(name, str) else None
    if found is None:
        raise ValueError(f"a location is named accounts/{{accountId}}/locations/{{locationId}}, not {name!r}")
    return found[1], found[2]


def review_parts(name: object) -> tuple[str, str, str]:
    """(account id, location id, review id) of a review's resource name; a UsageError otherwise."""
    found = REVIEW_NAME.fullmatch(name) if isinstance(name, str) else None
    if found is None:
        raise kit.UsageError(
            f"google: a review is named accounts/{{accountId}}/locations/{{locationId}}/reviews/{{reviewId}}, "
            f"not {name!r}"
        )
    return found[1], found[2], found[3]


def reply_text(text: object) -> str:
    """A reply's text, checked before sending: a non-empty string of at most 4096 bytes of UTF-8."""
    if not isinstance(text, str) or not text.strip():
        raise kit.UsageError("google: a reply needs some text (delete_reply removes a reply)")
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > REPLY_MAX_BYTES:
        raise kit.UsageError(
            f"google: a reply is at most {REPLY_MAX_BYTES} bytes of UTF-8; this one is {size} bytes "
            f"({len(text)} characters)"
        )
    return text


def split(
    location: object = None, locations: object = None, all_locations: object = None, **rest: object
) -> tuple[object, object, object, dict[str, object]]:
    """(location, locations, all_locations, the other filters) of a listing's filters (``split(**filters)``)."""
    return location, locations, all_locations, rest


def named_locations(filters: Mapping[str, object]) -> list[str] | None:
    """The locations ``filters`` name (``location`` or ``locations``), each once, in the order given; None
    for ``all_locations``. A ValueError says what is wrong with them."""
    location, locations, everything, _ = split(**filters)
    if location is not None and locations is not None:
        raise ValueError("give location or locations, not both")
    named = [location] if location is not None else locations
    if everything:
        if named is not None:
            raise ValueError("all_locations=True lists every location: name no locations with it")
        return None
    if named is None:
        raise ValueError("name the locations (location=, locations=[...]) or pass all_locations=True")
    if not isinstance(named, list | tuple) or not named:
        raise ValueError("locations is empty: name at least one, or pass all_locations=True")
    for name in named:
        location_parts(name)
    return list(dict.fromkeys(cast("list[str]", named)))


class GoogleAdapter(kit.Adapter["ReviewList", "Review", "google_client.Client"]):
    name = "google"
    #: a scope is one location (``location``), or every location (``all_locations``: an export walks each
    #: location as a scope of its own, found first)
    scope_keys: ClassVar[tuple[str, ...]] = ("location", "all_locations")
    parse_error = staticmethod(_error)
    package = kit.Generated(list_reviews, GoogleFilters, ReviewList, Review, google_client.Client)

    def __init__(
        self,
        client_id: kit.Secret,
        client_secret: kit.Secret,
        refresh_token: kit.Secret,
        token_url: str,
        base_url: str | None,
        requests_per_minute: int,
    ) -> None:
        self._auth = kit.ClientCredentialsAuth(
            token_url,
            client_id,
            client_secret,
            refresh_token=refresh_token,
            provider=self.name,
            operation=refresh_access_token.OPERATION_ID,
        )
        #: where the operations with a host of their own go: that host in production, else the base URL
        self.base_url = base_url.rstrip("/") if base_url is not None else None
        self.requests_per_minute = requests_per_minute

    def auth(self) -> kit.ClientCredentialsAuth:
        return self._auth

    def token_requests(self) -> int:
        return self._auth.token_requests

    def rate_limit(self) -> kit.RateLimit:
        # LIM: 300 QPM per API; the walks of the process (threads, tasks, an export's locations) share one.
        return kit.shared(self.name, (self.requests_per_minute, 60.0))

    def retryable_post(self, request: httpx.Request) -> bool:
        return operation_id("POST", request.url.path) in _RETRYABLE_POSTS

    def at_base(self, request: Mapping[str, Any], server: str | None) -> dict[str, Any]:
        """A generated request for an operation with its own ``server``, sent under the base URL instead
        when one was given (the sandbox serves every host under one URL)."""
        kwargs = dict(request)
        url = str(kwargs["url"])
        if self.base_url is not None and server is not None and url.startswith(server):
            kwargs["url"] = self.base_url + url[len(server) :]
        return kwargs

    def check_filters(self, filters: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        """(scope, arguments): for one location listReviews' arguments; for several (or every one) the
        checked filters, which the clients walk one location at a time."""
        checked = kit.checked_filters(self.name, self.filters, filters)
        try:
            named = named_locations(checked)
            if named is None:
                return {"location": None, "all_locations": True}, checked
            if len(named) > 1:
                return {"location": tuple(named), "all_locations": None}, checked
            _, _, _, rest = split(**checked)
            return {"location": named[0], "all_locations": None}, self.list_args({**rest, "location": named[0]})
        except ValueError as exc:
            raise kit.UsageError(f"{self.name}: invalid filter value: {exc}") from None

    def list_args(self, filters: dict[str, Any]) -> dict[str, Any]:
        """One location's listReviews arguments (the client walks several one at a time)."""
        location, locations, _, args = split(**filters)
        if locations is not None:
            raise ValueError("one location at a time")
        args["account_id"], args["location_id"] = location_parts(location)
        args.setdefault("page_size", PAGE_SIZE)
        return dict(list_reviews.filter_arguments(cast("Any", args)))

    def to_review(self, item: dict[str, Any], scope: dict[str, Any]) -> kit.Review[Review]:
        # Read through the generated ReviewJSON, so a member renamed in the spec fails mypy here (as
        # ``r[k] if k in r``: mypy checks the key of a subscript, not of ``get``).
        review = cast("ReviewJSON", item)
        name = review["name"] if "name" in review else None
        stars = review["starRating"] if "starRating" in review else None
        comment = review["comment"] if "comment" in review else None
        created = review["createTime"] if "createTime" in review else None
        updated = review["updateTime"] if "updateTime" in review else None
        reviewer = review["reviewer"] if "reviewer" in review else None
        author = None
        if isinstance(reviewer, dict) and not (reviewer["isAnonymous"] if "isAnonymous" in reviewer else False):
            # docs: an anonymous reviewer's displayName is ND: no author is taken from one
            author = reviewer["displayName"] if "displayName" in reviewer else None
        reply = review["reviewReply"] if "reviewReply" in review else None
        reply_comment = reply["comment"] if isinstance(reply, dict) and "comment" in reply else None
        created_at = kit.parse_iso(created) if created and isinstance(created, str) else None
        updated_at = kit.parse_iso(updated) if updated and isinstance(updated, str) else created_at
        return kit.new_review(
            "google",
            name if name and isinstance(name, str) else kit.identifier(name),  # the resource name: reply takes it
            _STARS.get(stars) if isinstance(stars, str) else None,  # STAR_RATING_UNSPECIFIED, unknown: no rating
            5,  # rating_max: stars
            None,  # title: Google reviews have none
            comment if comment and isinstance(comment, str) else None,  # text, as sent (translations kept whole)
            (),  # pros
            (),  # cons
            author if author and isinstance(author, str) else None,
            created_at,
            updated_at,
            reply_comment if reply_comment and isinstance(reply_comment, str) else None,  # reply
            None,  # product: reviews are of the location
            None,  # order_ref
            None,  # status
            item,
            self.models[1],
        )


def _adapter(
    client_id: str | None,
    client_secret: str | None,
    refresh_token: str | None,
    options: kit.ClientOptions,
    requests_per_minute: int,
) -> GoogleAdapter:
    requests_per_minute = kit.per_minute(requests_per_minute, f"google: {kit.REQUESTS_PER_MINUTE}")
    base_url = options.get("base_url")
    token = refresh_access_token
    # In production the token request goes to Google's OAuth host (the spec's path-level server); under
    # another base URL (the sandbox serves every host), there.
    token_url = (token.SERVER or PRODUCTION_URL) + token.PATH if base_url is None else base_url.rstrip("/") + token.PATH
    # The client secret and refresh token travel to the token URL: the same rule as for the base URL.
    kit.check_base_url(token_url, allow_insecure=options.get("allow_insecure", False))
    return GoogleAdapter(
        kit.credential(client_id, CLIENT_ID.env, what=CLIENT_ID.description),
        kit.credential(client_secret, CLIENT_SECRET.env, what=CLIENT_SECRET.description),
        kit.credential(refresh_token, REFRESH_TOKEN.env, what=REFRESH_TOKEN.description),
        token_url,
        base_url,
        requests_per_minute,
    )
