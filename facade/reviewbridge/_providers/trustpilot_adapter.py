"""Trustpilot's adapter: its credentials, its auth (the API key on every request, a business-user token besides
except on the public operations), its call limits and resume point, and how a listed review is read."""

from __future__ import annotations

import os
from collections.abc import AsyncGenerator, Generator
from typing import Any, ClassVar, TypedDict, cast

import httpx
import trustpilot_client
import trustpilot_client.api
import trustpilot_client.client
from trustpilot_client.api import operation_id
from trustpilot_client.api.auth import get_access_token
from trustpilot_client.api.business_units import find_business_unit
from trustpilot_client.api.reviews import (
    list_private_reviews,
)
from trustpilot_client.api.reviews.list_private_reviews import ListPrivateReviewsFilterName
from trustpilot_client.api.reviews.list_private_reviews import ListPrivateReviewsFilters as TrustpilotFilters
from trustpilot_client.models import PrivateReview, PrivateReviewJSON, PrivateReviewList

from . import _kit as kit

API_KEY = kit.Credential("api_key", "REVIEWBRIDGE_TRUSTPILOT_API_KEY", "Trustpilot API key")
API_SECRET = kit.Credential("api_secret", "REVIEWBRIDGE_TRUSTPILOT_API_SECRET", "Trustpilot API secret")
#: Trustpilot's recommended limits: (calls, seconds), for every client of the process together
RATE_LIMITS = ((833, 300.0), (10_000, 3600.0))
#: the operations that take the API key alone (no access token)
PUBLIC_OPERATIONS = frozenset({find_business_unit.OPERATION_ID})


def _error(body: Any) -> tuple[str | None, str | None]:
    # {"message", "errorCode", "details", "correlationId"} (the body a user reported; ND in the docs).
    if not isinstance(body, dict):
        return None, None
    code = body.get("errorCode")
    message = body.get("message")
    return (
        str(code) if isinstance(code, int) and not isinstance(code, bool) else None,
        message if isinstance(message, str) and message else None,
    )


class TrustpilotResume(TypedDict, total=False):
    """Where a Trustpilot listing resumes (``ReviewPage.resume``): the next page number."""

    page: int


class TrustpilotAuth(httpx.Auth):
    """The API key on every request (as Trustpilot's own Python client sends it); a business-user access
    token as well, except on the public operations. One token for the client's life while it lasts:
    Trustpilot answers 429 to clients that ask for tokens too often."""

    requires_response_body = False

    def __init__(self, api_key: kit.Secret, tokens: kit.ClientCredentialsAuth) -> None:
        self._api_key = api_key
        self.tokens = tokens

    def _keyed(self, request: httpx.Request) -> httpx.Auth | None:
        request.headers["apikey"] = self._api_key.reveal()
        return None if operation_id(request.method, request.url.path) in PUBLIC_OPERATIONS else self.tokens

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        tokens = self._keyed(request)
        if tokens is None:
            yield request
        else:
            yield from tokens.sync_auth_flow(request)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        tokens = self._keyed(request)
        if tokens is None:
            yield request
            return
        flow = tokens.async_auth_flow(request)  # an async generator cannot ``yield from``: driven by hand
        sent = await flow.__anext__()
        while True:
            response = yield sent
            try:
                sent = await flow.asend(response)
            except StopAsyncIteration:
                return

    def __repr__(self) -> str:
        return f"TrustpilotAuth(tokens={self.tokens!r})"


