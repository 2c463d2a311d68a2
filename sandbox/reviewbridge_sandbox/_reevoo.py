"""Reevoo sandbox: an organisation's customer experience reviews (no pagination, a moving window of
recent reviews unless ``older_reviews=true``) and the detail of one review by its content-derived id."""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

import httpx
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from . import _text as text
from ._auth import basic_credentials, basic_header, same
from ._faults import Stats
from ._http import BadInput, json_response, query_bool
from ._provider import Provider
from ._rand import rng
from ._reevoo_data import BRANCHES, Core, ReevooData
from ._reevoo_id import reevoo_review_id
from ._settings import DEFAULT_SCOPE, Settings
from ._table import Scopes, Table
from ._times import DAY_MS, floor_day, iso_s, now_ms

API_KEY = "demo_key"
API_SECRET = "demo_secret"
WINDOW_MS = 90 * DAY_MS
INDEX_BITS = 32
BODY_CACHE_BYTES = 64 * 1024 * 1024
MESSAGES = {
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    405: "Method Not Allowed",
    429: "Too Many Requests",
}


class Organisation(Table):
    data: ReevooData

    def __init__(self, data: ReevooData, size: int) -> None:
        super().__init__(size)
        self.data = data
        self.published = array("q", bytes(8 * size))
        self.updated = array("q", bytes(8 * size))
        self.branch = array("b", bytes(size))
        for i in range(size):
            self._set(i, data.core(i))
        self._ids: tuple[int, dict[str, int]] | None = None
        self.events = 0

    def _set(self, index: int, core: Core, updated: int | None = None) -> None:
        self.published[index] = core.published
        self.updated[index] = core.published if updated is None else updated
        self.branch[index] = core.branch

    def content_id(self, index: int) -> str:
        return reevoo_review_id(self.doc(index))

    def ids(self) -> dict[str, int]:
        """Content-derived id -> index of every review (computed once per change: it hashes them all)."""
        if self._ids is None or self._ids[0] != self.version:
            self._ids = (self.version, {self.content_id(i): i for i in self.alive()})
        return self._ids[1]

    def index_of(self, review_id: str) -> int | None:
        return self.ids().get(review_id)

    def keys(self, older: bool, branch: int | None) -> list[int]:
        return self.view((older, branch), lambda: self._matching(older, branch))

    def _matching(self, older: bool, branch: int | None) -> Iterator[int]:
        alive = list(self.alive())
        newest = max((self.published[i] for i in alive), default=0)
        for i in alive:
            if not older and self.published[i] < newest - WINDOW_MS:
                continue
            if branch is not None and self.branch[i] != branch:
                continue
            yield self.published[i] << INDEX_BITS | i

    def store(self, index: int, doc: dict[str, Any], core: Core, updated: int) -> None:
        self.docs[index] = doc
        self._set(index, core, updated)
        self.changed()


def _branch_number(code: str | None) -> int | None:
    """The branch index of a ``branch_code`` filter; -2 (matches nothing) for an unknown code."""
    if code is None:
        return None
    codes = [c for c, _ in BRANCHES]
    return codes.index(code) if code in codes else -2


