"""The TestFreaks sandbox as the tests walk it."""

from tests.providers import SCOPE, Case, Echo

CASE = Case(
    json_operations=5,
    lies_and_kills=True,
    scope={"client_id": SCOPE},
    page_size="limit",
    narrowing=("--moderation-status", "accepted"),
    echo=Echo(
        credentials={"api_key": "tf-echo-key-SECRET-0123456789"},
        scope={},
        error_body=lambda text: {"errors": [f"invalid api key {text}"]},
        basic=True,
    ),
)
