"""Reevoo Platform API v4: HTTP Basic; no pagination (a moving window, or everything with older_reviews)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any, ClassVar, Unpack, cast

import httpx
import reevoo_client
import reevoo_client.api
import reevoo_client.client
from reevoo_client.api.customer_experience_reviews import (
    get_customer_experience_review,
    list_customer_experience_reviews,
)
from reevoo_client.api.customer_experience_reviews.list_customer_experience_reviews import (
    ListCustomerExperienceReviewsFilterName,
    ListCustomerExperienceReviewsListing,
)
from reevoo_client.api.customer_experience_reviews.list_customer_experience_reviews import (
    ListCustomerExperienceReviewsFilters as ReevooFilters,
)
from reevoo_client.models import (
    CustomerExperienceReview,
    CustomerExperienceReviewDetail,
    CustomerExperienceReviewJSON,
    CustomerExperienceReviewList,
)

from . import _kit as kit
from .reevoo_id import reevoo_review_id as reevoo_review_id  # re-exported (EXPORTS)

#: A Reevoo listing is one page (the moving window): it has no resume token.
ReevooPage = kit.ReviewPage[CustomerExperienceReviewList, CustomerExperienceReview, None]


API_KEY = kit.Credential("api_key", "REVIEWBRIDGE_REEVOO_API_KEY", "Reevoo API key")
API_SECRET = kit.Credential("api_secret", "REVIEWBRIDGE_REEVOO_API_SECRET", "Reevoo API secret")


def _error(body: Any) -> tuple[str | None, str | None]:
    if not isinstance(body, dict):
        return None, None
    message = body.get("message") or body.get("error")
    return None, message if isinstance(message, str) else None


class ReevooAdapter(kit.Adapter["CustomerExperienceReviewList", "CustomerExperienceReview", "reevoo_client.Client"]):
    name = "reevoo"
    scope_keys: ClassVar[tuple[ListCustomerExperienceReviewsFilterName, ...]] = ("trkref", "branch_code")
    parse_error = staticmethod(_error)
    package = kit.Generated(
        list_customer_experience_reviews,
        ReevooFilters,
        CustomerExperienceReviewList,
        CustomerExperienceReview,
        reevoo_client.Client,
    )

    def __init__(self, api_key: kit.Secret, api_secret: kit.Secret) -> None:
        self._api_key = api_key
        self._api_secret = api_secret

    def auth(self) -> httpx.Auth:
        return kit.BasicAuth(self._api_key, self._api_secret)

    def to_review(self, item: dict[str, Any], scope: dict[str, Any]) -> kit.Review[CustomerExperienceReview]:
        # read flat through the generated JSON types (see Adapter.to_review)
        review = cast("CustomerExperienceReviewJSON", item)
        # The answers mapped, in one pass over the responses; of a key given twice, the last answer.
        good = bad = comments = None
        responses = review["responses"] if "responses" in review else None
        if isinstance(responses, list):
            for response in responses:
                if isinstance(response, dict) and "display_key" in response:
                    key = response["display_key"]
                    if key == "general_comments":
                        comments = response["answer"] if "answer" in response else None
                    elif key == "good_points":
                        good = response["answer"] if "answer" in response else None
                    elif key == "bad_points":
                        bad = response["answer"] if "answer" in response else None
        reply = None  # the first fast response with a text
        fast_responses = review["fast_responses"] if "fast_responses" in review else None
        if isinstance(fast_responses, list):
            for fast in fast_responses:
                answer = fast["response"] if isinstance(fast, dict) and "response" in fast else None
                if answer and isinstance(answer, str):
                    reply = answer
                    break
        publish_date = review["publish_date"] if "publish_date" in review else None
        published = kit.parse_iso(publish_date) if publish_date and isinstance(publish_date, str) else None
        nps_score = review["nps_score"] if "nps_score" in review else None
        reviewer = review["reviewer"] if "reviewer" in review else None
        first_name = reviewer["first_name"] if isinstance(reviewer, dict) and "first_name" in reviewer else None
        order_ref = review["order_ref"] if "order_ref" in review else None
        return kit.new_review(
            "reevoo",
            reevoo_review_id(item),
            float(nps_score) if isinstance(nps_score, (int, float)) and not isinstance(nps_score, bool) else None,
            10,  # rating_max: a Net Promoter Score
            None,  # title
            comments if comments and isinstance(comments, str) else None,  # text
            (good,) if good and isinstance(good, str) else (),  # pros
            (bad,) if bad and isinstance(bad, str) else (),  # cons
            first_name if first_name and isinstance(first_name, str) else None,  # author
            published,  # created_at
            published,  # updated_at: list items carry no change time
            reply,
            None,  # product
            order_ref if order_ref and isinstance(order_ref, str) else None,
            "published",  # status
            item,
            self.models[1],
        )


def _adapter(api_key: str | None, api_secret: str | None) -> ReevooAdapter:
    return ReevooAdapter(API_KEY.read(api_key), API_SECRET.read(api_secret))


class Reevoo(
    kit.SyncClient["CustomerExperienceReviewList", "CustomerExperienceReview", "reevoo_client.Client", None],
    kit.WithRaw["ReevooRaw[Reevoo]"],
    ListCustomerExperienceReviewsListing[
        Iterator[kit.Review[CustomerExperienceReview]],
        Iterator[ReevooPage],
        Iterator[CustomerExperienceReviewList],
        None,
    ],
):
    """Reevoo customer experience reviews client. Credentials default to
    ``$REVIEWBRIDGE_REEVOO_API_KEY`` / ``$REVIEWBRIDGE_REEVOO_API_SECRET``.

    List items carry no id: :attr:`Review.id` is derived from their content (see ``reevoo_review_id``).
    Filters are ``reevoo_client``'s ``ListCustomerExperienceReviewsFilters`` (generated from the spec).
    """

    def __init__(
        self, api_key: str | None = None, api_secret: str | None = None, **options: Unpack[kit.SyncOptions]
    ) -> None:
        super().__init__(_adapter(api_key, api_secret), **options)

    def get_review(
        self, review_id: str, *, trkref: str | None = None, branch_code: str | None = None
    ) -> CustomerExperienceReviewDetail:
        """One customer experience review (getCustomerExperienceReview)."""
        scope = kit.drop_unset(trkref=trkref, branch_code=branch_code)
        return self._call(get_customer_experience_review, review_id, **scope)


class AsyncReevoo(
    kit.AsyncClient["CustomerExperienceReviewList", "CustomerExperienceReview", "reevoo_client.Client", None],
    kit.WithRaw["ReevooRaw[AsyncReevoo]"],
    ListCustomerExperienceReviewsListing[
        AsyncIterator[kit.Review[CustomerExperienceReview]],
        AsyncIterator[ReevooPage],
        AsyncIterator[CustomerExperienceReviewList],
        None,
    ],
):
    """The async twin of :class:`Reevoo`."""

    def __init__(
        self, api_key: str | None = None, api_secret: str | None = None, **options: Unpack[kit.AsyncOptions]
    ) -> None:
        super().__init__(_adapter(api_key, api_secret), **options)

    async def get_review(
        self, review_id: str, *, trkref: str | None = None, branch_code: str | None = None
    ) -> CustomerExperienceReviewDetail:
        """The async twin of :meth:`Reevoo.get_review`."""
        scope = kit.drop_unset(trkref=trkref, branch_code=branch_code)
        return await self._call(get_customer_experience_review, review_id, **scope)


class ReevooRaw(kit.RawCalls[kit.ClientT_co]):
    """``with_raw_response`` of :class:`Reevoo` and :class:`AsyncReevoo` (see :class:`RawCalls`)."""

    get_review = kit.raw_call(Reevoo.get_review)
    review_pages = kit.raw_pages(Reevoo.review_pages)


PROVIDER = kit.ProviderInfo(
    adapter=ReevooAdapter,
    client=Reevoo,
    async_client=AsyncReevoo,
    credentials=(API_KEY, API_SECRET),
    example="--trkref ABC --older-reviews",
    # List items carry no id and no change time: ids are content-derived, so an id already exported
    # is that version already exported.
    export=kit.ExportPolicy(ids_are_versions=True),
    operations=kit.operation_list(list_customer_experience_reviews, get_customer_experience_review),
    auth="HTTP Basic",
)

#: What ``reviewbridge`` exports from this module (its line in ``reviewbridge/__init__.py`` says the same).
EXPORTS = ("Reevoo", "AsyncReevoo", "reevoo_review_id")
