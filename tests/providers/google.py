"""The Google Business Profile sandbox as the tests walk it."""

from tests.providers import Case, documented, without

_REVIEW = documented("google", "/v4/accounts/{accountId}/locations/{locationId}/reviews")["reviews"][0]

#: The sandbox's example scope: its location group's first location (``--reviews`` reviews, as every sandbox's
#: example scope has; ``all_locations`` walks its three locations).
LOCATION = "accounts/118593756498454845969/locations/14288824811503993636"

CASE = Case(
    scope={"location": LOCATION},
    page_size="page_size",
    # Every operation: deleteReply documents JSON error bodies only.
    json_operations=8,
    # the last credential wrong: the refresh token, which the token endpoint refuses as invalid_grant
    auth_error=("invalid_grant", "grant the consent again"),
    auth_status=400,
    documented_forms=(
        (
            "Review",
            without(_REVIEW, "comment", "reviewReply"),
            "REV: `comment` may be absent (rating-only reviews: BATCH's ignoreRatingOnlyReviews); "
            "`reviewReply` is absent when there is none",
        ),
        (
            "Review",
            {**_REVIEW, "starRating": "STAR_RATING_UNSPECIFIED", "reviewer": {"isAnonymous": True}},
            "REV: StarRating lists STAR_RATING_UNSPECIFIED; profilePhotoUrl and the real displayName are only "
            "populated if isAnonymous is false",
        ),
        (
            "Reviewer",
            {"displayName": "A Google User", "isAnonymous": True},
            "REV: what an anonymous reviewer's displayName holds is not documented",
        ),
        (
            "Review",
            {**_REVIEW, "createTime": "2014-10-02T15:01:23Z", "updateTime": "2014-10-02T15:01:23.045123456Z"},
            "REV: timestamps are Z-normalized with 0, 3, 6 or 9 fractional digits",
        ),
        (
            "ReviewList",
            {},
            "LIST: nextPageToken is not present when there are no more reviews; Google's JSON leaves out an empty "
            "reviews list and zero counts",
        ),
        (
            "LocationList",
            {"locations": [{"name": "locations/4321098765432109876"}]},
            "LOC: only the fields readMask names come back (here `name`)",
        ),
        (
            "AccessToken",
            {"access_token": "ya29.a0Af", "expires_in": 3599},
            "OAUTH: scope and token_type are in the answer, but a refresh answer without a refresh_token is the "
            "usual one; only the token and its lifetime are needed",
        ),
    ),
)
