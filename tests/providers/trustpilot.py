"""The Trustpilot sandbox as the tests walk it."""

from tests.providers import Case

#: The sandbox's business unit of example.com (its example scope).
UNIT = "507f191e810c19729de860ea"

CASE = Case(
    readme_types={
        'for tp_review in tp.reviews(business_unit_id=unit_id, stars=[4, 5], language=["en"]):': (
            "assert_type(tp_review, reviewbridge.Review[trustpilot_client.models.PrivateReview])",
        ),
        "private = tp.get_review(first.id)": ("assert_type(private, trustpilot_client.models.PrivateReview)",),
        'unit = tp.find_business_unit("example.com")': ("assert_type(unit, trustpilot_client.models.BusinessUnit)",),
    },
    scope={"business_unit_id": UNIT},
    page_size="per_page",
    # Listed by creation time only: an incremental run finds an edit only on the pages it walks anyway.
    sees_edits=False,
    # Its writes document JSON error bodies.
    json_operations=6,
    narrowing=("--stars", "5"),
    auth_error=(None, "refused the client credentials"),
)
