"""Routes for tests, outside every spec: ``/_sandbox/dataset``, ``/_sandbox/churn``, ``/_sandbox/stats``,
``/_sandbox/lie`` (a list that ends early: a page cut short and marked as the last, where the answers
tell the list's length).

``churn`` adds (``add``), changes (``update``) and, where the provider's sandbox can, deletes (``delete``)
reviews of a scope; deletions come first, so every id reported as added or updated still exists.

No authentication, no faults, no latency.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ._faults import ADMIN_PREFIX
from ._http import BadInput, json_response, query_int
from ._provider import Provider
from ._settings import DEFAULT_SCOPE

MAX_CHURN = 100_000


def admin_routes(provider: Provider) -> list[Route]:
    async def dataset(request: Request) -> Response:
        scope = request.query_params.get("scope") or DEFAULT_SCOPE
        return json_response({"reviews": provider.dataset(scope)})

    async def churn(request: Request) -> Response:
        q = request.query_params
        try:
            add = query_int(q, "add", default=0, minimum=0, maximum=MAX_CHURN)
            update = query_int(q, "update", default=0, minimum=0, maximum=MAX_CHURN)
            delete = query_int(q, "delete", default=0, minimum=0, maximum=MAX_CHURN)
        except BadInput as exc:
            return json_response({"error": exc.message}, 400)
        if delete and not provider.deletes:
            return json_response({"error": f"the {provider.name} sandbox cannot delete reviews"}, 400)
        scope = q.get("scope") or DEFAULT_SCOPE
        deleted = provider.delete(scope, delete) if delete else None
        result = {"scope": scope, **provider.churn(scope, add, update)}
        if deleted is not None:
            result["deleted"] = deleted
        return json_response(result)

    async def lie(request: Request) -> Response:
        """``short=N``: cut the next N list pages short, as the last page, ``after`` M true ones."""
        q = request.query_params
        try:
            short = query_int(q, "short", default=1, minimum=0, maximum=MAX_CHURN)
            after = query_int(q, "after", default=1, minimum=0, maximum=MAX_CHURN)
        except BadInput as exc:
            return json_response({"error": exc.message}, 400)
        if not provider.tells_length:
            return json_response({"error": f"the {provider.name} sandbox's lists tell no length to lie about"}, 400)
        provider.stats.short_pages, provider.stats.short_after = short, after
        return json_response({"short": short, "after": after})

    async def stats(request: Request) -> Response:
        return json_response(provider.stats.as_json())

    return [
        Route(f"{ADMIN_PREFIX}/dataset", dataset, methods=["GET"]),
        Route(f"{ADMIN_PREFIX}/churn", churn, methods=["POST"]),
        Route(f"{ADMIN_PREFIX}/stats", stats, methods=["GET"]),
        Route(f"{ADMIN_PREFIX}/lie", lie, methods=["POST"]),
    ]
