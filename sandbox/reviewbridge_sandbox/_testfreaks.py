"""TestFreaks sandbox: list with next links, get, create (upsert by external_id), update, delete."""

from __future__ import annotations

import bisect
import json
from array import array
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

import httpx
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from . import _text as text
from ._auth import basic_credentials, basic_header, bearer_token, same
from ._faults import Stats
from ._http import BadInput, empty_response, json_response, link, query_datetime, query_int, read_json, with_params
from ._provider import Provider
from ._rand import rng, rng_from_int, stable_hash
from ._settings import DEFAULT_SCOPE, Settings
from ._table import Scopes, Table
from ._testfreaks_data import ID_BITS, MODERATION, Core, TestfreaksData
from ._testfreaks_write import review_write
from ._times import floor_s, iso_date, iso_s, now_ms

API_KEY = "sk_test"
ID_MASK = (1 << ID_BITS) - 1


@dataclass(frozen=True)
class Filters:
    updated_after: int | None = None
    created_after: int | None = None
    order_id: str | None = None
    customer_id: str | None = None
    moderation: int | None = None


def cursor_text(key: int) -> str:
    """The ``after`` cursor of a review: its update second and id, so cursors sort like the list."""
    return f"{key >> ID_BITS:010d}{key & ID_MASK:016x}"


