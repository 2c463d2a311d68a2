"""Google Business Profile sandbox: the OAuth token endpoint (refresh-token grant), the user's accounts
(Account Management v1), their locations (Business Information v1, ``readMask`` required), and the
reviews of each location (v4: lists with page tokens in the documented orders, one review, several
locations at once, the owner's reply written and deleted), all under one base URL.

Google serves these from four hosts; the sandbox serves each under its own path, as on its host:
``/token`` (oauth2.googleapis.com), ``/v1/accounts`` (mybusinessaccountmanagement), ``/v1/accounts/{a}/
locations`` (mybusinessbusinessinformation) and ``/v4/...`` (mybusiness). Errors are Google's envelope
``{"error": {"code", "message", "status", "details"}}``; each API allows ``--quota`` requests a minute
(Google's documented 300 by default), then answers 429 ``RESOURCE_EXHAUSTED``. Scopes (``/_sandbox/...
?scope=``) are locations by their v4 names, ``-`` standing for every account or location, and the
example scope ``example.com``, the location group's first location (``--reviews`` reviews, as every
sandbox's example scope has).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, ClassVar
from urllib.parse import parse_qsl

import httpx
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from . import _google_query as query
from ._auth import basic_credentials, bearer_token
from ._faults import Stats
from ._google_data import Location
from ._google_errors import DENIED, NOT_FOUND, UNAUTHENTICATED, envelope, field_violation, info, retry_after
from ._google_oauth import CLIENT_ID, CLIENT_SECRET, FORM, NO_STORE, REFRESH_TOKEN, TOKEN_LIFETIME_S, OAuth, OAuthError
from ._google_quota import DOCUMENTED_PER_MINUTE, Quota
from ._google_store import Store
from ._google_table import INDEX_MASK, PageTokens, page_before
from ._http import BadInput, json_response, read_json
from ._provider import Provider
from ._settings import Settings

ACCOUNTS_API = "mybusinessaccountmanagement.googleapis.com"
LOCATIONS_API = "mybusinessbusinessinformation.googleapis.com"
REVIEWS_API = "mybusiness.googleapis.com"
REVIEWS = "/v4/accounts/{accountId}/locations/{locationId}/reviews"
ACCOUNT_PAGE = 20  # "The default and maximum is 20"
LOCATION_PAGE, LOCATION_PAGE_MAX = 10, 100
# docs: the reviews list's default page size is ND (its maximum is 50); the sandbox gives the maximum.
REVIEW_PAGE = 50


class Google(Provider):
    name = "google"
    stamp_fields = ("createTime", "updateTime")
    deletes = True
    credentials_env: ClassVar[Mapping[str, str]] = {
        "REVIEWBRIDGE_GOOGLE_CLIENT_ID": CLIENT_ID,
        "REVIEWBRIDGE_GOOGLE_CLIENT_SECRET": CLIENT_SECRET,
        "REVIEWBRIDGE_GOOGLE_REFRESH_TOKEN": REFRESH_TOKEN,
    }

    @classmethod
    async def credentials(cls, http: httpx.AsyncClient) -> dict[str, str]:
        form = {
            "grant_type": "refresh_token",
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "refresh_token": REFRESH_TOKEN,
        }
        response = await http.post("/token", data=form)
        response.raise_for_status()
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    def __init__(self, settings: Settings, stats: Stats) -> None:
        super().__init__(settings, stats)
        self.oauth = OAuth(settings.token_lifetime(TOKEN_LIFETIME_S))
        self.quota = Quota(settings.quota_per_minute(DOCUMENTED_PER_MINUTE))
        self.store = Store(settings)
        self.pages = PageTokens(settings.seed)

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/token", self.token, methods=["POST"]),
            Route("/v1/accounts", self.list_accounts, methods=["GET"]),
            Route("/v1/accounts/{accountId}/locations", self.list_locations, methods=["GET"]),
            Route(REVIEWS, self.list_reviews, methods=["GET"]),
            Route(REVIEWS + "/{reviewId}", self.get_review, methods=["GET"]),
            Route("/v4/accounts/{accountId}/locations:batchGetReviews", self.batch_get_reviews, methods=["POST"]),
            Route(REVIEWS + "/{reviewId}/reply", self.reply, methods=["PUT", "DELETE"]),
        ]

    def error(self, status: int, message: str, headers: Mapping[str, str] | None = None) -> Response:
        return envelope(status, message, headers=headers)

    # ---------- the token endpoint ----------

    async def token(self, request: Request) -> Response:
        self.stats.token_requests += 1
        try:
            if request.headers.get("content-type", "").split(";")[0].strip().lower() != FORM:
                raise OAuthError(400, "invalid_request", f"Content-Type must be {FORM}")
            try:
                form = dict(parse_qsl((await request.body()).decode("utf-8"), keep_blank_values=True))
            except (UnicodeDecodeError, ValueError):
                raise OAuthError(400, "invalid_request", "Malformed form body") from None
            return json_response(self.oauth.grant(form, basic_credentials(request)), headers=NO_STORE)
        except OAuthError as refused:
            return json_response(refused.body, refused.status, NO_STORE)

    # ---------- what every API call passes first ----------

    def _gate(self, request: Request, api: str) -> Response | None:
        """The refusal of a call without a valid access token, or over the API's quota; else None."""
        token = bearer_token(request)
        if not self.oauth.valid(token):
            reason = "ACCESS_TOKEN_EXPIRED" if token else "CREDENTIALS_MISSING"
            challenge = 'Bearer realm="https://accounts.google.com/"' + (', error="invalid_token"' if token else "")
            return envelope(401, UNAUTHENTICATED, [info(reason, api)], {"WWW-Authenticate": challenge})
        if not self.quota.admit(api):
            limit = str(self.quota.per_minute)
            message = f"Quota exceeded for quota metric 'Requests' and limit 'Requests per minute' of service '{api}'."
            details = [info("RATE_LIMIT_EXCEEDED", api, quota_limit_value=limit), retry_after(self.quota.retry_in(api))]
            return envelope(429, message, details)
        return None

    def _account(self, request: Request, api: str) -> str | Response:
        """The account the path names, for a call that passed the gate; else the refusal (the gate's, or
        an account the user does not reach)."""
        refused = self._gate(request, api)
        if refused is not None:
            return refused
        account: str = request.path_params["accountId"]
        return account if account in self.store.directory.account_ids else envelope(403, DENIED)

    def _location(self, request: Request) -> Location | Response:
        """The location a reviews call's path names, else the refusal (the account's, no such location)."""
        account = self._account(request, REVIEWS_API)
        if isinstance(account, Response):
            return account
        location = self.store.directory.location(f"accounts/{account}/locations/{request.path_params['locationId']}")
        return envelope(404, NOT_FOUND) if location is None else location

    @staticmethod
    def _bad(exc: BadInput, field: str | None = None) -> Response:
        details = [field_violation(field, exc.message)] if field else None
        return envelope(400, exc.message, details)

    def _after(self, listing: str, token: str | None) -> int | None:
        """The position a ``pageToken`` of ``listing`` holds (None without one); BadInput for another token."""
        if not token:
            return None
        position = self.pages.decode(listing, token)
        if position is None:
            raise BadInput("Invalid page token")
        return position

    # ---------- accounts and locations ----------

    async def list_accounts(self, request: Request) -> Response:
        refused = self._gate(request, ACCOUNTS_API)
        if refused is not None:
            return refused
        q = request.query_params
        try:
            size = query.page_size(q, ACCOUNT_PAGE, ACCOUNT_PAGE)
            kind = query.account_filter(q)
            parent = q.get("parentAccount")
            if parent is not None and not re.fullmatch(r"accounts/[^/]+", parent):
                raise BadInput("parentAccount must be an account's name, accounts/{account_id}")
            listing = f"accounts|{parent}|{kind}"
            start = self._after(listing, q.get("pageToken")) or 0
        except BadInput as exc:
            return self._bad(exc)
        accounts = self.store.directory.accounts()
        if parent is not None:
            if parent.removeprefix("accounts/") not in self.store.directory.account_ids:
                return envelope(403, DENIED)
            accounts = []  # docs: the sandbox's accounts hold no sub-accounts
        selected = [account for account in accounts if kind is None or account["type"] == kind]
        return json_response(self._page("accounts", selected, start, size, listing))

    async def list_locations(self, request: Request) -> Response:
        account = self._account(request, LOCATIONS_API)
        if isinstance(account, Response):
            return account
        q = request.query_params
        try:
            mask = query.read_mask(q)
        except BadInput as exc:
            return self._bad(exc, "read_mask")
        try:
            size = query.page_size(q, LOCATION_PAGE, LOCATION_PAGE_MAX)
            matches = query.location_filter(q)
            order = query.location_order(q)
            listing = f"locations|{account}|{q.get('filter')}|{order}"
            start = self._after(listing, q.get("pageToken")) or 0
        except BadInput as exc:
            return self._bad(exc)
        directory = self.store.directory
        docs = [directory.location_doc(location) for location in directory.of_account(account)]
        if matches is not None:
            docs = [doc for doc in docs if matches(doc)]
        for field, descending in reversed(order):
            docs.sort(key=lambda doc: str(doc.get(field, "")), reverse=descending)
        body = self._page("locations", [query.masked(doc, mask) for doc in docs], start, size, listing)
        if matches is not None and docs:
            body["totalSize"] = len(docs)  # "only returned if filter is used"
        return json_response(body)

    def _page(self, member: str, items: list[dict[str, Any]], start: int, size: int, listing: str) -> dict[str, Any]:
        """One page of a short list (paged by position); empty members are left out, as Google's JSON does."""
        body: dict[str, Any] = {}
        if items[start : start + size]:
            body[member] = items[start : start + size]
        if start + size < len(items):
            body["nextPageToken"] = self.pages.encode(listing, start + size)
        return body

    # ---------- reviews ----------

    async def list_reviews(self, request: Request) -> Response:
        location = self._location(request)
        if isinstance(location, Response):
            return location
        q = request.query_params
        try:
            size = query.page_size(q, REVIEW_PAGE, REVIEW_PAGE)
            order = query.review_order(q.get("orderBy"))
            listing = f"reviews|{location.parent}|{order}"
            before = self._after(listing, q.get("pageToken"))
        except BadInput as exc:
            return self._bad(exc)
        table = self.store.table(location)
        keys = table.keys(order)
        page = page_before(keys, before, size)
        body: dict[str, Any] = {}
        if page:  # "reviews" first: the "future" lie stamps the first list of the body
            body["reviews"] = [table.doc(key & INDEX_MASK) for key in page]
        average, total = table.summary()
        if average:  # Google's JSON leaves out zeros
            body["averageRating"] = average
        if total:
            body["totalReviewCount"] = total
        if page and keys[0] < page[-1]:
            body["nextPageToken"] = self.pages.encode(listing, page[-1])
        return json_response(body)

    async def get_review(self, request: Request) -> Response:
        location = self._location(request)
        if isinstance(location, Response):
            return location
        found = self.store.find(location, request.path_params["reviewId"])
        if found is None:  # "Returns NOT_FOUND if the review does not exist or has been deleted"
            return envelope(404, NOT_FOUND)
        table, index = found
        return json_response(table.doc(index))

    async def batch_get_reviews(self, request: Request) -> Response:
        account = self._account(request, REVIEWS_API)
        if isinstance(account, Response):
            return account
        try:
            asked = query.batch(await read_json(request))
        except BadInput as exc:
            return self._bad(exc)
        locations = []
        for name in asked.location_names:
            location = self.store.directory.location(name)
            if location is None or location.account != account or name != location.parent:
                return envelope(404, f"{NOT_FOUND} ({name} is no location of accounts/{account})")
            locations.append(location)
        listing = f"batch|{account}|{','.join(asked.location_names)}|{asked.order}|{asked.ignore_rating_only}"
        try:
            before = self._after(listing, asked.page_token)
        except BadInput as exc:
            return self._bad(exc)
        view = self.store.merged(
            (self.store.table(location) for location in locations), asked.order, commented=asked.ignore_rating_only
        )
        page = page_before(view.keys, before, asked.page_size)
        body: dict[str, Any] = {}
        if page:
            found = [view.review(key) for key in page]
            body["locationReviews"] = [{"name": t.data.location.parent, "review": t.doc(i)} for t, i in found]
        if page and view.keys[0] < page[-1]:
            body["nextPageToken"] = self.pages.encode(listing, page[-1])
        return json_response(body)

    async def reply(self, request: Request) -> Response:
        """``updateReply`` (PUT: "A reply is created if one does not exist") or ``deleteReply`` (DELETE:
        an empty object, also when there was no reply: docs ND)."""
        location = self._location(request)
        if isinstance(location, Response):
            return location
        comment = None
        if request.method == "PUT":
            try:
                comment = query.reply_comment(await read_json(request))
            except BadInput as exc:
                return self._bad(exc, "comment")
        found = self.store.find(location, request.path_params["reviewId"])
        if found is None:
            return envelope(404, NOT_FOUND)
        table, index = found
        if comment is None:
            self.store.delete_reply(table, index)
            return json_response({})
        return json_response(self.store.set_reply(table, index, comment))

    # ---------- admin ----------

    tells_length = True

    def end_early(self, page: dict[str, Any]) -> dict[str, Any] | None:
        """A review page before the last (it has a ``nextPageToken``), halved and without its token."""
        reviews = page.get("reviews")
        if not isinstance(reviews, list) or "totalReviewCount" not in page or "nextPageToken" not in page:
            return None
        short = {key: value for key, value in page.items() if key != "nextPageToken"}
        return {**short, "reviews": reviews[: len(reviews) // 2]}

    def dataset(self, scope: str) -> list[dict[str, str]]:
        return self.store.dataset(scope)

    def churn(self, scope: str, add: int, update: int) -> dict[str, Any]:
        return self.store.churn(scope, add, update)

    def delete(self, scope: str, count: int) -> list[str]:
        return self.store.delete(scope, count)
