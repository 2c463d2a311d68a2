"""The Thanx sandbox as the tests walk it."""

from typing import Any

from tests.providers import SCOPE, Case, Echo, documented

_FEEDBACK = documented("thanx", "/partner/feedbacks")["feedbacks"][0]


def _feedback(**changes: Any) -> dict[str, Any]:
    return {**_FEEDBACK, **changes}


CASE = Case(
    readme_types={
        'for feedback in thanx.reviews(merchant_id="woeri34", states=["reviewed"], concurrency=8):': (
            "assert_type(feedback, reviewbridge.Review[thanx_client.models.Feedback])",
            "assert_type(feedback.raw, thanx_client.models.Feedback)",
        ),
        'feedback = thanx.reply(feedback_id, "Sorry about the wait!", merchant_id="example.com")': (
            "assert_type(feedback, thanx_client.models.Feedback)",
        ),
    },
    json_operations=2,
    lies_and_kills=True,
    rating_max=10,
    scope={"merchant_id": SCOPE},
    page_size="per_page",
    export_latency_ms=10,
    documented_forms=(
        (
            "Feedback",
            _feedback(location_id=None),
            "Thanx: location_id is listed as a string with no required or non-null mark; real records carry null",
        ),
        (
            "Feedback",
            _feedback(user_id=None, merchant_id=None),
            "Thanx: the attribute table marks no member of a feedback record required or non-null",
        ),
        (
            "Feedback",
            {"id": "590485d6f0"},
            "Thanx: the attribute table marks no member of a feedback record as always present",
        ),
    ),
    narrowing=("--states", "rated", "--states", "reviewed"),
    echo=Echo(
        credentials={"client_id": "thanx-echo-client-SECRET-42", "access_token": "thanx-echo-token-SECRET-xyz"},
        scope={"merchant_id": "m"},
        error_body=lambda text: {"error": {"code": f"unauthorized {text}", "message": f"token rejected: {text}"}},
    ),
    auth_error=("UNAUTHORIZED", "Missing or invalid access token"),
)
