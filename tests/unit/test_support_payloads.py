"""The test payload builders keep the shape of the specs' documented examples."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit._support import providers

#: each provider whose support module says how its items are built (its ITEM_SHAPE)
SHAPES = {name: module.ITEM_SHAPE for name, module in providers().items() if hasattr(module, "ITEM_SHAPE")}


@pytest.mark.parametrize("provider", sorted(SHAPES))
def test_payload_builders_keep_the_documented_shape(provider: str) -> None:
    build, documented, added = SHAPES[provider]
    item: dict[str, Any] = build(1)
    assert set(item) - added == set(documented)
