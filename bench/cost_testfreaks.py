"""TestFreaks' pages in the client-cost benchmark (see _cost.py)."""

from __future__ import annotations

from typing import Any

from dlt.sources.helpers.rest_client.paginators import JSONLinkPaginator

from ._cost import Cost


def _item(template: dict[str, Any], provider: str, n: int) -> dict[str, Any]:
    stamp = f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}T10:{n % 60:02d}:00Z"
    return {**template, "id": f"{provider}-{n:08d}", "updated_at": stamp}


def _link(body: dict[str, Any], p: int, pages: int, size: int) -> None:
    body["links"] = {} if p == pages - 1 else {"next": f"http://127.0.0.1/v1/reviews?after=cursor-{p + 1}"}


def _generated_page(operation: Any, client: Any, n: int) -> list[Any]:
    return list(operation.sync(client=client, client_id="bench", **({"after": f"cursor-{n}"} if n else {})).data)


COST = Cost(
    page_size=1000,
    operation_id="listReviews",
    operation="reviews.list_reviews",
    path="/v1/reviews",
    items="data",
    read_json=lambda i: (i["id"], i.get("score"), i.get("extract"), i.get("author"), i.get("date")),
    read_model=lambda m: (m.id, m.score, m.extract, m.author, m.date),
    generated_page=_generated_page,
    paginator=lambda: JSONLinkPaginator(next_url_path="links.next"),
    credentials=("sk_bench",),
    filters={"client_id": "bench"},
    first_params={"client_id": "bench"},
    item=_item,
    link=_link,
    soak={"client_id": "soak.example.com", "limit": 500},
)
