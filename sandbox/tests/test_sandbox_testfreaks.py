"""TestFreaks sandbox: next links, order, filters, create / upsert / update / delete, validation."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from _support import Fuzz, sandbox

#: the list of scope "shop", every review of it (test_sandbox_data.py reads it)
LIST_URL = "/v1/reviews?client_id=shop"
#: the documented timestamp form of its list and forms it refuses (test_sandbox_timestamps.py reads it)
TIMESTAMPS = (
    "/v1/reviews",
    "updated_after",
    "2021-10-01T13:00:00Z",
    [
        "2021-10-01T13:00:00.000Z",
        "2021-10-01T13:00:00+00:00",
        "2021-10-01T13:00:00",
        "2021-10-01T13:00:00-23:59:59.999999",
        "2021-10-01T13:00Z",
        "2021-10-01t13:00:00Z",
    ],
    lambda body, parsed: isinstance(parsed["errors"], list) and bool(parsed["errors"]),
)

REVIEW = {
    "review": {
        "external_id": "R001",
        "order": {
            "id": "O123",
            "customer": {"id": "C001", "name": "John Doe", "email": "john.doe@example.com"},
            "item": {"id": "P001-02-BLK", "family_id": "P001"},
        },
        "author": "John D",
        "score": 4,
        "date": "2022-10-01",
        "extract": "Review content",
        "pros": ["pro1", "pro2"],
        "cons": ["con1"],
        "images": [{"token": "43b1c28cea4f74e57701edf25ad4b671", "format": "jpeg", "width": 3840, "height": 2160}],
        "custom_questions": {"fit": "small"},
        "accepted": True,
    }
}


def single(body: Any) -> Any:
    """The review of a single-review answer: the body itself, or what it holds in ``data``."""
    return body["data"] if isinstance(body, dict) and isinstance(body.get("data"), dict) else body


def order_key(review: dict[str, Any]) -> tuple[str, str]:
    return review["updated_at"], review["id"]


async def test_walk_follows_next_links_in_update_order() -> None:
    async with sandbox("testfreaks", reviews=250) as client:
        first = (await client.get("/v1/reviews")).json()
        walked = await walk_testfreaks(client, "/v1/reviews?limit=40&client_id=example.com")
    assert len(first["data"]) == 100
    assert len(walked) == 250 == len({r["id"] for r in walked})
    assert [order_key(r) for r in walked] == sorted(order_key(r) for r in walked)


async def test_next_link_keeps_every_parameter() -> None:
    async with sandbox("testfreaks", reviews=50) as client:
        body = (
            await client.get(
                "/v1/reviews", params={"limit": 5, "client_id": "shop.example", "moderation_status": "accepted"}
            )
        ).json()
        link = body["links"]["next"]
        assert link.startswith("http://sandbox.test/v1/reviews?")
        query = parse_qs(urlsplit(link).query)
        assert query["limit"] == ["5"] and query["client_id"] == ["shop.example"]
        assert query["moderation_status"] == ["accepted"] and len(query["after"]) == 1
        second = (await client.get(link)).json()
        assert not {r["id"] for r in second["data"]} & {r["id"] for r in body["data"]}


async def test_last_page_has_no_next_link() -> None:
    async with sandbox("testfreaks", reviews=10) as client:
        assert (await client.get("/v1/reviews", params={"limit": 10})).json()["links"] == {}
        assert (await client.get("/v1/reviews", params={"limit": 11})).json()["links"] == {}
        assert "next" in (await client.get("/v1/reviews", params={"limit": 9})).json()["links"]
    async with sandbox("testfreaks", reviews=0) as client:
        assert (await client.get("/v1/reviews")).json() == {"data": [], "links": {}}


async def test_any_after_value_is_a_position() -> None:
    async with sandbox("testfreaks", reviews=30) as client:
        assert (await client.get("/v1/reviews", params={"after": "zzz"})).json()["data"] == []
        assert len((await client.get("/v1/reviews", params={"after": "0"})).json()["data"]) == 30
        assert len((await client.get("/v1/reviews", params={"after": "!%"})).json()["data"]) == 30


@pytest.mark.parametrize(
    ("params", "keep"),
    [
        ({"moderation_status": "accepted"}, lambda r: r["accepted"] is True),
        ({"moderation_status": "rejected"}, lambda r: r["accepted"] is False),
        ({"moderation_status": "pending"}, lambda r: r["accepted"] is None),
        ({"updated_after": "2023-06-01"}, lambda r: r["updated_at"] >= "2023-06-01T00:00:01Z"),
        ({"updated_after": "2023-06-01T12:00:00Z"}, lambda r: r["updated_at"] > "2023-06-01T12:00:00Z"),
        ({"created_after": "2024-01-01"}, lambda r: r["date"] >= "2024-01-01"),
    ],
)
async def test_filters(params: dict[str, str], keep: Any) -> None:
    async with sandbox("testfreaks", reviews=300) as client:
        full = (await client.get("/v1/reviews", params={"limit": 1000})).json()["data"]
        filtered = await walk_testfreaks(
            client, "/v1/reviews?limit=50&" + "&".join(f"{k}={v}" for k, v in params.items())
        )
    expected = [r for r in full if keep(r)]
    assert expected
    assert filtered == expected


async def test_order_and_customer_filters() -> None:
    async with sandbox("testfreaks", reviews=300) as client:
        full = (await client.get("/v1/reviews", params={"limit": 1000})).json()["data"]
        with_order = next(r for r in full if r["order_id"])
        by_order = (await client.get("/v1/reviews", params={"order_id": with_order["order_id"]})).json()["data"]
        customer = with_order["customer_id"]
        by_customer = (await client.get("/v1/reviews", params={"customer_id": customer})).json()["data"]
    assert by_order == [with_order]
    assert by_customer == [r for r in full if r["customer_id"] == customer]


async def test_create_get_update_delete() -> None:
    async with sandbox("testfreaks") as client:
        created = await client.post("/v1/reviews", json=REVIEW)
        assert created.status_code == 200
        review = single(created.json())
        assert review["author"] == "John D" and review["score"] == 4 and review["score_max"] == 5
        assert review["order_id"] == "O123" and review["customer_id"] == "C001"
        assert review["product_ids"] == ["P001-02-BLK"] and review["family_ids"] == ["P001"]
        assert review["accepted"] is True and review["accepted_at"] == review["updated_at"]
        assert review["images"][0]["icon_width"] == 100 and review["images"][0]["large_width"] == 3840
        assert review["custom_questions"] == {"fit": "small"}
        url = f"/v1/reviews/{review['id']}"
        assert single((await client.get(url)).json()) == review
        listed = await walk_testfreaks(client, "/v1/reviews?limit=1000")
        assert listed[-1] == review  # newest update comes last

        changed = {"review": {**REVIEW["review"], "score": 2, "extract": "Changed my mind", "accepted": None}}
        updated = await client.put(url, json=changed)
        assert updated.status_code == 200
        body = single(updated.json())
        assert body["id"] == review["id"] and body["score"] == 2 and body["extract"] == "Changed my mind"
        assert body["accepted"] is None and body["accepted_at"] is None
        pending = (await client.get("/v1/reviews", params={"moderation_status": "pending", "limit": 1000})).json()
        assert review["id"] in {r["id"] for r in pending["data"]}

        deleted = await client.delete(url)
        assert deleted.status_code == 204 and deleted.content == b""
        for method in ("GET", "DELETE"):
            gone = await client.request(method, url)
            assert gone.status_code == 404
            assert gone.json() == {"errors": ["Review not found"]}
        assert (await client.put(url, json=changed)).status_code == 404
        assert review["id"] not in {r["id"] for r in await walk_testfreaks(client, "/v1/reviews?limit=1000")}


async def test_single_reviews_answer_bare_or_enveloped() -> None:
    # The docs leave the shape open; the sandbox answers each review in one of the two, seeded.
    async with sandbox("testfreaks", reviews=8) as client:
        listed = (await client.get("/v1/reviews")).json()["data"]
        answers = [(await client.get(f"/v1/reviews/{review['id']}")).json() for review in listed]
        again = [(await client.get(f"/v1/reviews/{review['id']}")).json() for review in listed]
        writes = [{"review": {"author": "A", "score": score}} for score in range(1, 6)]
        put = [(await client.put(f"/v1/reviews/{listed[0]['id']}", json=body)).json() for body in writes]
        put_again = [(await client.put(f"/v1/reviews/{listed[1]['id']}", json=body)).json() for body in writes]
    assert [single(a) for a in answers] == listed and again == answers
    assert {"data" in a for a in answers} == {True, False}
    assert all(a.keys() == {"data"} for a in answers if "data" in a)
    assert [single(a)["score"] for a in put] == [1, 2, 3, 4, 5]
    assert {"data" in a for a in put} == {True, False}
    assert ["data" in a for a in put] == ["data" in a for a in put_again]  # a write's shape is the request's


async def test_existing_external_id_updates_instead_of_creating() -> None:
    async with sandbox("testfreaks", reviews=5) as client:
        first = single((await client.post("/v1/reviews", json=REVIEW)).json())
        again = {"review": {**REVIEW["review"], "author": "Johnny", "score": 5}}
        second = single((await client.post("/v1/reviews", json=again)).json())
        other = {"review": {**REVIEW["review"], "external_id": "R002"}}
        third = single((await client.post("/v1/reviews", json=other)).json())
        listed = (await client.get("/v1/reviews")).json()["data"]
    assert second["id"] == first["id"] and second["author"] == "Johnny" and second["score"] == 5
    assert third["id"] != first["id"]
    assert len(listed) == 7


async def test_reviews_are_per_client_but_ids_resolve_anywhere() -> None:
    async with sandbox("testfreaks", reviews=3) as client:
        created = single((await client.post("/v1/reviews?client_id=shop-a", json=REVIEW)).json())
        assert "client_id=shop-a" in created["portal_url"]
        a = (await client.get("/v1/reviews", params={"client_id": "shop-a"})).json()["data"]
        b = (await client.get("/v1/reviews", params={"client_id": "shop-b"})).json()["data"]
        assert created["id"] in {r["id"] for r in a} and created["id"] not in {r["id"] for r in b}
        assert (await client.get(f"/v1/reviews/{created['id']}?client_id=shop-b")).status_code == 200


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({}, 422),
        ({"review": "text"}, 422),
        ({"review": {"score": 4}}, 422),
        ({"review": {"author": "A"}}, 422),
        ({"review": {"author": "A", "score": 0}}, 422),
        ({"review": {"author": "A", "score": 6}}, 422),
        ({"review": {"author": "A", "score": "4"}}, 422),
        ({"review": {"author": "A", "score": True}}, 422),
        ({"review": {"author": "A", "score": 4.5}}, 422),
        ({"review": {"author": 7, "score": 4}}, 422),
        ({"review": {"author": "A", "score": 4, "extract": "x" * 60_001}}, 422),
        ({"review": {"author": "A", "score": 4, "pros": ["x" * 2001]}}, 422),
        ({"review": {"author": "A", "score": 4, "cons": "bad"}}, 422),
        ({"review": {"author": "A", "score": 4, "date": "2022-13-01"}}, 422),
        ({"review": {"author": "A", "score": 4, "accepted": "yes"}}, 422),
        ({"review": {"author": "A", "score": 4, "images": [{"width": "wide"}]}}, 422),
        ({"review": {"author": "A", "score": 4, "order": {"customer": {"email": 5}}}}, 422),
        ({"review": {"author": "A", "score": 4, "custom_questions": []}}, 422),
        ([1, 2], 422),
    ],
)
async def test_invalid_review_data_is_422(body: Any, status: int) -> None:
    async with sandbox("testfreaks", reviews=1) as client:
        response = await client.post("/v1/reviews", json=body)
        assert response.status_code == status
        errors = response.json()["errors"]
        assert isinstance(errors, list) and errors and all(isinstance(e, str) for e in errors)
        put = await client.put(f"/v1/reviews/{(await client.get('/v1/reviews')).json()['data'][0]['id']}", json=body)
        assert put.status_code == status


async def test_limits_are_inclusive() -> None:
    async with sandbox("testfreaks", reviews=1) as client:
        ok = {"review": {"author": "", "score": 5.0, "extract": "x" * 60_000, "pros": ["y" * 2000], "accepted": None}}
        response = await client.post("/v1/reviews", json=ok)
    assert response.status_code == 200
    assert single(response.json())["score"] == 5


@pytest.mark.parametrize(
    ("content", "content_type"),
    [(b"{not json", "application/json"), (b"", "application/json"), (b'{"review": NaN}', "application/json"),
     (b"\xff\xfe", "application/json"), (b'{"review": {}}', "text/plain")],
)  # fmt: skip
async def test_malformed_bodies_are_400(content: bytes, content_type: str) -> None:
    async with sandbox("testfreaks", reviews=1) as client:
        response = await client.post("/v1/reviews", content=content, headers={"Content-Type": content_type})
    assert response.status_code == 400
    assert response.json()["errors"]


@pytest.mark.parametrize(
    "params",
    [{"limit": "0"}, {"limit": "1001"}, {"limit": "many"}, {"moderation_status": "approved"},
     {"updated_after": "2021-13-01"}, {"created_after": "last week"}],
)  # fmt: skip
async def test_invalid_list_parameters_are_400(params: dict[str, str]) -> None:
    async with sandbox("testfreaks", reviews=1) as client:
        response = await client.get("/v1/reviews", params=params)
    assert response.status_code == 400
    assert response.json()["errors"]


async def walk_testfreaks(client: httpx.AsyncClient, url: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    next_url: str | None = url
    while next_url:
        response = await client.get(next_url)
        assert response.status_code == 200, response.text
        body = response.json()
        items += body["data"]
        next_url = body["links"].get("next")
    return items


async def _fuzz_headers(client: httpx.AsyncClient) -> dict[str, str]:
    return {"Authorization": "Bearer sk_test"}


#: what test_sandbox_input.py sends this sandbox
FUZZ = Fuzz(
    routes=[
        ("GET", "/v1/reviews"),
        ("POST", "/v1/reviews"),
        ("GET", "/v1/reviews/{scope}"),
        ("PUT", "/v1/reviews/{scope}"),
        ("DELETE", "/v1/reviews/{scope}"),
    ],
    headers=_fuzz_headers,
    error_shape=lambda url, response: bool(response.json()["errors"]),
)
