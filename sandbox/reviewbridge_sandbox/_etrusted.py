"""eTrusted sandbox: OAuth2 client-credentials tokens; the ``/reviews`` family (lists over one channel,
several or the whole account, minimal lists, counts, one review, vetos written and read back, replies)
and the deprecated channel-scoped operations, all over one store (see ``_etrusted_account``).

API errors have no body (as documented); the token endpoint answers RFC 6749 error objects.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Mapping
from typing import Any, ClassVar
from urllib.parse import parse_qsl

import httpx
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from . import _text as text
from ._auth import TokenStore, bearer_token, same
from ._etrusted_account import Account, View
from ._etrusted_data import STATES, TYPES, edit
from ._etrusted_table import Channel, Filters, core_of, minimal, present
from ._faults import Stats
from ._http import (
    BadInput,
    empty_response,
    json_response,
    link,
    query_bool,
    query_csv,
    query_datetime,
    query_int,
    query_list,
    read_json,
    with_params,
)
from ._provider import Provider
from ._rand import rng
from ._settings import Settings
from ._table import first_above, first_at_or_above
from ._times import iso_ms, now_ms

CLIENT_ID = "sandbox-client"
CLIENT_SECRET = "sandbox-secret"
TOKEN_LIFETIME_S = 300.0  # "tokens live about 300 seconds"
AUDIENCE = "https://api.etrusted.com"
ORDERS = ("submittedAt", "updatedAt", "editedAt")
EXTRAS = ("VETO", "ATTACHMENTS", "ORIGINAL_REVIEW")
STATUS_FILTER = ("APPROVED", "MODERATION", "REJECTED")
MAX_COUNT = 1000
MAX_MINIMAL_COUNT = 5000


class Etrusted(Provider):
    name = "etrusted"
    deletes = True
    stamp_fields = ("updatedAt",)
    credentials_env: ClassVar[Mapping[str, str]] = {
        "REVIEWBRIDGE_ETRUSTED_CLIENT_ID": CLIENT_ID,
        "REVIEWBRIDGE_ETRUSTED_CLIENT_SECRET": CLIENT_SECRET,
    }

    @classmethod
    async def credentials(cls, http: httpx.AsyncClient) -> dict[str, str]:
        form = {
            "grant_type": "client_credentials",
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "audience": AUDIENCE,
        }
        response = await http.post("/oauth/token", data=form)
        response.raise_for_status()
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    def __init__(self, settings: Settings, stats: Stats) -> None:
        super().__init__(settings, stats)
        self.tokens = TokenStore(settings.token_lifetime(TOKEN_LIFETIME_S))
        self.account = Account(settings)

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/oauth/token", self.token, methods=["POST"]),
            Route("/reviews", self.get_reviews, methods=["GET"]),
            Route("/reviews-minimal", self.get_minimal_reviews, methods=["GET"]),
            Route("/reviews/count", self.get_reviews_count, methods=["GET"]),
            Route("/reviews/{reviewId}", self.get_review, methods=["GET"]),
            Route("/reviews/{reviewId}/vetos", self.review_veto, methods=["GET", "POST"]),
            Route("/reviews/{reviewId}/reply", self.review_reply, methods=["POST", "DELETE"]),
            Route("/channels/{channelId}/customer-reviews", self.list_channel_reviews, methods=["GET"]),
            Route(
                "/channels/{channelId}/customer-reviews/{customerReviewId}", self.get_channel_review, methods=["GET"]
            ),
            Route(
                "/channels/{channelId}/customer-reviews/{customerReviewId}/vetos",
                self.channel_veto,
                methods=["POST"],
            ),
        ]

    def error(self, status: int, message: str, headers: Mapping[str, str] | None = None) -> Response:
        return empty_response(status, headers)

    def _oauth_error(self, status: int, code: str, description: str) -> Response:
        return json_response({"error": code, "error_description": description}, status)

    async def token(self, request: Request) -> Response:
        self.stats.token_requests += 1
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type != "application/x-www-form-urlencoded":
            return self._oauth_error(400, "invalid_request", "Content-Type must be application/x-www-form-urlencoded")
        try:
            form = dict(parse_qsl((await request.body()).decode("utf-8"), keep_blank_values=True, strict_parsing=False))
        except (UnicodeDecodeError, ValueError):
            return self._oauth_error(400, "invalid_request", "Malformed form body")
        grant_type = form.get("grant_type")
        if not grant_type:
            return self._oauth_error(400, "invalid_request", "grant_type is required")
        if grant_type != "client_credentials":
            return self._oauth_error(400, "unsupported_grant_type", "Unsupported grant type")
        if "client_id" not in form or "client_secret" not in form:
            return self._oauth_error(400, "invalid_request", "client_id and client_secret are required")
        if not (same(form["client_id"], CLIENT_ID) and same(form["client_secret"], CLIENT_SECRET)):
            return self._oauth_error(401, "invalid_client", "Unauthorized")
        if form.get("audience") != AUDIENCE:  # docs: the token request requires audience
            return self._oauth_error(400, "invalid_request", f"audience is required and must be {AUDIENCE}")
        return json_response(
            {
                "access_token": self.tokens.issue(),
                "expires_in": math.ceil(self.tokens.ttl),
                "token_type": "Bearer",
                "scope": "customer-reviews:read customer-reviews:veto",
            },
            headers={"Cache-Control": "no-store", "Pragma": "no-cache"},
        )

    def _authorized(self, request: Request) -> bool:
        return self.tokens.valid(bearer_token(request))

    # ---------- reading requests ----------

    @staticmethod
    def _filters(request: Request, *, extensible: bool) -> Filters:
        """The list filters. The deprecated operations refuse unknown statuses and types; the ``/reviews``
        family takes them (the enumerations are extensible: a value this sandbox does not know matches
        nothing) and adds ``sku``."""
        q = request.query_params
        ratings = query_csv(q, "rating", ("1", "2", "3", "4", "5"))
        states: Collection[str] | None = (
            query_list(q, "status") if extensible else query_csv(q, "status", STATUS_FILTER)
        )
        types: Collection[str] | None = query_list(q, "type") if extensible else query_csv(q, "type", TYPES)
        query = q.get("query")
        skus = query_list(q, "sku") if extensible else None
        return Filters(
            ratings=None if ratings is None else frozenset(int(r) for r in ratings),
            states=None if states is None else _positions(STATES, states),
            types=None if types is None else _positions(TYPES, types),
            has_reply=query_bool(q, "hasReply"),
            submitted_after=query_datetime(q, "submittedAfter", millis=True),
            submitted_before=query_datetime(q, "submittedBefore", millis=True),
            ignore_statements=bool(query_bool(q, "ignoreStatements", True)),
            query=query.lower() if query else None,
            skus=None if skus is None else frozenset(skus),
        )

    def _channel_ids(self, request: Request) -> tuple[str, ...]:
        """``channels`` (comma-separated, repeats ignored), or the account's own channels when absent."""
        return query_list(request.query_params, "channels") or self.account.channel_ids

    def _review(self, request: Request) -> tuple[Channel, int] | None:
        return self.account.find(request.path_params["reviewId"])

    # ---------- the /reviews family ----------

    async def get_reviews(self, request: Request) -> Response:
        return await self._account_list(request, minimal_items=False)

    async def get_minimal_reviews(self, request: Request) -> Response:
        return await self._account_list(request, minimal_items=True)

    async def _account_list(self, request: Request, *, minimal_items: bool) -> Response:
        if not self._authorized(request):
            return empty_response(401)
        q = request.query_params
        try:
            filters = self._filters(request, extensible=True)
            count = query_int(
                q, "count", default=50, minimum=1, maximum=MAX_MINIMAL_COUNT if minimal_items else MAX_COUNT
            )
            # Extensible: blocks this sandbox does not know are left out.
            extras = frozenset() if minimal_items else frozenset(query_list(q, "additionalInformation") or ())
            channel_ids = self._channel_ids(request)
        except BadInput:
            return empty_response(400)
        # docs: unknown orderBy values fall back to submittedAt.
        order = q.get("orderBy", "submittedAt")
        if order not in ORDERS:
            order = "submittedAt"

        def item(channel: Channel, index: int) -> dict[str, Any]:
            doc = channel.doc(index)
            return minimal(doc) if minimal_items else present(doc, extras, channel.vetos.get(index))

        view = self.account.view(channel_ids, order, filters)
        return self._page(request, view, order, count, item)

    async def get_reviews_count(self, request: Request) -> Response:
        if not self._authorized(request):
            return empty_response(401)
        try:
            filters = self._filters(request, extensible=True)
            channel_ids = self._channel_ids(request)
        except BadInput:
            return empty_response(400)
        view = self.account.view(channel_ids, "submittedAt", filters)
        return json_response(
            {"accountId": self.account.id, "channelList": list(channel_ids), "totalElements": len(view.keys)}
        )

    async def get_review(self, request: Request) -> Response:
        if not self._authorized(request):
            return empty_response(401)
        found = self._review(request)
        if found is None:
            return empty_response(404)
        channel, index = found
        return json_response(present(channel.doc(index), frozenset(), None))

    async def review_veto(self, request: Request) -> Response:
        if not self._authorized(request):
            return empty_response(401)
        if request.method == "POST":
            return await self._create_veto(request, self._review)
        found = self._review(request)
        veto = None if found is None else found[0].vetos.get(found[1])
        return empty_response(404) if veto is None else json_response(veto)

    async def review_reply(self, request: Request) -> Response:
        if not self._authorized(request):
            return empty_response(401)
        comment, notify = "", False
        if request.method == "POST":
            try:
                comment, notify = _reply_request(await read_json(request))
            except BadInput:
                return empty_response(400)
        found = self._review(request)
        if found is None:
            return empty_response(404)
        channel, index = found
        if request.method == "DELETE":
            self.account.delete_reply(channel, index)
            return empty_response(204)
        self.account.save_reply(channel, index, comment, notify)
        return empty_response(200)

    async def _create_veto(self, request: Request, locate: Callable[[Request], tuple[Channel, int] | None]) -> Response:
        try:
            comment, reason = _veto_request(await read_json(request))
        except BadInput:
            return empty_response(400)
        found = locate(request)
        if found is None:
            return empty_response(404)
        return json_response(self.account.veto(*found, comment, reason))

    # ---------- the deprecated channel-scoped operations ----------

    async def list_channel_reviews(self, request: Request) -> Response:
        if not self._authorized(request):
            return empty_response(401)
        q = request.query_params
        try:
            filters = self._filters(request, extensible=False)
            count = query_int(q, "count", default=50, minimum=1, maximum=MAX_COUNT)
            extras = query_csv(q, "additionalInformation", EXTRAS) or frozenset()
            order = q.get("orderBy", "submittedAt")
            if order not in ORDERS:
                raise BadInput("orderBy must be submittedAt, updatedAt or editedAt")
        except BadInput:
            return empty_response(400)
        view = self.account.view((request.path_params["channelId"],), order, filters)

        def item(channel: Channel, index: int) -> dict[str, Any]:
            return present(channel.doc(index), extras, channel.vetos.get(index))

        return self._page(request, view, order, count, item)

    def _in_channel(self, request: Request) -> tuple[Channel, int] | None:
        channel = self.account.channel(request.path_params["channelId"])
        index = channel.data.index_of(request.path_params["customerReviewId"])
        if index is None or not channel.exists(index):
            return None
        return channel, index

    async def get_channel_review(self, request: Request) -> Response:
        if not self._authorized(request):
            return empty_response(401)
        found = self._in_channel(request)
        if found is None:
            return empty_response(404)
        channel, index = found
        return json_response(present(channel.doc(index), frozenset(), None))

    async def channel_veto(self, request: Request) -> Response:
        if not self._authorized(request):
            return empty_response(401)
        return await self._create_veto(request, self._in_channel)

    # ---------- paging ----------

    @staticmethod
    def _page(
        request: Request,
        view: View,
        order: str,
        count: int,
        item: Callable[[Channel, int], dict[str, Any]],
    ) -> Response:
        """One page of ``view``, newest first, after/before a review id (cursor paging)."""
        keys = view.keys
        q = request.query_params
        after, before = q.get("after"), q.get("before")
        # Keys ascend; the list is shown newest first, so "after" (older) means smaller keys.
        low, high = 0, len(keys)
        for cursor, is_after in ((after, True), (before, False)):
            if not cursor:
                continue
            position = view.key_of(cursor, order)
            if position is None:
                return empty_response(404)
            if is_after:
                high = min(high, first_at_or_above(keys, position))
            else:
                low = max(low, first_above(keys, position))
        if before and not after:
            top = min(high, low + count)
            selected = keys[low:top]
            has_more = low > 0
        else:
            bottom = max(low, high - count)
            selected = keys[bottom:high]
            has_more = bottom > 0
        items = [item(*view.review(key)) for key in reversed(selected)]
        first_id = items[0]["id"] if items else None
        last_id = items[-1]["id"] if items and has_more else ""
        drop = ("after", "before")
        return json_response(
            {
                "totalElements": 0,  # docs: deprecated, always 0 (getReviewsCount counts)
                "paging": {
                    "count": len(items),
                    "cursor": {"before": first_id, "after": last_id},
                    "links": {
                        "previous": link(request, with_params(request, {"count": str(count), "before": first_id}, drop))
                        if first_id
                        else None,
                        "next": link(request, with_params(request, {"count": str(count), "after": last_id}, drop))
                        if last_id
                        else "",
                    },
                },
                "items": items,
            }
        )

    # ---------- admin ----------

    def dataset(self, scope: str) -> list[dict[str, str]]:
        channel = self.account.channel(scope)
        keys = channel.keys("submittedAt", Filters(ignore_statements=False))
        out = []
        for key in reversed(keys):
            index = channel.index_of_key(key)
            out.append({"id": channel.data.review_id(index), "updated_at": iso_ms(channel.updated[index])})
        return out

    def delete(self, scope: str, count: int) -> list[str]:
        table = self.account.channel(scope)
        table.events += 1
        g = rng("etrusted-delete", self.settings.seed, scope, table.events)
        return table.delete_some(g.sample, count, lambda index: table.data.review_id(index))

    def churn(self, scope: str, add: int, update: int) -> dict[str, Any]:
        channel = self.account.channel(scope)
        channel.events += 1
        g = rng("etrusted-churn", self.settings.seed, scope, channel.events)
        now = max(now_ms(), max(channel.updated, default=0) + 1)
        existing = list(channel.alive())
        chosen = g.sample(existing, min(update, len(existing)))
        updated_ids = []
        for index in chosen:
            doc = channel.doc(index)
            doc = {**doc, "additionalInformation": dict(doc["additionalInformation"])}
            original = {"rating": doc["rating"], "title": doc["title"], "comment": doc["comment"]}
            rating = g.randint(1, 5)
            mood = text.sentiment(rating)
            doc.update(rating=rating, title=text.title(g, mood), comment=text.comment(g, mood, "order"))
            doc["feedbackType"] = "REVIEW"
            doc["updatedAt"] = iso_ms(now)
            edit(doc, original, doc.get("reply"), now)
            channel.store(index, doc, core_of(doc, 0))
            updated_ids.append(doc["id"])
        added_ids = []
        for _ in range(add):
            index = channel.allocate()
            for column in (channel.submitted, channel.updated, channel.edited, channel.flags):
                column.append(0)
            core = channel.data.core(index)._replace(
                submitted=now, created=now, updated=now, edited=-1, reply_created=-1, reply_updated=-1
            )
            doc = channel.data.render(index, core)
            channel.store(index, doc, core)
            added_ids.append(doc["id"])
        return {"added": added_ids, "updated": updated_ids}


