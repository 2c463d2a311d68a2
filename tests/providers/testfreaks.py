"""The TestFreaks sandbox as the tests walk it."""

from tests.providers import SCOPE, Case

CASE = Case(
    json_operations=5,
    lies_and_kills=True,
    scope={"client_id": SCOPE},
    page_size="limit",
    narrowing=("--moderation-status", "accepted"),
)