class TrustpilotAdapter(kit.Adapter["PrivateReviewList", "PrivateReview", "trustpilot_client.Client"]):
    name = "trustpilot"
    scope_keys: ClassVar[tuple[ListPrivateReviewsFilterName, ...]] = ("business_unit_id",)
    parse_error = staticmethod(_error)
    package = kit.Generated(
        list_private_reviews,
        TrustpilotFilters,
        PrivateReviewList,
        PrivateReview,
        trustpilot_client.Client,
    )

    def __init__(
        self,
        api_key: kit.Secret,
        api_secret: kit.Secret,
        token_url: str,
        cache: kit.TokenCache | None,
        requests_per_minute: int | None = None,
    ) -> None:
        tokens = kit.ClientCredentialsAuth(
            token_url,
            api_key,
            api_secret,
            provider=self.name,
            credentials_in="basic",
            operation=get_access_token.OPERATION_ID,
            cache=cache,
        )
        self._auth = TrustpilotAuth(api_key, tokens)
        #: the user's limit, which replaces Trustpilot's recommended ones (None: those)
        self.windows = None if requests_per_minute is None else ((requests_per_minute, 60.0),)

    def auth(self) -> TrustpilotAuth:
        return self._auth

    def token_requests(self) -> int:
        return self._auth.tokens.token_requests

    def rate_limit(self) -> kit.RateLimit:
        # RL: "don't exceed 833 calls per 5 minutes or 10K calls per hour"; failed calls count too.
        return kit.shared(self.name, *(self.windows or RATE_LIMITS))

    def retryable_post(self, request: httpx.Request) -> bool:
        # Asking for another token is harmless (a 429 is waited out); a reply messages the consumer.
        return operation_id("POST", request.url.path) == get_access_token.OPERATION_ID

    def to_review(self, item: dict[str, Any], scope: dict[str, Any]) -> kit.Review[PrivateReview]:
        # read flat through the generated JSON types (see Adapter.to_review)
        review = cast("PrivateReviewJSON", item)
        review_id = review["id"] if "id" in review else None
        stars = review["stars"] if "stars" in review else None
        title = review["title"] if "title" in review else None
        body = review["text"] if "text" in review else None
        created = review["createdAt"] if "createdAt" in review else None
        updated = review["updatedAt"] if "updatedAt" in review else None
        reference = review["referenceId"] if "referenceId" in review else None
        status = review["status"] if "status" in review else None
        consumer = review["consumer"] if "consumer" in review else None
        author = consumer["displayName"] if isinstance(consumer, dict) and "displayName" in consumer else None
        reply = review["companyReply"] if "companyReply" in review else None
        reply_text = reply["text"] if isinstance(reply, dict) and "text" in reply else None
        # Zone-less stamps (the docs' examples) are UTC: parse_iso reads them so.
        created_at = kit.parse_iso(created) if created and isinstance(created, str) else None
        # A review never edited (updatedAt null) last changed when it was written.
        updated_at = kit.parse_iso(updated) if updated and isinstance(updated, str) else created_at
        return kit.new_review(
            "trustpilot",
            review_id if review_id and isinstance(review_id, str) else kit.identifier(review_id),
            float(stars) if isinstance(stars, int | float) and not isinstance(stars, bool) else None,
            5,  # rating_max: stars
            title if title and isinstance(title, str) else None,
            body if body and isinstance(body, str) else None,  # text
            (),  # pros
            (),  # cons
            author if author and isinstance(author, str) else None,
            created_at,
            updated_at,
            reply_text if reply_text and isinstance(reply_text, str) else None,  # reply
            None,  # product: service reviews are about the business
            reference if reference and isinstance(reference, str) else None,  # order_ref
            status if status and isinstance(status, str) else None,
            item,
            self.models[1],
        )


def _adapter(
    api_key: str | None,
    api_secret: str | None,
    options: kit.ClientOptions,
    token_cache: str | os.PathLike[str] | None,
    requests_per_minute: int | None = None,
) -> TrustpilotAdapter:
    if requests_per_minute is not None:
        requests_per_minute = kit.per_minute(requests_per_minute, f"trustpilot: {kit.REQUESTS_PER_MINUTE}")
    # The token operation is served by the API's own server (the spec names none of its own).
    base_url = options.get("base_url") or TrustpilotAdapter.production_url
    key = API_KEY.read(api_key)
    secret = API_SECRET.read(api_secret)
    token_url = (get_access_token.SERVER or base_url.rstrip("/")) + get_access_token.PATH
    cache = kit.TokenCache.configured(token_cache, token_url, key, secret)
    return TrustpilotAdapter(key, secret, token_url, cache, requests_per_minute)
