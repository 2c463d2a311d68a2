"""The Reevoo sandbox as the tests walk it."""

from tests.providers import SCOPE, Case

# One page: the whole data set in one answer; older_reviews lifts the moving window.
CASE = Case(
    json_operations=2,
    rating_max=10,
    scope={"trkref": SCOPE},
    everything={"older_reviews": True},
    export_latency_ms=200,
    narrowing=("--branch-code", "MAN02"),
)
