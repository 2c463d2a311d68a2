"""Google Business Profile for the facade tests: payloads built from its spec's examples, a fake API of its
three hosts and its token endpoint, and clients (found by name through ``tests.unit._support``)."""

from __future__ import annotations

import copy
import json
from collections import Counter
from typing import Any

import httpx
import reviewbridge as rb

from tests.unit._support import async_http, example, no_sleep, sync_http

GOOGLE_CLIENT_ID = "gbp-client-id-SECRET-17"
GOOGLE_CLIENT_SECRET = "gbp-client-secret-SECRET-29"
GOOGLE_REFRESH_TOKEN = "gbp-refresh-token-SECRET-43"
GOOGLE_TOKEN_PREFIX = "gbp-access-token-SECRET-"
SECRETS = (GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET, GOOGLE_REFRESH_TOKEN)

REVIEW_EXAMPLE = example("google", "/v4/accounts/{accountId}/locations/{locationId}/reviews")["reviews"][0]
TOKEN_EXAMPLE = example("google", "/token", "post")


def google_review(location: str, i: int, **changes: Any) -> dict[str, Any]:
    """The spec's review example, as review ``i`` of ``location``, changed ``i`` minutes before the example."""
    item = copy.deepcopy(REVIEW_EXAMPLE)
    item["reviewId"] = f"r{i}"
    item["name"] = f"{location}/reviews/r{i}"
    item["updateTime"] = f"2014-10-02T{15 - i // 60:02d}:{59 - i % 60:02d}:23Z"
    item.update(changes)
    return item


def google_error(code: int, status: str, message: str = "failed") -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "status": status}}


class FakeGoogle:
    """Google's token endpoint and three APIs behind one handler, reached on any host (the production ones
    or a base URL): ``accounts`` -> their locations -> each location's reviews, ``page`` to a page, each
    list paged by token; Google's JSON leaves an empty list out. ``calls`` counts requests by path; ``hosts``
    keeps each request's host by operation."""

    def __init__(self, locations: dict[str, list[str]], reviews: int = 3, page: int = 2, prefix: str = "") -> None:
        self.prefix = prefix  # the path of a base URL the hosts are served under
        self.locations = locations  # account name -> its location names ("locations/L")
        self.reviews = {
            f"{account}/{location}": [google_review(f"{account}/{location}", i) for i in range(reviews)]
            for account, names in locations.items()
            for location in names
        }
        self.page = page
        self.calls: Counter[str] = Counter()
        self.requests: list[httpx.Request] = []
        self.tokens = 0
        self.fail: dict[str, list[httpx.Response]] = {}  # path -> answers given before the real one

    def _paged(self, items: list[Any], member: str, request: httpx.Request) -> dict[str, Any]:
        start = int(request.url.params.get("pageToken", "0") or 0)
        body: dict[str, Any] = {member: items[start : start + self.page]} if items[start : start + self.page] else {}
        if start + self.page < len(items):
            body["nextPageToken"] = str(start + self.page)
        return body

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix(self.prefix)
        self.calls[path] += 1
        self.requests.append(request)
        if self.fail.get(path):
            return self.fail[path].pop(0)
        if path == "/token":
            self.tokens += 1
            token = {**TOKEN_EXAMPLE, "access_token": f"{GOOGLE_TOKEN_PREFIX}{self.tokens}"}
            return httpx.Response(200, json=token)
        if not request.headers.get("Authorization", "").startswith(f"Bearer {GOOGLE_TOKEN_PREFIX}"):
            return httpx.Response(401, json=google_error(401, "UNAUTHENTICATED"))
        parts = path.strip("/").split("/")
        if path == "/v1/accounts":
            return httpx.Response(200, json=self._paged([{"name": a} for a in self.locations], "accounts", request))
        if parts[:2] == ["v1", "accounts"] and parts[-1] == "locations":
            if not request.url.params.get("readMask"):
                return httpx.Response(400, json=google_error(400, "INVALID_ARGUMENT", "readMask is required"))
            names = self.locations.get(f"accounts/{parts[2]}", [])
            return httpx.Response(200, json=self._paged([{"name": n} for n in names], "locations", request))
        location = "/".join(parts[1:5])
        if parts[0] == "v4" and len(parts) == 6 and parts[5] == "reviews":
            found = self._paged(self.reviews.get(location, []), "reviews", request)
            return httpx.Response(200, json={**found, "averageRating": 4.5, "totalReviewCount": 3})
        if parts[0] == "v4" and len(parts) >= 7:
            review = next((r for r in self.reviews.get(location, []) if r["reviewId"] == parts[6]), None)
            if review is None:
                return httpx.Response(404, json=google_error(404, "NOT_FOUND", "Requested entity was not found."))
            if parts[-1] == "reply" and request.method == "PUT":
                review["reviewReply"] = {**json.loads(request.content), "updateTime": "2014-10-03T09:30:00Z"}
                return httpx.Response(200, json=review["reviewReply"])
            if parts[-1] == "reply" and request.method == "DELETE":
                review.pop("reviewReply", None)
                return httpx.Response(200, json={})
            return httpx.Response(200, json=review)
        return httpx.Response(404, json=google_error(404, "NOT_FOUND"))


def google(handler: Any, **options: Any) -> rb.GoogleBusinessProfile:
    """A sync client over ``handler``, retries without waits."""
    client = rb.GoogleBusinessProfile(
        GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET, GOOGLE_REFRESH_TOKEN, http_client=sync_http(handler), **options
    )
    no_sleep(client)
    return client


def agoogle(handler: Any, **options: Any) -> rb.AsyncGoogleBusinessProfile:
    """The async twin of :func:`google`."""
    client = rb.AsyncGoogleBusinessProfile(
        GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET, GOOGLE_REFRESH_TOKEN, http_client=async_http(handler), **options
    )
    no_sleep(client)
    return client
