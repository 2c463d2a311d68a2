"""eTrusted's pages in the client-cost benchmark (see _cost.py)."""

from __future__ import annotations

from typing import Any

from dlt.sources.helpers.rest_client.paginators import JSONResponseCursorPaginator

from ._cost import Cost


def _item(template: dict[str, Any], provider: str, n: int) -> dict[str, Any]:
    return {
        **template,
        "id": f"{provider}-{n:08d}",
        "rating": 1 + n % 5,
        "updatedAt": f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}T10:{n % 60:02d}:00.000Z",
    }


def _link(body: dict[str, Any], p: int, pages: int, size: int) -> None:
    after = "" if p == pages - 1 else f"cursor-{p + 1}"
    body["paging"] = {"count": size, "cursor": {"before": None, "after": after}, "links": {"next": ""}}


def _generated_page(operation: Any, client: Any, n: int) -> list[Any]:
    after = {"after": f"cursor-{n}"} if n else {}
    return list(operation.sync(client=client, channels=["chl-bench"], **after).items)


# The listing the facade walks: the account-wide /reviews, not the deprecated channel path.
COST = Cost(
    page_size=1000,
    operation_id="getReviews",
    operation="reviews.get_reviews",
    path="/reviews",
    items="items",
    read_json=lambda i: (
        i["id"],
        i.get("rating"),
        i.get("comment"),
        (i.get("customer") or {}).get("fullName"),
        i.get("submittedAt"),
    ),
    read_model=lambda m: (m.id, m.rating, m.comment, m.customer.full_name if m.customer else None, m.submitted_at),
    generated_page=_generated_page,
    paginator=lambda: JSONResponseCursorPaginator(cursor_path="paging.cursor.after", cursor_param="after"),
    credentials=("bench-client", "bench-secret"),
    filters={"channels": ["chl-bench"]},
    first_params={"channels": "chl-bench"},
    item=_item,
    link=_link,
    soak={"channel_id": "chl-soak", "count": 500},
)
