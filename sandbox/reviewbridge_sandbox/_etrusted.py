"""eTrusted sandbox: OAuth2 client-credentials tokens, cursor-paged customer reviews, vetos.

API errors have no body (as documented); the token endpoint answers RFC 6749 error objects.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from . import _text as text
from ._auth import TokenStore, bearer_token, same
from ._etrusted_data import STATES, TYPES, EtrustedData, edit
from ._etrusted_table import Channel, Filters, core_of, present
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
    read_json,
    with_params,
)
from ._provider import Provider
from ._rand import rng, uuid_text
from ._settings import Settings
from ._table import Scopes, first_above, first_at_or_above
from ._times import iso_ms, now_ms

CLIENT_ID = "sandbox-client"
CLIENT_SECRET = "sandbox-secret"
AUDIENCE = "https://api.etrusted.com"
ORDERS = ("submittedAt", "updatedAt", "editedAt")
EXTRAS = ("VETO", "ATTACHMENTS", "ORIGINAL_REVIEW")
VETO_REASONS = ("UNTRUTHFUL", "ABUSIVE", "VIOLATES_THE_TERMS_OF_USE")


class Etrusted(Provider):
    name = "etrusted"
    stamp_fields = ("updatedAt",)

    def __init__(self, settings: Settings, stats: Stats) -> None:
        super().__init__(settings, stats)
        self.tokens = TokenStore(settings.token_ttl)
        self.channels: Scopes[Channel] = Scopes(self._channel)

    def _channel(self, channel: str) -> Channel:
        return Channel(EtrustedData(self.settings.seed, channel), self.settings.reviews)

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/oauth/token", self.token, methods=["POST"]),
            Route("/channels/{channelId}/customer-reviews", self.list_reviews, methods=["GET"]),
            Route("/channels/{channelId}/customer-reviews/{customerReviewId}", self.get_review, methods=["GET"]),
            Route("/channels/{channelId}/customer-reviews/{customerReviewId}/vetos", self.veto, methods=["POST"]),
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
        if form.get("audience", AUDIENCE) != AUDIENCE:
            return self._oauth_error(400, "invalid_request", f"Unknown audience; use {AUDIENCE}")
        return json_response(
            {
                "access_token": self.tokens.issue(),
                "expires_in": math.ceil(self.settings.token_ttl),
                "token_type": "Bearer",
                "scope": "customer-reviews:read customer-reviews:veto",
            },
            headers={"Cache-Control": "no-store", "Pragma": "no-cache"},
        )

    def _authorized(self, request: Request) -> bool:
        return self.tokens.valid(bearer_token(request))

    @staticmethod
    def _filters(request: Request) -> Filters:
        q = request.query_params
        ratings = query_csv(q, "rating", ("1", "2", "3", "4", "5"))
        statuses = query_csv(q, "status", STATES)
        types = query_csv(q, "type", TYPES)
        query = q.get("query")
        return Filters(
            ratings=None if ratings is None else frozenset(int(r) for r in ratings),
            states=None if statuses is None else frozenset(STATES.index(s) for s in statuses),
            types=None if types is None else frozenset(TYPES.index(t) for t in types),
            has_reply=query_bool(q, "hasReply"),
            submitted_after=query_datetime(q, "submittedAfter"),
            submitted_before=query_datetime(q, "submittedBefore"),
            ignore_statements=bool(query_bool(q, "ignoreStatements", True)),
            query=query.lower() if query else None,
        )

    async def list_reviews(self, request: Request) -> Response:
        if not self._authorized(request):
            return empty_response(401)
        q = request.query_params
        try:
            filters = self._filters(request)
            count = query_int(q, "count", default=50, minimum=1, maximum=1000)
            extras = query_csv(q, "additionalInformation", EXTRAS) or frozenset()
            order = q.get("orderBy", "submittedAt")
            if order not in ORDERS:
                raise BadInput("orderBy must be submittedAt, updatedAt or editedAt")
        except BadInput:
            return empty_response(400)
        channel = self.channels.get(request.path_params["channelId"])
        keys = channel.keys(order, filters)
        after, before = q.get("after"), q.get("before")
        # Keys ascend; the list is shown newest first, so "after" (older) means smaller keys.
        low, high = 0, len(keys)
        for cursor, is_after in ((after, True), (before, False)):
            if cursor is None or cursor == "":
                continue
            index = channel.data.index_of(cursor)
            if index is None or not channel.exists(index):
                return empty_response(404)
            position = channel.sort_value(order, index)
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
        selected.reverse()
        items = []
        for key in selected:
            index = channel.index_of_key(key)
            items.append(present(channel.doc(index), extras, channel.vetos.get(index)))
        first_id = items[0]["id"] if items else None
        last_id = items[-1]["id"] if items and has_more else ""
        drop = ("after", "before")
        return json_response(
            {
                "totalElements": 0,
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

    def _find(self, request: Request) -> tuple[Channel, int] | None:
        channel = self.channels.get(request.path_params["channelId"])
        index = channel.data.index_of(request.path_params["customerReviewId"])
        if index is None or not channel.exists(index):
            return None
        return channel, index

    async def get_review(self, request: Request) -> Response:
        if not self._authorized(request):
            return empty_response(401)
        found = self._find(request)
        if found is None:
            return empty_response(404)
        channel, index = found
        return json_response(present(channel.doc(index), frozenset(), None))

    async def veto(self, request: Request) -> Response:
        if not self._authorized(request):
            return empty_response(401)
        try:
            body = await read_json(request)
            veto = _veto_request(body)
        except BadInput:
            return empty_response(400)
        found = self._find(request)
        if found is None:
            return empty_response(404)
        channel, index = found
        channel.events += 1
        g = rng("etrusted-veto", self.settings.seed, channel.data.channel, channel.events)
        created = iso_ms(now_ms())
        ticket = f"{g.randrange(100_000, 1_000_000)}"
        channel.vetos[index] = {
            "createdAt": created,
            "comment": veto["comment"],
            "reason": veto["reason"],
            "ticketId": ticket,
        }
        return json_response(
            {
                "id": "vet-" + uuid_text(f"{g.getrandbits(128):032x}"),
                "ticketId": ticket,
                "comment": veto["comment"],
                "reason": veto["reason"],
                "createdAt": created,
                "updatedAt": created,
            }
        )

    def dataset(self, scope: str) -> list[dict[str, str]]:
        channel = self.channels.get(scope)
        keys = channel.keys("submittedAt", Filters(ignore_statements=False))
        out = []
        for key in reversed(keys):
            index = channel.index_of_key(key)
            out.append({"id": channel.data.review_id(index), "updated_at": iso_ms(channel.updated[index])})
        return out

    def churn(self, scope: str, add: int, update: int) -> dict[str, Any]:
        channel = self.channels.get(scope)
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


def _veto_request(body: Any) -> dict[str, str]:
    if not isinstance(body, dict):
        raise BadInput("body must be an object")
    comment, reason = body.get("comment"), body.get("reason")
    if not isinstance(comment, str):
        raise BadInput("comment is required")
    if reason not in VETO_REASONS:
        raise BadInput("reason must be UNTRUTHFUL, ABUSIVE or VIOLATES_THE_TERMS_OF_USE")
    email = body.get("vetoReporterEmail")
    if "vetoReporterEmail" in body and not (isinstance(email, str) and _is_email(email)):
        raise BadInput("vetoReporterEmail must be an e-mail address")
    if "channelName" in body and not isinstance(body["channelName"], str):
        raise BadInput("channelName must be a string")
    return {"comment": comment, "reason": str(reason)}


def _is_email(value: str) -> bool:
    local, at, domain = value.rpartition("@")
    return bool(at and local and domain) and "@" not in domain and not any(c.isspace() for c in value)
