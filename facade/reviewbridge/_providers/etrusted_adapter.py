"""eTrusted's adapter: its credentials, filters (channels in one walk) and resume point, and how a
listed review is read."""

from __future__ import annotations

from typing import Any, ClassVar, Literal, TypedDict, cast

import etrusted_client
import etrusted_client.api
import etrusted_client.client
import httpx
from etrusted_client.api import operation_id
from etrusted_client.api.customer_reviews import request_access_token
from etrusted_client.api.reviews import (
    get_reviews,
    save_review_reply,
)
from etrusted_client.api.reviews.get_reviews import GetReviewsFilterName, GetReviewsListingFilters
from etrusted_client.models import (
    AccessTokenRequestAudience,
    CustomerReview,
    CustomerReviewJSON,
    CustomerReviewList,
)

from . import _kit as kit

CLIENT_ID = kit.Credential("client_id", "REVIEWBRIDGE_ETRUSTED_CLIENT_ID", "eTrusted client id")
CLIENT_SECRET = kit.Credential("client_secret", "REVIEWBRIDGE_ETRUSTED_CLIENT_SECRET", "eTrusted client secret")
#: the ``audience`` of eTrusted's token request: the one value its spec allows
AUDIENCE = AccessTokenRequestAudience.HTTPSAPI_ETRUSTED_COM.value
#: POSTs that are safe to repeat: asking for another token, saving a review's one reply again (it replaces
#: itself); a veto (a ticket each time) is not repeated
_RETRYABLE_POSTS = frozenset({request_access_token.OPERATION_ID, save_review_reply.OPERATION_ID})


def _error(body: Any) -> tuple[str | None, str | None]:
    # API errors come without a body; the token endpoint answers with RFC 6749 {error, error_description}.
    if isinstance(body, dict) and isinstance(body.get("error"), str):
        return body["error"], body.get("error_description")
    return None, None


#: What eTrusted's listing takes (generated from getReviews' ``x-reviewbridge-listing``): the ``getReviews``
#: parameters, ``channels`` naming the channels to list in one walk; ``channel_id`` (one id, or several) is
#: the same, kept for existing callers; neither, or ``all_channels=True``: every channel of the account.
ETrustedFilters = GetReviewsListingFilters


class ETrustedResume(TypedDict, total=False):
    """Where an eTrusted listing resumes (``ReviewPage.resume``): the cursor after the last page."""

    after: str


def _channels(filters: dict[str, Any]) -> tuple[str, ...] | None:
    """The channel ids ``filters`` names (taken out of them): sorted, without repeats; None for the whole
    account. A ValueError says what is wrong with them."""
    channels, channel_id = filters.pop("channels", None), filters.pop("channel_id", None)
    everything = filters.pop("all_channels", None)
    if channels is not None and channel_id is not None:
        raise ValueError("give channels or channel_id, not both")
    named = channels if channels is not None else [channel_id] if isinstance(channel_id, str) else channel_id
    if named is None:
        return None
    if everything:
        raise ValueError("all_channels=True lists every channel: name no channels with it")
    if not named:
        raise ValueError("channels is empty: leave it out (or pass all_channels=True) for every channel")
    bad = [c for c in named if not c or "," in c]
    if bad:  # the ids travel comma-separated
        raise ValueError(f"a channel id must be non-empty and without commas, not {bad[0]!r}")
    return tuple(sorted(set(named)))


