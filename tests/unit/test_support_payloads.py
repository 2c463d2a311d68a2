"""The test payload builders keep the shape of the specs' documented examples."""

from __future__ import annotations

from tests.unit._support import (
    ETRUSTED_EXAMPLE,
    REEVOO_EXAMPLE,
    TESTFREAKS_EXAMPLE,
    THANX_EXAMPLE,
    etrusted_item,
    reevoo_item,
    tf_item,
    thanx_item,
)


def test_payload_builders_keep_the_documented_shape() -> None:
    assert set(etrusted_item(1)) == set(ETRUSTED_EXAMPLE["items"][0])
    assert set(tf_item(1)) == set(TESTFREAKS_EXAMPLE["data"][0])
    assert set(thanx_item(1)) - {"rated_at"} == set(THANX_EXAMPLE["feedbacks"][0])
    assert set(reevoo_item(1)) == set(REEVOO_EXAMPLE["customer_experience_reviews"][0])
