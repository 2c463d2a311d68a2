"""The TestFreaks sandbox as the tests walk it."""

from tests.providers import SCOPE, Case

CASE = Case(scope={"client_id": SCOPE}, page_size="limit", narrowing=("--moderation-status", "accepted"))
