"""The TestFreaks sandbox as the tests walk it."""

from tests.providers import SCOPE, Case, Echo

CASE = Case(
    readme_types={
        'for review in client.reviews(client_id="example.com", updated_after=since):': (
            "assert_type(review, reviewbridge.Review[testfreaks_client.models.Review])",
            "assert_type(review.raw, testfreaks_client.models.Review)",
        ),
        'review_id = next(client.reviews(client_id="example.com")).id': ("assert_type(review_id, str)",),
    },
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
    auth_error=(None, "Invalid API key"),
)
