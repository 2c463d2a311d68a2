"""Thanx's pages in the client-cost benchmark (see _cost.py)."""

from __future__ import annotations

from typing import Any

from dlt.sources.helpers.rest_client.paginators import PageNumberPaginator

from ._cost import Cost


def _link(body: dict[str, Any], p: int, pages: int, size: int) -> None:
    body["pagination"] = {"current_page": p + 1, "per_page": size, "total_pages": pages}


def _generated_page(operation: Any, client: Any, n: int) -> list[Any]:
    return list(operation.sync(client=client, merchant_id="bench", page=n + 1).feedbacks)


COST = Cost(
    page_size=100,
    operation_id="listFeedbacks",
    operation="feedbacks.list_feedbacks",
    path="/partner/feedbacks",
    items="feedbacks",
    read_json=lambda i: (i["id"], i.get("rating"), i.get("review"), i.get("user_id"), i.get("reviewed_at")),
    read_model=lambda m: (m.id, m.rating, m.review, m.user_id, m.reviewed_at),
    generated_page=_generated_page,
    paginator=lambda: PageNumberPaginator(base_page=1, page_param="page", total_path="pagination.total_pages"),
    credentials=("bench-client", "bench-token"),
    filters={"merchant_id": "bench"},
    first_params={"merchant_id": "bench"},
    pages=20,
    link=_link,
    page_params=lambda n: {"page": n + 1},
    page_index=lambda params: int(params.get("page", "1")) - 1,
    soak={"merchant_id": "soak-merchant", "per_page": 100},
)
