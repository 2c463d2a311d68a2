"""The Google Business Profile sandbox as the tests walk it."""

from tests.providers import Case

CASE = Case(
    scope={"all_locations": True},
    page_size="page_size",
    # Every operation: deleteReply documents JSON error bodies only.
    json_operations=8,
)
