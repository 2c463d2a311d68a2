"""Reevoo's page in the client-cost benchmark (see _cost.py): one full window, no pagination."""

from __future__ import annotations

from typing import Any

from dlt.sources.helpers.rest_client.paginators import SinglePagePaginator

from ._cost import Cost


def _answer(responses: Any, key: str) -> object:
    return next((r.get("answer") for r in responses or () if r.get("display_key") == key), None)


def _model_answer(responses: Any, key: str) -> object:
    return next((r.answer for r in responses or () if str(r.display_key) == key), None)


def _item(template: dict[str, Any], provider: str, n: int) -> dict[str, Any]:
    return {**template, "order_ref": f"ORDER-{n}", "nps_score": n % 11}


def _generated_page(operation: Any, client: Any, n: int) -> list[Any]:
    return list(operation.sync("BENCH", client=client).customer_experience_reviews)


COST = Cost(
    page_size=1000,
    operation_id="listCustomerExperienceReviews",
    operation="customer_experience_reviews.list_customer_experience_reviews",
    path="/v4/organisations/BENCH/customer_experience_reviews",
    items="customer_experience_reviews",
    read_json=lambda i: (
        i.get("order_ref"),
        i.get("nps_score"),
        _answer(i.get("responses"), "general_comments"),
        (i.get("reviewer") or {}).get("first_name"),
        i.get("publish_date"),
    ),
    read_model=lambda m: (
        m.order_ref,
        m.nps_score,
        _model_answer(m.responses, "general_comments"),
        m.reviewer.first_name if m.reviewer else None,
        m.publish_date,
    ),
    generated_page=_generated_page,
    paginator=SinglePagePaginator,
    credentials=("bench-key", "bench-secret"),
    filters={"trkref": "BENCH"},
    pages=1,
    repeats=15,  # one page a walk: more walks for a stable median
    item=_item,
    soak={"trkref": "SOAK", "older_reviews": True},
)
