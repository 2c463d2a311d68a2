"""Reevoo against its sandbox: a review found again by its derived id."""

from __future__ import annotations

import pytest
import reviewbridge

from tests.e2e.test_facade_sandbox import (
    FILTERS,
    SANDBOXES,
    sandboxes_fixture,
    sync_client,
)
from tests.providers import SCOPE

sandboxes = sandboxes_fixture({"reevoo-clean": SANDBOXES["reevoo-clean"]})


def test_reevoo_get_review_by_derived_id(sandboxes: dict[str, str]) -> None:
    from reevoo_client.api.customer_experience_reviews import get_customer_experience_review

    url = sandboxes["reevoo-clean"]
    with sync_client("reevoo", url) as client:
        first = next(iter(client.reviews(**FILTERS["reevoo"])))
        assert first.id == reviewbridge.reevoo_review_id(first.raw.to_dict())
        detail = get_customer_experience_review.sync(first.id, client=client.generated, trkref=SCOPE)
        assert detail.id == first.id
        with pytest.raises(reviewbridge.NotFoundError) as caught:
            client.get_review("rv-000000000000000000000000", trkref=SCOPE)
        assert caught.value.status_code == 404
        assert "not found" in caught.value.message.lower()
