"""eTrusted listing over getReviews: one walk across channels, the whole account, channel_id kept."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import reviewbridge as rb

from tests.unit._support import ET_TOKEN_PREFIX, aetrusted, etrusted, etrusted_item, etrusted_page, token_body


def _account(channels: dict[str, int], size: int = 3) -> tuple[Any, list[httpx.Request]]:
    """A mock getReviews over ``channels`` (id -> number of reviews): ``channels=`` selects, absent = all."""
    seen: list[httpx.Request] = []
    store: list[dict[str, Any]] = []
    for channel, total in channels.items():
        for _ in range(total):
            item = etrusted_item(len(store))
            item["channelRef"] = channel
            store.append(item)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json=token_body(ET_TOKEN_PREFIX + "1"))
        seen.append(request)
        assert request.url.path == "/reviews"
        named = request.url.params.get("channels")
        wanted = set(named.split(",")) if named is not None else set(channels)
        items = [item for item in store if item["channelRef"] in wanted]
        after = request.url.params.get("after")
        start = 0 if after is None else int(after.removeprefix("cur-"))
        cursor = f"cur-{start + size}" if start + size < len(items) else ""
        return httpx.Response(200, json=etrusted_page(items[start : start + size], cursor))

    return handler, seen


def _channels_of(reviews: list[rb.Review]) -> list[str]:
    return [r.raw_json["channelRef"] for r in reviews]


def test_several_channels_are_one_walk() -> None:
    handler, seen = _account({"chl-a": 4, "chl-b": 3, "chl-c": 5})
    reviews = list(etrusted(handler).reviews(channels=["chl-c", "chl-a", "chl-a"]))
    assert sorted(_channels_of(reviews)) == ["chl-a"] * 4 + ["chl-c"] * 5
    assert len({r.id for r in reviews}) == 9
    # Every page of the one walk names the same set, sorted and without repeats.
    assert [r.url.params["channels"] for r in seen] == ["chl-a,chl-c"] * 3


@pytest.mark.parametrize("filters", [{}, {"all_channels": True}], ids=["nothing", "all_channels"])
def test_no_channels_lists_the_whole_account(filters: dict[str, Any]) -> None:
    handler, seen = _account({"chl-a": 2, "chl-b": 2})
    reviews = list(etrusted(handler).reviews(**filters))
    assert sorted(_channels_of(reviews)) == ["chl-a", "chl-a", "chl-b", "chl-b"]
    assert all("channels" not in r.url.params for r in seen)


@pytest.mark.parametrize("channel_id", ["chl-b", ["chl-b"]], ids=["one id", "a list"])
def test_channel_id_keeps_working(channel_id: str | list[str]) -> None:
    handler, seen = _account({"chl-a": 2, "chl-b": 4})
    reviews = list(etrusted(handler).reviews(channel_id=channel_id))
    assert _channels_of(reviews) == ["chl-b"] * 4
    assert {r.url.params["channels"] for r in seen} == {"chl-b"}


def test_filters_reach_the_wire() -> None:
    handler, seen = _account({"chl-a": 1})
    client = etrusted(handler)
    list(
        client.reviews(
            channels=["chl-a"],
            status=["APPROVED", "SOMETHING_NEWER"],
            type_=["PRODUCT_REVIEW"],
            sku=["sku-1", "sku-2"],
            order_by="updatedAt",
            has_reply=False,
            ignore_statements=False,
        )
    )
    params = seen[0].url.params
    assert params["status"] == "APPROVED,SOMETHING_NEWER"  # extensible: a newer value is sent as given
    assert params["type"] == "PRODUCT_REVIEW"
    assert params["sku"] == "sku-1,sku-2"
    assert params["orderBy"] == "updatedAt"
    assert (params["hasReply"], params["ignoreStatements"]) == ("false", "false")


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"channels": ["chl-a"], "channel_id": "chl-b"}, "not both"),
        ({"channels": ["chl-a"], "all_channels": True}, "name no channels"),
        ({"channels": []}, "channels is empty"),
        ({"channels": ["chl-a,chl-b"]}, "without commas"),
        ({"channels": [""]}, "non-empty"),
        ({"channels": "chl-a"}, "channels must be a list of a string"),
    ],
)
def test_bad_channel_arguments_are_usage_errors_before_any_request(filters: dict[str, Any], message: str) -> None:
    handler, seen = _account({"chl-a": 1})
    with pytest.raises(rb.UsageError, match=message):
        list(etrusted(handler).reviews(**filters))
    assert seen == []


def test_scope_is_the_set_of_channels_or_the_account() -> None:
    handler, _ = _account({"chl-a": 1})
    adapter = etrusted(handler)._adapter
    assert adapter.check_filters({"channels": ["b", "a", "b"]})[0] == {"channel_id": ("a", "b"), "all_channels": None}
    # One channel is the scope it was when channels were listed one at a time.
    assert adapter.check_filters({"channel_id": "a"})[0]["channel_id"] == ("a",)
    assert adapter.check_filters({})[0] == {"all_channels": True}
    assert adapter.check_filters({"all_channels": True})[0] == {"all_channels": True}


async def test_async_twin_walks_several_channels() -> None:
    handler, seen = _account({"chl-a": 4, "chl-b": 3})
    reviews = [r async for r in aetrusted(handler).reviews(channels=["chl-b", "chl-a"])]
    assert sorted(_channels_of(reviews)) == ["chl-a"] * 4 + ["chl-b"] * 3
    assert {r.url.params["channels"] for r in seen} == {"chl-a,chl-b"}


def test_route_table_tells_the_count_from_a_review() -> None:
    # /reviews/count and /reviews/{reviewId} share a shape: the literal path must win.
    from etrusted_client.api import operation_id

    assert operation_id("GET", "/reviews/count") == "getReviewsCount"
    assert operation_id("GET", "/base/reviews/count/") == "getReviewsCount"
    assert operation_id("GET", "/reviews/counted") == "getReview"
    assert operation_id("GET", "/reviews") == "getReviews"
    assert operation_id("GET", "/reviews-minimal") == "getMinimalReviews"