class Reevoo(Provider):
    name = "reevoo"
    deletes = True
    credentials_env: ClassVar[Mapping[str, str]] = {
        "REVIEWBRIDGE_REEVOO_API_KEY": API_KEY,
        "REVIEWBRIDGE_REEVOO_API_SECRET": API_SECRET,
    }

    @classmethod
    async def credentials(cls, http: httpx.AsyncClient) -> dict[str, str]:
        return basic_header(API_KEY, API_SECRET)

    def __init__(self, settings: Settings, stats: Stats) -> None:
        super().__init__(settings, stats)
        self.organisations: Scopes[Organisation] = Scopes(self._organisation)
        self._bodies: OrderedDict[tuple[str, int, bool, int | None], Response] = OrderedDict()

    def _organisation(self, trkref: str) -> Organisation:
        return Organisation(ReevooData(self.settings.seed, trkref), self.settings.reviews)

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/v4/organisations/{trkref}/customer_experience_reviews", self.list_reviews, methods=["GET"]),
            Route("/v4/customer_experience_reviews/{id}", self.get_review, methods=["GET"]),
        ]

    def error(self, status: int, message: str, headers: Mapping[str, str] | None = None) -> Response:
        if status == 403:
            return json_response({"status": 403, "error": "Access denied"}, 403, headers)
        return json_response({"status": status, "message": message or MESSAGES.get(status, "Error")}, status, headers)

    def _authorized(self, request: Request) -> bool:
        credentials = basic_credentials(request)
        return credentials is not None and same(credentials[0], API_KEY) and same(credentials[1], API_SECRET)

    async def list_reviews(self, request: Request) -> Response:
        if not self._authorized(request):
            return self.error(401, "Unauthorized")
        try:
            older = bool(query_bool(request.query_params, "older_reviews", False))
        except BadInput as exc:
            return self.error(400, exc.message)
        trkref = request.path_params["trkref"]
        organisation = self.organisations.get(trkref)
        branch = _branch_number(request.query_params.get("branch_code"))
        # The list is unpaginated, so a big organisation's window is rendered once per change.
        cache_key = (trkref, organisation.version, older, branch)
        cached = self._bodies.get(cache_key)
        if cached is None:
            keys = organisation.keys(older, branch)
            mask = (1 << INDEX_BITS) - 1
            reviews = [organisation.doc(key & mask) for key in reversed(keys)]
            cached = json_response({"customer_experience_reviews": reviews})
            self._bodies[cache_key] = cached
            held = sum(len(r.body) for r in self._bodies.values())
            while self._bodies and (len(self._bodies) > 8 or held > BODY_CACHE_BYTES):
                _, dropped = self._bodies.popitem(last=False)
                held -= len(dropped.body)
        return Response(cached.body, media_type="application/json")

    async def get_review(self, request: Request) -> Response:
        if not self._authorized(request):
            return self.error(401, "Unauthorized")
        review_id = request.path_params["id"]
        trkref = request.query_params.get("trkref")
        if trkref:
            candidates = [self.organisations.get(trkref)]
        else:
            candidates = [self.organisations.get(DEFAULT_SCOPE)]
            candidates += [org for scope, org in self.organisations.known() if scope != DEFAULT_SCOPE]
        branch = _branch_number(request.query_params.get("branch_code"))
        for organisation in candidates:
            index = organisation.index_of(review_id)
            if index is not None and (branch is None or organisation.branch[index] == branch):
                return json_response({"id": review_id, **organisation.doc(index)})
        return self.error(404, "Customer experience review not found")

    def dataset(self, scope: str) -> list[dict[str, str]]:
        organisation = self.organisations.get(scope)
        mask = (1 << INDEX_BITS) - 1
        id_of = {index: review_id for review_id, index in organisation.ids().items()}
        return [
            {"id": id_of[key & mask], "updated_at": iso_s(organisation.updated[key & mask])}
            for key in reversed(organisation.keys(True, None))
        ]

    def delete(self, scope: str, count: int) -> list[str]:
        table = self.organisations.get(scope)
        table.events += 1
        g = rng("reevoo-delete", self.settings.seed, scope, table.events)
        return table.delete_some(g.sample, count, lambda index: table.content_id(index))

    def churn(self, scope: str, add: int, update: int) -> dict[str, Any]:
        organisation = self.organisations.get(scope)
        organisation.events += 1
        g = rng("reevoo-churn", self.settings.seed, scope, organisation.events)
        now = max(now_ms(), max(organisation.updated, default=0))
        existing = list(organisation.alive())
        updated_ids, replaced = [], []
        for index in g.sample(existing, min(update, len(existing))):
            old_id = organisation.content_id(index)
            doc = dict(organisation.doc(index))
            mood = text.sentiment(doc["nps_score"], 10)
            doc["responses"] = [
                {**r, "answer": text.comment(g, mood, "order")} if r.get("display_key") == "general_comments" else r
                for r in doc["responses"]
            ]
            organisation.store(index, doc, organisation.data.core(index), now)
            new_id = organisation.content_id(index)
            updated_ids.append(new_id)
            replaced.append({"old": old_id, "new": new_id})
        added_ids = []
        for _ in range(add):
            index = organisation.allocate()
            for column in (organisation.published, organisation.updated):
                column.append(0)
            organisation.branch.append(0)
            core = organisation.data.core(index)._replace(published=floor_day(now))
            doc = organisation.data.render(index, core)
            organisation.store(index, doc, core, now)
            added_ids.append(organisation.content_id(index))
        return {"added": added_ids, "updated": updated_ids, "replaced": replaced}
