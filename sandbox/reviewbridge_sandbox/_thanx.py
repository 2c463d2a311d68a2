"""Thanx sandbox: the Partner API's feedback list (page-numbered) and a merchant's one response to a
feedback, with Thanx's header set and errors."""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

import httpx
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from . import _text as text
from ._auth import bearer_token, same
from ._faults import Stats
from ._http import BadInput, json_response, query_datetime, query_int, query_multi, read_json
from ._provider import Provider
from ._rand import rng
from ._settings import Settings
from ._table import NamedScopes, Table
from ._thanx_data import ID_BITS, RATED, RESPONDED, REVIEWED, STATES, UNVIEWED, VIEWED, Core, ThanxData
from ._times import HOUR_MS, floor_s, iso_s, now_ms, parse_datetime

ACCESS_TOKEN = "sandbox-token"
#: User-Agent prefixes HTTP libraries send when nobody named the application.
LIBRARY_USER_AGENTS = ("python-httpx/", "python-requests/", "python-urllib/")
CLIENT_ID = "sandbox-client"
API_VERSION = "v4.0"
ID_MASK = (1 << ID_BITS) - 1
MAX_NAMED_MERCHANTS = 10_000  # merchant ids remembered for lookups by feedback id, oldest forgotten first
CODES = {
    400: "BAD_REQUEST",
    401: "UNAUTHORIZED",
    403: "FORBIDDEN",
    404: "RESOURCE_NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    409: "CONFLICT",
    429: "RATE_LIMITED",
    500: "INTERNAL_SERVER_ERROR",
    503: "SERVICE_UNAVAILABLE",
}


@dataclass(frozen=True)
class Filters:
    user: int | None = None  # -1: an id no record has
    location: int | None = None
    states: frozenset[int] | None = None
    updated_after: int | None = None


class Merchant(Table):
    data: ThanxData

    def __init__(self, data: ThanxData, size: int) -> None:
        super().__init__(size)
        self.data = data
        self.updated = array("q", bytes(8 * size))
        self.packed = array("q", bytes(8 * size))  # state | user << 3 | location << 40
        for i in range(size):
            self._set(i, data.core(i))
        self.events = 0

    def _set(self, index: int, core: Core) -> None:
        self.updated[index] = core.updated
        self.packed[index] = core.state | core.user << 3 | core.location << 40

    def sort_value(self, index: int) -> int:
        return self.updated[index] << ID_BITS | self.data.ids.value(index)

    def keys(self, filters: Filters) -> list[int]:
        return self.view(filters, lambda: self._matching(filters))

    def _matching(self, f: Filters) -> Iterator[int]:
        for i in self.alive():
            packed = self.packed[i]
            if f.states is not None and packed & 7 not in f.states:
                continue
            if f.user is not None and (packed >> 3) & 0xFFFFFFFFF != f.user:
                continue
            if f.location is not None and packed >> 40 != f.location:
                continue
            if f.updated_after is not None and self.updated[i] <= f.updated_after:
                continue
            yield self.sort_value(i)

    def index_of_key(self, key: int) -> int:
        return self.data.ids.index_of_value(key & ID_MASK)

    def store(self, index: int, doc: dict[str, Any], core: Core) -> None:
        self.docs[index] = doc
        self._set(index, core)
        self.changed()


def _stamp(value: Any) -> int:
    parsed = parse_datetime(value) if isinstance(value, str) else None
    return -1 if parsed is None else parsed


