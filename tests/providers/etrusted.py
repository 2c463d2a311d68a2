"""The eTrusted sandbox as the tests walk it."""

from tests.providers import SCOPE, Case, Echo, documented, without

_REVIEW = documented("etrusted", "/reviews")["items"][0]

CASE = Case(
    readme_types={
        'for et_review in et.reviews(channels=["chl-1", "chl-2"], rating=[1, 2], status=["APPROVED"]):': (
            "assert_type(et_review, reviewbridge.Review[etrusted_client.models.CustomerReview])",
        ),
        "review = et.get_review(review_id)": ("assert_type(review, etrusted_client.models.CustomerReview)",),
        'veto = et.veto(review_id, reason="INAPPROPRIATE_IMAGE", comment="Shows a person, not the product")': (
            "assert_type(veto, etrusted_client.models.ReviewVetoResponse)",
            "assert_type(et.count_reviews(), int)",
        ),
    },
    scope={"channel_id": SCOPE},
    # Statements (reviews without a rating) are left out unless asked for.
    everything={"ignore_statements": False},
    page_size="count",
    # The token endpoint included; the two reply writes, which answer without a body, not.
    json_operations=10,
    documented_forms=(
        (
            "CustomerReview",
            without(_REVIEW, "inviteRef", "feedbackType", "verificationType"),
            "eTrusted's channel-scoped description (CustomerReviewResponseDto) marks inviteRef, feedbackType "
            "and verificationType without the always-present mark it gives _object, id, accountRef, ...",
        ),
        (
            "CustomerReview",
            without(_REVIEW, "questionnaire", "customer", "transaction", "event", "reply"),
            "eTrusted's current description lists questionnaire, customer, transaction, event and reply as optional",
        ),
        (
            "MinimalReviewList",
            {
                "paging": {"count": 0, "cursor": {"before": None, "after": None}, "links": {"previous": None}},
                "items": [],
            },
            "getMinimalReviews: smaller items; its envelope's members are not listed (totalElements is deprecated)",
        ),
        (
            "ReviewsCount",
            {"totalElements": "12"},
            "getReviewsCount: its required list names channelId and count, members it does not define; "
            "its example gives totalElements as a string",
        ),
    ),
    narrowing=("--rating", "5", "--rating", "4"),
    echo=Echo(
        credentials={"client_id": "et-echo-client-SECRET-77", "client_secret": "et-echo-secret-SECRET-55"},
        scope={"channel_id": "chl-1"},
        error_body=lambda text: {"error": f"invalid_client {text}", "error_description": f"rejected {text}"},
        token=True,
    ),
    auth_error=("invalid_client", "refused the client credentials"),
)
