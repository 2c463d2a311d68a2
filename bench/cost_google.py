"""Google Business Profile's pages in the client-cost benchmark (see _cost.py): one location's reviews."""

from __future__ import annotations

from typing import Any

from dlt.sources.helpers.rest_client.paginators import JSONResponseCursorPaginator

from ._cost import Cost

LOCATION = "accounts/1/locations/10"
_STARS = ("ONE", "TWO", "THREE", "FOUR", "FIVE")


def _item(template: dict[str, Any], provider: str, n: int) -> dict[str, Any]:
    return {
        **template,
        "name": f"{LOCATION}/reviews/{provider}-{n:08d}",
        "reviewId": f"{provider}-{n:08d}",
        "starRating": _STARS[n % 5],
        "updateTime": f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}T10:{n % 60:02d}:00.123Z",
    }


def _link(body: dict[str, Any], p: int, pages: int, size: int) -> None:
    body.pop("nextPageToken", None)
    if p < pages - 1:
        body["nextPageToken"] = f"token-{p + 1}"


def _generated_page(operation: Any, client: Any, n: int) -> list[Any]:
    token = {"page_token": f"token-{n}"} if n else {}
    return list(operation.sync("1", "10", client=client, page_size=50, **token).reviews)


COST = Cost(
    page_size=50,  # the most listReviews allows
    operation_id="listReviews",
    operation="reviews.list_reviews",
    path=f"/v4/{LOCATION}/reviews",
    items="reviews",
    read_json=lambda i: (
        i["name"],
        i.get("starRating"),
        i.get("comment"),
        (i.get("reviewer") or {}).get("displayName"),
        i.get("updateTime"),
    ),
    read_model=lambda m: (
        m.name,
        m.star_rating,
        m.comment,
        m.reviewer.display_name if m.reviewer else None,
        m.update_time,
    ),
    generated_page=_generated_page,
    paginator=lambda: JSONResponseCursorPaginator(cursor_path="nextPageToken", cursor_param="pageToken"),
    credentials=("bench-client", "bench-secret", "bench-refresh"),
    filters={"location": LOCATION},
    first_params={"pageSize": 50},
    item=_item,
    link=_link,
    pages=20,
    page_params=lambda n: {"pageToken": f"token-{n}"} if n else {},
    page_index=lambda params: int(params["pageToken"].split("-")[1]) if params.get("pageToken") else 0,
)