class ETrustedAdapter(kit.Adapter["CustomerReviewList", "CustomerReview", "etrusted_client.Client"]):
    name = "etrusted"
    #: a scope is a set of channels (``channel_id``: their sorted ids) or the whole account (``all_channels``);
    #: one channel's scope is what it was when channels were listed one at a time
    scope_keys: ClassVar[tuple[GetReviewsFilterName | Literal["channel_id", "all_channels"], ...]] = (
        "channel_id",
        "all_channels",
    )
    parse_error = staticmethod(_error)
    package = kit.Generated(get_reviews, ETrustedFilters, CustomerReviewList, CustomerReview, etrusted_client.Client)

    def __init__(self, client_id: kit.Secret, client_secret: kit.Secret, token_url: str) -> None:
        self._auth = kit.ClientCredentialsAuth(
            token_url, client_id, client_secret, audience=AUDIENCE, provider=self.name
        )

    def auth(self) -> kit.ClientCredentialsAuth:
        return self._auth

    def token_requests(self) -> int:
        return self._auth.token_requests

    def retryable_post(self, request: httpx.Request) -> bool:
        return operation_id("POST", request.url.path) in _RETRYABLE_POSTS

    def check_filters(self, filters: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        _, args = super().check_filters(filters)
        # One scope per set of channels, however they were named.
        channels = args.get("channels")
        scope = {"channel_id": tuple(channels), "all_channels": None} if channels else {"all_channels": True}
        return scope, args

    def list_args(self, filters: dict[str, Any]) -> dict[str, Any]:
        args = dict(filters)
        channels = _channels(args)  # the SDK's channel options, as getReviews' channels
        if channels is not None:
            args["channels"] = list(channels)
        return super().list_args(args)

    def to_review(self, item: dict[str, Any], scope: dict[str, Any]) -> kit.Review[CustomerReview]:
        # read flat through the generated JSON types (see Adapter.to_review)
        review = cast("CustomerReviewJSON", item)
        review_id = review["id"] if "id" in review else None
        rating = review["rating"] if "rating" in review else None
        title = review["title"] if "title" in review else None
        comment = review["comment"] if "comment" in review else None
        submitted_at = review["submittedAt"] if "submittedAt" in review else None
        updated_at = review["updatedAt"] if "updatedAt" in review else None
        state = review["state"] if "state" in review else None  # the docs' examples show {}: not a status
        author = None
        customer = review["customer"] if "customer" in review else None
        if isinstance(customer, dict):
            full_name = customer["fullName"] if "fullName" in customer else None
            first_name = customer["firstName"] if "firstName" in customer else None
            author = (
                full_name
                if full_name and isinstance(full_name, str)
                else first_name
                if first_name and isinstance(first_name, str)
                else None
            )
        reply = review["reply"] if "reply" in review else None
        reply_text = reply["comment"] if isinstance(reply, dict) and "comment" in reply else None
        product = review["product"] if "product" in review else None
        product_name = product["name"] if isinstance(product, dict) and "name" in product else None
        transaction = review["transaction"] if "transaction" in review else None
        reference = transaction["reference"] if isinstance(transaction, dict) and "reference" in transaction else None
        return kit.new_review(
            "etrusted",
            review_id if review_id and isinstance(review_id, str) else kit.identifier(review_id),
            float(rating) if isinstance(rating, (int, float)) and not isinstance(rating, bool) else None,
            5,  # rating_max: stars
            title if title and isinstance(title, str) else None,
            comment if comment and isinstance(comment, str) else None,  # text
            (),  # pros
            (),  # cons
            author,
            kit.parse_iso(submitted_at) if submitted_at and isinstance(submitted_at, str) else None,  # created_at
            kit.parse_iso(updated_at) if updated_at and isinstance(updated_at, str) else None,
            reply_text if reply_text and isinstance(reply_text, str) else None,  # reply
            product_name if product_name and isinstance(product_name, str) else None,  # product
            reference if reference and isinstance(reference, str) else None,  # order_ref
            state if state and isinstance(state, str) else None,  # status
            item,
            self.models[1],
        )


def _adapter(
    client_id: str | None, client_secret: str | None, options: kit.ClientOptions, token_url: str | None
) -> ETrustedAdapter:
    base_url = options.get("base_url")
    if token_url is None:
        token = request_access_token
        # In production the token operation lives on its own server (the spec's path-level one);
        # the sandbox, or any other base URL, serves its own token endpoint.
        token_url = token.SERVER + token.PATH if base_url is None else base_url.rstrip("/") + token.PATH
    # The client secret travels to the token URL: the same rule as for the API's base URL.
    kit.check_base_url(token_url, allow_insecure=options.get("allow_insecure", False))
    return ETrustedAdapter(
        CLIENT_ID.read(client_id),
        CLIENT_SECRET.read(client_secret),
        token_url,
    )
