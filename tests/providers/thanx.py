"""The Thanx sandbox as the tests walk it."""

from tests.providers import SCOPE, Case

CASE = Case(
    json_operations=2,
    lies_and_kills=True,
    rating_max=10,
    scope={"merchant_id": SCOPE},
    page_size="per_page",
    export_latency_ms=10,
)
