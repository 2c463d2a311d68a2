"""The eTrusted sandbox as the tests walk it."""

from tests.providers import SCOPE, Case

# Statements (reviews without a rating) are left out unless asked for.
CASE = Case(
    scope={"channel_id": SCOPE},
    everything={"ignore_statements": False},
    page_size="count",
    narrowing=("--rating", "5", "--rating", "4"),
)
