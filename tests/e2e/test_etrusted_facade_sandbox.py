"""eTrusted against its sandboxes: the typed get and veto calls, and tokens renewed during a long walk."""

from __future__ import annotations

import time

import pytest
import reviewbridge

from tests.e2e.test_facade_sandbox import (
    FILTERS,
    SANDBOXES,
    TTL_LATENCY_MS,
    TTL_PAGE,
    TTL_REVIEWS,
    admin,
    async_client,
    dataset_ids,
    sandboxes_fixture,
    sync_client,
)
from tests.providers import SCOPE

#: a sandbox whose tokens live 2 seconds, slow enough that a walk outlives several
TTL = ("etrusted", ("--reviews", str(TTL_REVIEWS), "--token-ttl", "2", "--latency-ms", str(TTL_LATENCY_MS)))


sandboxes = sandboxes_fixture({"etrusted-clean": SANDBOXES["etrusted-clean"], "etrusted-ttl": TTL})


def test_etrusted_get_and_veto(sandboxes: dict[str, str]) -> None:
    from etrusted_client.api.customer_reviews import get_customer_review
    from etrusted_client.models import CustomerReview, ReviewVetoRequest, VetoReason

    url = sandboxes["etrusted-clean"]
    review_id = dataset_ids(url)[3]
    with sync_client("etrusted", url) as client:
        review = get_customer_review.sync(SCOPE, review_id, client=client.generated)
        assert isinstance(review, CustomerReview)
        assert review.id == review_id
        with pytest.warns(DeprecationWarning, match="get_review"):
            assert client.get_review(SCOPE, review_id).id == review_id

        comment = "Not a customer of ours."
        request = ReviewVetoRequest(comment=comment, reason=VetoReason.UNTRUTHFUL)
        with pytest.warns(DeprecationWarning, match="veto"):
            veto = client.create_veto(SCOPE, review_id, request)
        assert veto.comment == comment
        assert str(veto.reason) == "UNTRUTHFUL"

        found = [r for r in client.reviews(**FILTERS["etrusted"], additional_information=["VETO"]) if r.id == review_id]
        assert len(found) == 1
        shown = found[0].raw.additional_information.veto
        assert shown.comment == comment
        assert str(shown.reason) == "UNTRUTHFUL"
        assert shown.ticket_id == veto.ticket_id

        with pytest.raises(reviewbridge.NotFoundError) as caught, pytest.warns(DeprecationWarning):
            client.get_review(SCOPE, "rev-00000000-0000-0000-0000-000000000000")
        assert caught.value.status_code == 404
        assert caught.value.operation == "getCustomerReview"


async def test_async_etrusted_get(sandboxes: dict[str, str]) -> None:
    from etrusted_client.api.customer_reviews import get_customer_review

    url = sandboxes["etrusted-clean"]
    review_id = dataset_ids(url)[0]
    async with async_client("etrusted", url) as client:
        review = await get_customer_review.asyncio(SCOPE, review_id, client=client.generated)
        assert review.id == review_id
        with pytest.raises(reviewbridge.NotFoundError), pytest.warns(DeprecationWarning):
            await client.get_review(SCOPE, "rev-00000000-0000-0000-0000-000000000000")


def test_etrusted_token_refreshed_during_long_walk(sandboxes: dict[str, str]) -> None:
    url = sandboxes["etrusted-ttl"]
    expected = dataset_ids(url)
    filters = {"channel_id": SCOPE, "ignore_statements": False, "count": TTL_PAGE}
    started = time.monotonic()
    with sync_client("etrusted", url, timeout=10.0) as client:
        ids = [r.id for r in client.reviews(**filters)]
        assert time.monotonic() - started > 2.0
        assert client.token_requests >= 2
    assert len(ids) == len(set(ids)) == TTL_REVIEWS
    assert set(ids) == set(expected)
    assert admin(url, "stats")["token_requests"] >= 2


async def test_async_etrusted_token_refreshed_during_long_walk(sandboxes: dict[str, str]) -> None:
    url = sandboxes["etrusted-ttl"]
    filters = {"channel_id": SCOPE, "ignore_statements": False, "count": TTL_PAGE}
    started = time.monotonic()
    async with async_client("etrusted", url, timeout=10.0) as client:
        ids = [r.id async for r in client.reviews(**filters)]
        assert time.monotonic() - started > 2.0
        assert client.token_requests >= 2
    assert len(ids) == len(set(ids)) == TTL_REVIEWS
    assert set(ids) == set(dataset_ids(url))
