"""The Reevoo sandbox as the tests walk it."""

from tests.providers import SCOPE, Case, Echo

# One page: the whole data set in one answer; older_reviews lifts the moving window.
CASE = Case(
    readme_types={
        'for experience in reevoo.reviews(trkref="ABC", older_reviews=True):': (
            "assert_type(experience, reviewbridge.Review[reevoo_client.models.CustomerExperienceReview])",
        ),
    },
    json_operations=2,
    rating_max=10,
    scope={"trkref": SCOPE},
    everything={"older_reviews": True},
    export_latency_ms=200,
    narrowing=("--branch-code", "MAN02"),
    echo=Echo(
        credentials={"api_key": "rv-echo-key-SECRET-abcdef", "api_secret": "rv-echo-secret/SECRET+98=7654"},
        scope={"trkref": "TRK"},
        error_body=lambda text: {"message": f"bad credentials {text}"},
        basic=True,
    ),
    auth_error=(None, "Unauthorized"),
)
