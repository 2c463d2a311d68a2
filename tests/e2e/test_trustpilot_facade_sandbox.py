"""Trustpilot against its sandbox: one token for many walks, business units found, replies round-tripped."""

from __future__ import annotations

import pytest
import reviewbridge

from tests.e2e.test_facade_sandbox import (
    CLEAN_CLIENT,
    FILTERS,
    SANDBOXES,
    admin,
    assert_exact,
    async_client,
    dataset_ids,
    sandboxes_fixture,
    sync_client,
)
from tests.providers.trustpilot import UNIT

sandboxes = sandboxes_fixture({"trustpilot-clean": SANDBOXES["trustpilot-clean"]})


def test_trustpilot_token_reused_business_unit_found_reply_round_trip(sandboxes: dict[str, str]) -> None:
    url = sandboxes["trustpilot-clean"]
    tokens_before = admin(url, "stats")["token_requests"]
    with sync_client("trustpilot", url, **CLEAN_CLIENT) as client:
        unit = client.find_business_unit("www.example.com")
        assert unit.id == UNIT
        assert admin(url, "stats")["token_requests"] == tokens_before  # the API key alone
        for _ in range(3):
            assert_exact([r.id for r in client.reviews(**FILTERS["trustpilot"])], dataset_ids(url))
        review_id = dataset_ids(url)[7]
        client.reply(review_id, "Thank you for the kind words.")
        stored = client.get_review(review_id)
        assert stored.id == review_id and stored.company_reply.text == "Thank you for the kind words."
        found = [r for r in client.reviews(**FILTERS["trustpilot"], responded=True) if r.id == review_id]
        assert [r.reply for r in found] == ["Thank you for the kind words."]
        client.delete_reply(review_id)
        assert client.get_review(review_id).company_reply is None
        with pytest.raises(reviewbridge.NotFoundError) as caught:
            client.get_review("000000000000000000000000")
        assert caught.value.operation == "getPrivateReview"
        assert client.token_requests == 1
    assert admin(url, "stats")["token_requests"] == tokens_before + 1


async def test_async_trustpilot_reply_and_business_unit(sandboxes: dict[str, str]) -> None:
    url = sandboxes["trustpilot-clean"]
    review_id = dataset_ids(url)[9]
    async with async_client("trustpilot", url, **CLEAN_CLIENT) as client:
        assert (await client.find_business_unit("example.com")).id == UNIT
        await client.reply(review_id, "Sorry to hear that; we will call you.")
        assert (await client.get_review(review_id)).company_reply.text == "Sorry to hear that; we will call you."
        await client.delete_reply(review_id)
        assert (await client.get_review(review_id)).company_reply is None
        with pytest.raises(reviewbridge.NotFoundError):
            await client.find_business_unit("no-such-shop.example")
        assert client.token_requests == 1