def _positions(known: tuple[str, ...], values: Collection[str]) -> frozenset[int]:
    """The positions in ``known`` of ``values``; values not known match nothing (-1)."""
    return frozenset(known.index(value) if value in known else -1 for value in values)


def _reply_request(body: Any) -> tuple[str, bool]:
    if not isinstance(body, dict):
        raise BadInput("body must be an object")
    comment, notify = body.get("comment"), body.get("sendNotification", False)
    if not isinstance(comment, str):
        raise BadInput("comment is required")
    if not isinstance(notify, bool):
        raise BadInput("sendNotification must be true or false")
    return comment, notify


def _veto_request(body: Any) -> tuple[str, str]:
    if not isinstance(body, dict):
        raise BadInput("body must be an object")
    comment, reason = body.get("comment"), body.get("reason")
    if not isinstance(comment, str):
        raise BadInput("comment is required")
    if not isinstance(reason, str):  # docs: extensible (UNTRUTHFUL, ABUSIVE, ..., INAPPROPRIATE_IMAGE)
        raise BadInput("reason is required")
    email = body.get("vetoReporterEmail")
    if "vetoReporterEmail" in body and not (isinstance(email, str) and _is_email(email)):
        raise BadInput("vetoReporterEmail must be an e-mail address")
    if "channelName" in body and not isinstance(body["channelName"], str):
        raise BadInput("channelName must be a string")
    return comment, str(reason)


def _is_email(value: str) -> bool:
    local, at, domain = value.rpartition("@")
    return bool(at and local and domain) and "@" not in domain and not any(c.isspace() for c in value)
