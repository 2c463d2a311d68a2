"""Trustpilot sandbox: business-user tokens (HTTP Basic with the API key and secret, 100-hour tokens, 429
for clients that fetch tokens too often), a business unit's private reviews (numbered pages that end
with an empty or short page, four orders, the documented filters), one private review, the company
reply (post, replace, delete), and finding a business unit by its domain (API key).

Scopes are business units: any id of 24 lowercase hexadecimal digits has ``reviews`` seeded reviews;
``/_sandbox/*`` also takes a domain of the directory (``example.com`` is ``507f191e810c19729de860ea``).
Reviews are deleted only through ``/_sandbox/churn?delete=N`` (their authors delete them, not the API).
Errors are JSON ``{"message", "errorCode", "details", "correlationId"}`` (the body a user reported;
the error codes other than 1001 are the sandbox's own).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar
from urllib.parse import parse_qsl

import httpx
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from . import _text as text
from ._auth import basic_credentials, basic_header, bearer_token, same
from ._faults import Stats
from ._http import BadInput, empty_response, json_response, link, query_int, read_json, with_params
from ._provider import Provider
from ._rand import rng, stable_hash, uuid_text
from ._settings import Settings
from ._table import NamedScopes
from ._times import floor_s, iso_s, now_ms, parse_datetime
from ._trustpilot_data import DIRECTORY, TrustpilotData, is_business_unit_id
from ._trustpilot_query import list_filters, reply_message
from ._trustpilot_table import INDEX_MASK, BusinessUnitReviews, Filters
from ._trustpilot_tokens import Tokens

API_KEY = "sandbox-key"
API_SECRET = "sandbox-secret"
# The deprecated password grant's business user.
USERNAME = "sandbox-user@example.com"
PASSWORD = "sandbox-password"
TOKEN_LIFETIME_S = 100 * 3600.0  # AUTH: access tokens live 100 hours
TOKEN_PATH = "/v1/oauth/oauth-business-users-for-applications/accesstoken"
MAX_NAMED_UNITS = 10_000  # business units remembered for lookups by review id, oldest forgotten first
ERROR_CODES = {400: 1001, 401: 1002, 403: 1003, 404: 1004, 405: 1005, 415: 1015, 429: 1029}
FORM = "application/x-www-form-urlencoded"


class Trustpilot(Provider):
    name = "trustpilot"
    stamp_fields = ("createdAt", "updatedAt")
    deletes = True
    credentials_env: ClassVar[Mapping[str, str]] = {
        "REVIEWBRIDGE_TRUSTPILOT_API_KEY": API_KEY,
        "REVIEWBRIDGE_TRUSTPILOT_API_SECRET": API_SECRET,
    }

    @classmethod
    async def credentials(cls, http: httpx.AsyncClient) -> dict[str, str]:
        grant = {"grant_type": "client_credentials"}
        response = await http.post(TOKEN_PATH, data=grant, headers=basic_header(API_KEY, API_SECRET))
        response.raise_for_status()
        return {"Authorization": f"Bearer {response.json()['access_token']}", "apikey": API_KEY}

    def __init__(self, settings: Settings, stats: Stats) -> None:
        super().__init__(settings, stats)
        self.tokens = Tokens(settings.token_lifetime(TOKEN_LIFETIME_S))
        # Every business unit named so far is remembered, to find a review by its id.
        self.units: NamedScopes[BusinessUnitReviews] = NamedScopes(
            self._unit, lambda reviews: reviews.data, settings.reviews, MAX_NAMED_UNITS
        )
        self._errors = 0

    def _unit(self, unit_id: str) -> BusinessUnitReviews:
        size = self.settings.reviews
        return BusinessUnitReviews(TrustpilotData(self.settings.seed, unit_id, size), size)

    def unit(self, unit_id: str) -> BusinessUnitReviews:
        return self.units.get(unit_id)

    def find(self, review_id: str) -> tuple[BusinessUnitReviews, int] | None:
        """The business unit and index of a review of the directory's units or any unit named so far."""
        for info in DIRECTORY.values():
            self.unit(info.id)
        return self.units.find(review_id)

    def routes(self) -> list[BaseRoute]:
        return [
            Route(TOKEN_PATH, self.token, methods=["POST"]),
            Route("/v1/private/business-units/{businessUnitId}/reviews", self.list_reviews, methods=["GET"]),
            Route("/v1/private/reviews/{reviewId}", self.get_review, methods=["GET"]),
            Route("/v1/private/reviews/{reviewId}/reply", self.reply, methods=["POST", "DELETE"]),
            Route("/v1/business-units/find", self.find_business_unit, methods=["GET"]),
        ]

    def error(self, status: int, message: str, headers: Mapping[str, str] | None = None) -> Response:
        self._errors += 1
        correlation = f"{stable_hash('trustpilot-error', self.settings.seed, self._errors):016x}"
        body = {
            "message": message,
            "errorCode": ERROR_CODES.get(status, 1000 + status % 100 if status < 500 else 2000 + status % 100),
            "details": "",
            "correlationId": uuid_text(correlation * 2),
        }
        return json_response(body, status, headers)

    # ---------- credentials ----------

    async def token(self, request: Request) -> Response:
        self.stats.token_requests += 1
        if _media_type(request) != FORM:
            return self.error(415, f"Content-Type must be {FORM}")
        basic = basic_credentials(request)
        if basic is None or not (same(basic[0], API_KEY) and same(basic[1], API_SECRET)):
            return self.error(401, "Invalid API key or secret")
        try:
            form = dict(parse_qsl((await request.body()).decode("utf-8"), keep_blank_values=True))
        except (UnicodeDecodeError, ValueError):
            return self.error(400, "Malformed form body")
        grant_type = form.get("grant_type")
        needs = {"client_credentials": (), "password": ("username", "password"), "refresh_token": ("refresh_token",)}
        if grant_type not in needs:
            return self.error(400, "grant_type must be client_credentials, password or refresh_token")
        missing = [field for field in needs[grant_type] if field not in form]
        if missing:
            return self.error(400, f"the {grant_type} grant needs {' and '.join(missing)}")
        if grant_type == "password" and not (same(form["username"], USERNAME) and same(form["password"], PASSWORD)):
            return self.error(401, "Invalid username or password")
        wait = self.tokens.wait_before_grant()
        if wait is not None:
            return self.error(429, "Access tokens requested too often; reuse a token until it expires",
                              {"Retry-After": str(wait)})  # fmt: skip
        if grant_type == "refresh_token" and not self.tokens.redeem(form["refresh_token"]):
            return self.error(400, "Invalid or expired refresh token")
        grant = self.tokens.grant(refreshable=grant_type != "client_credentials")
        return json_response(grant.as_json(), headers={"Cache-Control": "no-store", "Pragma": "no-cache"})

    def _private(self, request: Request) -> Response | None:
        """The refusal of a private call without a valid token (or with a wrong ``apikey``), else None."""
        if not self.tokens.valid(bearer_token(request)):
            return self.error(401, "Unauthorized: missing, invalid or expired access token")
        key = request.headers.get("apikey")
        if key is not None and not same(key, API_KEY):
            return self.error(401, "Invalid API key")
        return None

    # ---------- reviews ----------

    async def list_reviews(self, request: Request) -> Response:
        refused = self._private(request)
        if refused is not None:
            return refused
        q = request.query_params
        try:
            page = query_int(q, "page", default=1, minimum=1, maximum=2_147_483_647)
            per_page = query_int(q, "perPage", default=20, minimum=1, maximum=100)
            order, filters = list_filters(q)
        except BadInput as exc:
            return self.error(400, exc.message)
        unit_id = request.path_params["businessUnitId"]
        if not is_business_unit_id(unit_id):
            return self.error(404, "Business unit not found")
        reviews = self.unit(unit_id)
        keys = reviews.keys(order.startswith("stars."), filters)
        start = (page - 1) * per_page
        if order.endswith(".asc"):
            selected = keys[start : start + per_page]
        else:  # the view ascends: a descending page is read backwards from the end
            top = max(len(keys) - start, 0)
            selected = keys[max(top - per_page, 0) : top][::-1]
        links = [{"href": link(request, with_params(request, {"page": str(page)})), "method": "GET", "rel": "self"}]
        if page > 1:
            links.append({"href": link(request, with_params(request, {"page": str(page - 1)})), "method": "GET",
                          "rel": "prev-page"})  # fmt: skip
        if start + per_page < len(keys):
            links.append({"href": link(request, with_params(request, {"page": str(page + 1)})), "method": "GET",
                          "rel": "next-page"})  # fmt: skip
        # "reviews" first: the "future" lie stamps the first list of the body.
        return json_response({"reviews": [reviews.doc(key & INDEX_MASK) for key in selected], "links": links})

    async def get_review(self, request: Request) -> Response:
        refused = self._private(request)
        if refused is not None:
            return refused
        found = self.find(request.path_params["reviewId"])
        if found is None:
            return self.error(404, "Review not found")
        reviews, index = found
        return json_response(reviews.doc(index))

    async def reply(self, request: Request) -> Response:
        """Post (a second post replaces the reply: ND, assumed) or delete the company reply."""
        refused = self._private(request)
        if refused is not None:
            return refused
        message = None
        if request.method == "POST":
            if _media_type(request) != "application/json":
                return self.error(415, "Content-Type must be application/json")
            try:
                message = reply_message(await read_json(request))
            except BadInput as exc:
                return self.error(400, exc.message)
        found = self.find(request.path_params["reviewId"])
        if found is None:
            return self.error(404, "Review not found")
        reviews, index = found
        doc = reviews.doc(index)
        if message is None:
            if doc["companyReply"] is not None:
                reviews.store(index, {**doc, "companyReply": None})
            return empty_response(204)
        earlier = doc["companyReply"]
        now = floor_s(now_ms())
        created = now if earlier is None else _ms(earlier["createdAt"], now)
        reviews.store(index, {**doc, "companyReply": reviews.data.company_reply(message, created, now)})
        return empty_response(201)

    # ---------- business units ----------

    async def find_business_unit(self, request: Request) -> Response:
        key = request.headers.get("apikey") or request.query_params.get("apikey")
        if not same(key, API_KEY):
            return self.error(401, "Missing or invalid API key")
        name = request.query_params.get("name")
        if not name:
            return self.error(400, "name is required: the business unit's domain")
        info = DIRECTORY.get(name.strip().lower().removeprefix("www."))
        if info is None:
            return self.error(404, "Business unit not found")
        reviews = self.unit(info.id)
        alive = list(reviews.alive())
        stars = sum(reviews.stars[i] for i in alive) / len(alive) if alive else 0.0
        return json_response(info.as_json(len(alive), stars))

    # ---------- admin ----------

    def _admin_unit(self, scope: str) -> BusinessUnitReviews:
        info = DIRECTORY.get(scope)
        return self.unit(info.id if info is not None else scope)

    def dataset(self, scope: str) -> list[dict[str, str]]:
        reviews = self._admin_unit(scope)
        out = []
        for key in reversed(reviews.keys(False, Filters())):
            doc = reviews.doc(key & INDEX_MASK)
            out.append({"id": doc["id"], "updated_at": doc["updatedAt"] or doc["createdAt"]})
        return out

    def churn(self, scope: str, add: int, update: int) -> dict[str, Any]:
        """Edit ``update`` reviews (stars, title, text; about half also get a new or changed company
        reply) and add ``add`` reviews written now."""
        reviews = self._admin_unit(scope)
        reviews.events += 1
        g = rng("trustpilot-churn", self.settings.seed, scope, reviews.events)
        now = floor_s(max(now_ms(), reviews.newest_created()))
        stamp = iso_s(now)
        existing = list(reviews.alive())
        updated_ids, replied_ids = [], []
        for index in g.sample(existing, min(update, len(existing))):
            doc = dict(reviews.doc(index))
            stars = g.randint(1, 5)
            mood = text.sentiment(stars)
            doc.update(stars=stars, title=text.title(g, mood), text=text.comment(g, mood, "order"), updatedAt=stamp)
            if g.random() < 0.5:
                earlier = doc["companyReply"]
                created = now if earlier is None else _ms(earlier["createdAt"], now)
                doc["companyReply"] = reviews.data.company_reply(text.reply(g, mood, None), created, now)
                replied_ids.append(doc["id"])
            reviews.store(index, doc)
            updated_ids.append(doc["id"])
        added_ids = []
        for _ in range(add):
            seeded = reviews.data.core(reviews.size)
            core = seeded._replace(created=now, updated=-1, reply_created=-1, reply_updated=-1, reported=False)
            index = reviews.append(core)
            doc = reviews.data.render(index, core)
            reviews.store(index, doc)
            added_ids.append(doc["id"])
        return {"added": added_ids, "updated": updated_ids, "replied": replied_ids}

    def delete(self, scope: str, count: int) -> list[str]:
        reviews = self._admin_unit(scope)
        reviews.events += 1
        g = rng("trustpilot-delete", self.settings.seed, scope, reviews.events)
        existing = list(reviews.alive())
        deleted = []
        for index in sorted(g.sample(existing, min(count, len(existing)))):
            deleted.append(reviews.data.review_id(index))
            reviews.remove(index)
        return deleted


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def _ms(stamp: str, fallback: int) -> int:
    parsed = parse_datetime(stamp)
    return fallback if parsed is None else parsed
