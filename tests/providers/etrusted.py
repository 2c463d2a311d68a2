"""The eTrusted sandbox as the tests walk it."""

from tests.providers import SCOPE, Case

CASE = Case(
    scope={"channel_id": SCOPE},
    # Statements (reviews without a rating) are left out unless asked for.
    everything={"ignore_statements": False},
    page_size="count",
    # The token endpoint included; the two reply writes, which answer without a body, not.
    json_operations=10,
)