class Thanx(Provider):
    name = "thanx"
    deletes = True
    stamp_fields = ("viewed_at", "rated_at", "reviewed_at", "responded_at")
    credentials_env: ClassVar[Mapping[str, str]] = {
        "REVIEWBRIDGE_THANX_CLIENT_ID": CLIENT_ID,
        "REVIEWBRIDGE_THANX_ACCESS_TOKEN": ACCESS_TOKEN,
    }

    @classmethod
    async def credentials(cls, http: httpx.AsyncClient) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {ACCESS_TOKEN}",
            "X-ClientId": CLIENT_ID,
            "Accept-Version": API_VERSION,
            "User-Agent": "reviewbridge-sandbox-client/1",
            "Content-Type": "application/json",
        }

    def __init__(self, settings: Settings, stats: Stats) -> None:
        super().__init__(settings, stats)
        # Every merchant named so far is remembered, to find a feedback record by its id.
        self.merchants: NamedScopes[Merchant] = NamedScopes(
            self._merchant, lambda merchant: merchant.data, settings.reviews, MAX_NAMED_MERCHANTS
        )

    def _merchant(self, merchant: str) -> Merchant:
        return Merchant(ThanxData(self.settings.seed, merchant, self.settings.reviews), self.settings.reviews)

    def merchant(self, merchant_id: str) -> Merchant:
        return self.merchants.get(merchant_id)

    def find(self, feedback_id: str) -> tuple[Merchant, int] | None:
        """The merchant and index of a feedback record of any merchant named so far."""
        return self.merchants.find(feedback_id)

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/partner/feedbacks", self.list_feedbacks, methods=["GET"]),
            Route("/partner/feedbacks/{id}/respond", self.respond, methods=["POST"]),
        ]

    def error(self, status: int, message: str, headers: Mapping[str, str] | None = None) -> Response:
        code = CODES.get(status, "BAD_REQUEST" if status < 500 else "INTERNAL_SERVER_ERROR")
        return json_response({"error": {"code": code, "message": message}}, status, headers)

    def _check_headers(self, request: Request) -> Response | None:
        if not same(bearer_token(request), ACCESS_TOKEN):
            return self.error(401, "Missing or invalid access token")
        if not same(request.headers.get("x-clientid"), CLIENT_ID):
            return self.error(401, "Missing or invalid X-ClientId header")
        if request.headers.get("accept-version") != API_VERSION:
            return self.error(400, f"Accept-Version must be {API_VERSION}")
        user_agent = request.headers.get("user-agent", "").strip()
        # An HTTP library's own default names no application.
        if not user_agent or user_agent.lower().startswith(LIBRARY_USER_AGENTS):
            return self.error(400, "A User-Agent header naming the partner application is required")
        # Required on every call, GET included ($AUTH_HEADERS).
        if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
            return self.error(400, "Content-Type must be application/json")
        return None

    async def list_feedbacks(self, request: Request) -> Response:
        rejected = self._check_headers(request)
        if rejected is not None:
            return rejected
        q = request.query_params
        try:
            merchant_id = q.get("merchant_id")
            if merchant_id is None:
                raise BadInput("merchant_id is required")
            page = query_int(q, "page", default=1, minimum=1)
            per_page = query_int(q, "per_page", default=10, minimum=1, maximum=100)
            states = query_multi(q, "states[]", STATES)
            updated_after = query_datetime(q, "updated_after", millis=False)
        except BadInput as exc:
            return self.error(400, exc.message)
        if merchant_id == "":
            return self.error(404, "Merchant not found")
        merchant = self.merchant(merchant_id)
        user_id, location_id = q.get("user_id"), q.get("location_id")
        filters = Filters(
            user=None if user_id is None else _small(merchant.data.users.decode(user_id), merchant.data.user_count),
            location=None
            if location_id is None
            else _small(merchant.data.locations.decode(location_id), merchant.data.location_count),
            states=None if states is None else frozenset(STATES.index(s) for s in states),
            updated_after=updated_after,
        )
        keys = merchant.keys(filters)
        start = (page - 1) * per_page
        feedbacks = [merchant.doc(merchant.index_of_key(key)) for key in keys[start : start + per_page]]
        return json_response(
            {
                "feedbacks": feedbacks,
                "pagination": {
                    "current_page": page,
                    "per_page": per_page,
                    "total_pages": math.ceil(len(keys) / per_page),
                },
            }
        )

    async def respond(self, request: Request) -> Response:
        """The merchant's response to a feedback: allowed once (it sends the customer a message)."""
        rejected = self._check_headers(request)
        if rejected is not None:
            return rejected
        try:
            response = _response_text(await read_json(request))
        except BadInput as exc:
            return self.error(400, exc.message)
        found = self.find(request.path_params["id"])
        if found is None:
            return self.error(404, "Feedback not found")
        merchant, index = found
        doc = dict(merchant.doc(index))
        if doc["response"] is not None:
            return self.error(409, "This feedback already has a response")
        # Whole seconds, as Thanx shows them, and after the record's last change so it sorts as changed.
        now = iso_s(floor_s(max(now_ms(), merchant.updated[index] + 1000)))
        doc.update(state="responded", response=response, responded_at=now)
        merchant.store(index, doc, self._core_of(merchant, index, doc))
        return json_response({"feedback": doc})

    tells_length = True

    def end_early(self, page: dict[str, Any]) -> dict[str, Any] | None:
        """A feedback page before the last, halved and marked the last (``total_pages`` its own number)."""
        paging, feedbacks = page.get("pagination"), page.get("feedbacks")
        if not isinstance(paging, dict) or not isinstance(feedbacks, list):
            return None
        if not paging.get("current_page", 0) < paging.get("total_pages", 0):
            return None
        pagination = {**paging, "total_pages": paging["current_page"]}
        return {**page, "feedbacks": feedbacks[: len(feedbacks) // 2], "pagination": pagination}

    def dataset(self, scope: str) -> list[dict[str, str]]:
        merchant = self.merchant(scope)
        out = []
        for key in merchant.keys(Filters()):
            index = merchant.index_of_key(key)
            out.append({"id": merchant.data.feedback_id(index), "updated_at": iso_s(merchant.updated[index])})
        return out

    def delete(self, scope: str, count: int) -> list[str]:
        table = self.merchant(scope)
        table.events += 1
        g = rng("thanx-delete", self.settings.seed, scope, table.events)
        return table.delete_some(g.sample, count, lambda index: table.data.feedback_id(index))

    def churn(self, scope: str, add: int, update: int) -> dict[str, Any]:
        merchant = self.merchant(scope)
        merchant.events += 1
        g = rng("thanx-churn", self.settings.seed, scope, merchant.events)
        now = floor_s(max(now_ms(), max(merchant.updated, default=0)))
        stamp = iso_s(now)
        # Expired feedback can no longer change; every other record can move one step on.
        candidates = [i for i in merchant.alive() if merchant.packed[i] & 7 != 2]
        updated_ids = []
        for index in g.sample(candidates, min(update, len(candidates))):
            doc = dict(merchant.doc(index))
            state = STATES.index(doc["state"])
            mood = text.sentiment(doc["rating"], 10)
            if state == RESPONDED:
                doc.update(response=text.reply(g, mood, None), responded_at=stamp)
            elif state == REVIEWED:
                doc.update(state="responded", response=text.reply(g, mood, None), responded_at=stamp)
            elif state == RATED:
                doc.update(state="reviewed", review=text.comment(g, mood, "order"), reviewed_at=stamp)
            else:
                rating = g.randint(1, 10)
                doc.update(
                    state="reviewed",
                    viewed_at=doc["viewed_at"] or stamp,
                    rated_at=stamp,
                    reviewed_at=stamp,
                    rating=rating,
                    review=text.comment(g, text.sentiment(rating, 10), "order"),
                )
            merchant.store(index, doc, self._core_of(merchant, index, doc))
            updated_ids.append(doc["id"])
        added_ids = []
        for _ in range(add):
            index = merchant.allocate()
            merchant.updated.append(0)
            merchant.packed.append(0)
            base = merchant.data.core(index)
            state = (UNVIEWED, VIEWED, RATED, REVIEWED)[base.entropy % 4]
            purchased = floor_s(now - HOUR_MS - base.entropy % (2 * HOUR_MS))
            core = base._replace(
                purchased=purchased,
                viewed=now if state != UNVIEWED else -1,
                rated=now if state >= RATED else -1,
                reviewed=now if state >= REVIEWED else -1,
                responded=-1,
                state=state,
                rating=base.rating or 9 if state >= RATED else 0,
            )
            doc = merchant.data.render(index, core)
            merchant.store(index, doc, core)
            added_ids.append(doc["id"])
        return {"added": added_ids, "updated": updated_ids}

    @staticmethod
    def _core_of(merchant: Merchant, index: int, doc: dict[str, Any]) -> Core:
        base = merchant.data.core(index)
        return base._replace(
            viewed=_stamp(doc["viewed_at"]),
            rated=_stamp(doc["rated_at"]),
            reviewed=_stamp(doc["reviewed_at"]),
            responded=_stamp(doc["responded_at"]),
            state=STATES.index(doc["state"]),
            rating=doc["rating"] or 0,
        )


def _response_text(body: Any) -> str:
    feedback = body.get("feedback") if isinstance(body, dict) else None
    response = feedback.get("response") if isinstance(feedback, dict) else None
    if not isinstance(response, str):  # the spec sets no minimum length
        raise BadInput("feedback.response is required: the text of the response")
    return response


def _small(number: int | None, count: int) -> int:
    """A decoded pool index, or -1 (matches nothing) when the id is not one of the pool's."""
    return number if number is not None and number < count else -1