class Client(Table):
    data: TestfreaksData

    def __init__(self, data: TestfreaksData, size: int) -> None:
        super().__init__(size)
        self.data = data
        self.created = array("q", bytes(8 * size))
        self.updated = array("q", bytes(8 * size))
        self.moderation = array("b", bytes(size))
        for i in range(size):
            self._set(i, data.core(i))
        self.external: dict[str, int] = {}
        self.events = 0

    def _set(self, index: int, core: Core) -> None:
        self.created[index] = core.created
        self.updated[index] = core.updated
        self.moderation[index] = core.moderation

    def order_and_customer(self, index: int) -> tuple[str | None, str | None]:
        stored = self.docs.get(index)
        if stored is not None:
            return stored.get("order_id"), stored.get("customer_id")
        core = self.data.core(index)
        return self.data.order_id(core.order), self.data.customer_id(core.customer)

    def sort_value(self, index: int) -> int:
        return (self.updated[index] // 1000) << ID_BITS | self.data.ids.value(index)

    def keys(self, filters: Filters) -> list[int]:
        return self.view(filters, lambda: self._matching(filters))

    def _matching(self, f: Filters) -> Iterator[int]:
        for i in self.alive():
            if f.moderation is not None and self.moderation[i] != f.moderation:
                continue
            if f.updated_after is not None and self.updated[i] <= f.updated_after:
                continue
            if f.created_after is not None and self.created[i] <= f.created_after:
                continue
            if f.order_id is not None or f.customer_id is not None:
                order, customer = self.order_and_customer(i)
                if f.order_id is not None and order != f.order_id:
                    continue
                if f.customer_id is not None and customer != f.customer_id:
                    continue
            yield self.sort_value(i)

    def index_of_key(self, key: int) -> int:
        return self.data.ids.index_of_value(key & ID_MASK)

    def store(self, index: int, doc: dict[str, Any], core: Core) -> None:
        self.docs[index] = doc
        self._set(index, core)
        self.changed()


def _single(doc: dict[str, Any], *, bare: bool) -> Response:
    """One review as an answer. The docs leave its shape open ("the same format as list reviews except
    that it only returns a single object"): the review itself for some reviews and requests (seeded),
    ``{"data": review}`` for the others, so a client must read both."""
    return json_response(doc if bare else {"data": doc})


class Testfreaks(Provider):
    name = "testfreaks"
    deletes = True
    stamp_fields = ("updated_at",)
    credentials_env: ClassVar[Mapping[str, str]] = {"REVIEWBRIDGE_TESTFREAKS_API_KEY": API_KEY}

    @classmethod
    async def credentials(cls, http: httpx.AsyncClient) -> dict[str, str]:
        return basic_header(API_KEY, "")  # the key as the user, an empty password

    def __init__(self, settings: Settings, stats: Stats) -> None:
        super().__init__(settings, stats)
        self.clients: Scopes[Client] = Scopes(self._client)

    def _client(self, client: str) -> Client:
        return Client(TestfreaksData(self.settings.seed, client, self.settings.reviews), self.settings.reviews)

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/v1/reviews", self.reviews, methods=["GET", "POST"]),
            Route("/v1/reviews/{reviewId}", self.review, methods=["GET", "PUT", "DELETE"]),
        ]

    def error(self, status: int, message: str, headers: Mapping[str, str] | None = None) -> Response:
        return json_response({"errors": [message]}, status, headers)

    def _authorized(self, request: Request) -> bool:
        basic = basic_credentials(request)
        if basic is not None:
            return same(basic[0], API_KEY)
        return same(bearer_token(request), API_KEY)

    def _scope(self, request: Request) -> Client:
        return self.clients.get(request.query_params.get("client_id") or DEFAULT_SCOPE)

    async def reviews(self, request: Request) -> Response:
        if not self._authorized(request):
            return self.error(401, "Invalid API key")
        if request.method == "POST":
            return await self.create(request)
        q = request.query_params
        try:
            limit = query_int(q, "limit", default=100, minimum=1, maximum=1000)
            moderation = q.get("moderation_status")
            if moderation is not None and moderation not in MODERATION:
                raise BadInput("moderation_status must be accepted, rejected or pending")
            filters = Filters(
                updated_after=query_datetime(q, "updated_after", millis=False, allow_date=True),
                created_after=query_datetime(q, "created_after", millis=False, allow_date=True),
                order_id=q.get("order_id"),
                customer_id=q.get("customer_id"),
                moderation=None if moderation is None else MODERATION.index(moderation),
            )
        except BadInput as exc:
            return self.error(400, exc.message)
        client = self._scope(request)
        keys = client.keys(filters)
        after = q.get("after")
        start = bisect.bisect_right(keys, after, key=cursor_text) if after else 0
        page = keys[start : start + limit]
        body: dict[str, Any] = {"data": [client.doc(client.index_of_key(key)) for key in page]}
        links: dict[str, str] = {}
        if start + limit < len(keys):
            links["next"] = link(request, with_params(request, {"after": cursor_text(page[-1])}))
        body["links"] = links
        return json_response(body)

    def _find(self, request: Request) -> tuple[Client, int] | None:
        """The review with the path's id: in the requested client first, then in any other client
        (review ids are unique across clients, and the spec's links do not carry ``client_id``)."""
        review_id = request.path_params["reviewId"]
        wanted = self._scope(request)
        for client in (wanted, *(c for _, c in self.clients.known() if c is not wanted)):
            index = client.data.index_of(review_id)
            if index is not None and client.exists(index):
                return client, index
        return None

    async def review(self, request: Request) -> Response:
        if not self._authorized(request):
            return self.error(401, "Invalid API key")
        if request.method == "PUT":
            return await self.update(request)
        found = self._find(request)
        if found is None:
            return self.error(404, "Review not found")
        client, index = found
        if request.method == "DELETE":
            client.deleted.add(index)
            client.docs.pop(index, None)
            client.changed()
            return empty_response(204)
        return _single(client.doc(index), bare=bool((client.data.key ^ index) & 1))

    async def create(self, request: Request) -> Response:
        try:
            review = review_write(await read_json(request))
        except BadInput as exc:
            return self.error(exc.status, exc.message)
        client = self._scope(request)
        external = review.get("external_id")
        existing = client.external.get(external) if isinstance(external, str) else None
        if existing is not None and client.exists(existing):
            return _single(self._write(client, existing, review, client.doc(existing)), bare=self._bare(review))
        index = client.allocate()
        client.created.append(0)
        client.updated.append(0)
        client.moderation.append(0)
        return _single(self._write(client, index, review, None), bare=self._bare(review))

    async def update(self, request: Request) -> Response:
        try:
            review = review_write(await read_json(request))
        except BadInput as exc:
            return self.error(exc.status, exc.message)
        found = self._find(request)
        if found is None:
            return self.error(404, "Review not found")
        client, index = found
        return _single(self._write(client, index, review, client.doc(index)), bare=self._bare(review))

    def _bare(self, review: dict[str, Any]) -> bool:
        # By the data written, not the review's place in the table: the same request always gets the
        # same shape, however many reviews were written before it.
        return bool(stable_hash(self.settings.seed, json.dumps(review, sort_keys=True)) & 1)

    def _write(self, client: Client, index: int, review: dict[str, Any], old: dict[str, Any] | None) -> dict[str, Any]:
        """Store ``review`` (validated write data) as review ``index``; ``old`` is its current state."""
        now = floor_s(max(now_ms(), max(client.updated, default=0)))
        created = client.created[index] if old is not None else now
        g = rng_from_int(client.data.key ^ index)
        order = review.get("order") or {}
        customer = order.get("customer") or {}
        item = order.get("item") or {}
        accepted = review.get("accepted")
        accepted_at = None
        if accepted is True:
            accepted_at = old["accepted_at"] if old is not None and old.get("accepted") is True else iso_s(now)
        review_id = client.data.review_id(index)
        doc: dict[str, Any] = {
            "id": review_id,
            "type": "customer",
            "author": review["author"],
            "score": review["score"],
            "score_max": 5,
            "date": review.get("date") or iso_date(created),
            "extract": review.get("extract"),
            "pros": review.get("pros", []),
            "cons": review.get("cons", []),
            "lang": old["lang"] if old is not None else "en",
            "verified_buyer": bool(order.get("id")),
            "votes_up": old["votes_up"] if old is not None else 0,
            "votes_down": old["votes_down"] if old is not None else 0,
            "product": old["product"] if old is not None else None,
            "responses": old["responses"] if old is not None else [],
            "images": client.data.images(g, review.get("images", [])),
            "properties": old["properties"] if old is not None else {},
            "family_ids": [item["family_id"]] if "family_id" in item else [],
            "product_ids": [item["id"]] if "id" in item else [],
            "order_id": order.get("id"),
            "customer_id": customer.get("id"),
            "updated_at": iso_s(now),
            "accepted": accepted,
            "accepted_at": accepted_at,
            "verified_email": old["verified_email"] if old is not None else False,
            "author_email": customer.get("email"),
            "portal_url": client.data.portal_url(review_id),
        }
        if "custom_questions" in review:
            doc["custom_questions"] = review["custom_questions"]
        moderation = {True: 0, False: 1, None: 2}[accepted]
        core = Core(created, now, -1, moderation, review["score"], -1, -1, 0)
        client.store(index, doc, core)
        external = review.get("external_id")
        if isinstance(external, str):
            client.external[external] = index
        return doc

    def dataset(self, scope: str) -> list[dict[str, str]]:
        client = self.clients.get(scope)
        out = []
        for key in client.keys(Filters()):
            index = client.index_of_key(key)
            out.append({"id": client.data.review_id(index), "updated_at": iso_s(client.updated[index])})
        return out

    def delete(self, scope: str, count: int) -> list[str]:
        table = self.clients.get(scope)
        table.events += 1
        g = rng("testfreaks-delete", self.settings.seed, scope, table.events)
        return table.delete_some(g.sample, count, lambda index: table.data.review_id(index))

    def churn(self, scope: str, add: int, update: int) -> dict[str, Any]:
        client = self.clients.get(scope)
        client.events += 1
        g = rng("testfreaks-churn", self.settings.seed, scope, client.events)
        now = floor_s(max(now_ms(), max(client.updated, default=0)))
        existing = list(client.alive())
        updated_ids = []
        for index in g.sample(existing, min(update, len(existing))):
            doc = dict(client.doc(index))
            score = g.randint(1, 5)
            doc.update(score=score, extract=text.comment(g, text.sentiment(score), doc["product"] or "order"))
            doc["updated_at"] = iso_s(now)
            core = Core(client.created[index], now, -1, client.moderation[index], score, -1, -1, 0)
            client.store(index, doc, core)
            updated_ids.append(doc["id"])
        added_ids = []
        for _ in range(add):
            index = client.allocate()
            client.created.append(0)
            client.updated.append(0)
            client.moderation.append(0)
            base = client.data.core(index)
            core = base._replace(created=now, updated=now, accepted_at=-1, moderation=2)
            doc = client.data.render(index, core)
            client.store(index, doc, core)
            added_ids.append(doc["id"])
        return {"added": added_ids, "updated": updated_ids}
