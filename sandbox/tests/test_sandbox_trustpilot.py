"""Trustpilot sandbox: numbered pages ending short or empty, the four orders, the filters, one review,
the company reply, churn (edits, replies, new and deleted reviews) and its lies."""

from __future__ import annotations

import random
from typing import Any

import httpx
import pytest
from _support import client_for, sandbox
from reviewbridge_sandbox import create_app
from reviewbridge_sandbox._faults import FAR_FUTURE, FAULT_KINDS, LIAR_KINDS
from reviewbridge_sandbox._times import parse_datetime
from reviewbridge_sandbox._trustpilot_query import TIMESTAMP

UNIT = "507f191e810c19729de860ea"
LIST = f"/v1/private/business-units/{UNIT}/reviews"


async def walk(client: httpx.AsyncClient, query: str = "", per_page: int = 100, unit: str = UNIT) -> list[Any]:
    """Every review of a listing: pages until the first one shorter than ``per_page``."""
    reviews: list[Any] = []
    for page in range(1, 2000):
        response = await client.get(f"/v1/private/business-units/{unit}/reviews?perPage={per_page}&page={page}{query}")
        assert response.status_code == 200, response.text
        batch = response.json()["reviews"]
        reviews += batch
        if len(batch) < per_page:
            return reviews
    raise AssertionError("the listing did not end")


def created(review: dict[str, Any]) -> int:
    stamp = parse_datetime(review["createdAt"])
    assert stamp is not None
    return stamp


async def test_pages_end_with_a_short_page_then_an_empty_one() -> None:
    async with sandbox("trustpilot", reviews=45) as client:
        sizes = [len((await client.get(f"{LIST}?page={page}")).json()["reviews"]) for page in range(1, 5)]
        exact = [len((await client.get(f"{LIST}?perPage=15&page={page}")).json()["reviews"]) for page in (3, 4)]
        far = (await client.get(f"{LIST}?page=2147483647")).json()
        everything = await walk(client, per_page=7)
    assert sizes == [20, 20, 5, 0]  # perPage defaults to 20
    assert exact == [15, 0]  # a full last page: the next one is empty
    assert far["reviews"] == []
    assert len({r["id"] for r in everything}) == 45
    assert [created(r) for r in everything] == sorted((created(r) for r in everything), reverse=True)


async def test_orders_are_total_and_asc_is_desc_reversed() -> None:
    async with sandbox("trustpilot", reviews=230) as client:
        walks = {order: await walk(client, f"&orderBy={order}", per_page=33) for order in
                 ("createdat.desc", "createdat.asc", "stars.desc", "stars.asc")}  # fmt: skip
        default = await walk(client, per_page=50)
    assert default == walks["createdat.desc"]
    assert walks["createdat.asc"] == walks["createdat.desc"][::-1]
    assert walks["stars.asc"] == walks["stars.desc"][::-1]
    assert [created(r) for r in walks["createdat.asc"]] == sorted(created(r) for r in default)
    by_stars = [(r["stars"], created(r)) for r in walks["stars.asc"]]
    assert by_stars == sorted(by_stars)
    assert all(len(w) == 230 and len({r["id"] for r in w}) == 230 for w in walks.values())


def _matches(review: dict[str, Any], name: str, value: str) -> bool:
    reply, location, requests = review["companyReply"], review["location"], review["findReviewer"]["requests"]
    return {
        "stars": lambda: str(review["stars"]) in value.split(","),
        "language": lambda: review["language"] in value.split(","),
        "responded": lambda: (reply is not None) == (value == "true"),
        "reported": lambda: (review["reportData"] is not None) == (value == "true"),
        "referenceId": lambda: review["referenceId"] == value,
        "referralEmail": lambda: review["referralEmail"] == value,
        "username": lambda: review["consumer"]["displayName"] == value,
        "tagValue": lambda: any(t["value"] == value for t in review["tags"]),
        "findReviewer": lambda: bool(requests) == (value == "contacted"),
        "locationId": lambda: location is not None and value in (location["id"], location["externalId"]),
        "source": lambda: review["source"] == value,
    }[name]()


async def test_filters_select_what_they_name() -> None:
    async with sandbox("trustpilot", reviews=400) as client:
        everything = await walk(client)
        invited = next(r for r in everything if r["referenceId"])
        located = next(r for r in everything if r["location"])
        tagged = next(r for r in everything if r["tags"])
        cases = [
            ("stars", "1,2"),
            ("language", "da,sv"),
            ("responded", "true"),
            ("responded", "false"),
            ("reported", "true"),
            ("referenceId", invited["referenceId"]),
            ("referralEmail", invited["referralEmail"]),
            ("username", everything[3]["consumer"]["displayName"]),
            ("tagValue", tagged["tags"][0]["value"]),
            ("findReviewer", "contacted"),
            ("findReviewer", "notContacted"),
            ("locationId", located["location"]["id"]),
            ("locationId", located["location"]["externalId"]),
            ("source", "InvitationApi"),
        ]
        for name, value in cases:
            selected = await walk(client, f"&{name}={value}")
            expected = [r for r in everything if _matches(r, name, value)]
            assert selected == expected and expected, (name, value)
        repeated = await walk(client, "&stars=1&stars=2")
        internal = await walk(client, f"&internalLocationId={located['location']['id']}")
        tag_case = await walk(client, f"&tagGroup=ProductGroup&tagValue={tagged['tags'][0]['value'].upper()}"
                                      "&ignoreTagValueCase=true")  # fmt: skip
        nothing = [await walk(client, q) for q in ("&source=Carrier+pigeon", "&findReviewer=maybe", "&language=xx")]
    assert repeated == [r for r in everything if r["stars"] in (1, 2)]
    assert internal == [r for r in everything if r["location"] and r["location"]["id"] == located["location"]["id"]]
    assert tag_case == [r for r in everything if any(t["value"] == tagged["tags"][0]["value"] for t in r["tags"])]
    assert nothing == [[], [], []]


@pytest.mark.parametrize(
    ("start", "end", "low", "high"),
    [
        ("2020-01-01", "2021-06-30T23:59:59", "2020-01-01T00:00:00Z", "2021-06-30T23:59:59Z"),
        ("2020-01-01T00:00:00Z", "2021-06-30T23:59:59.999Z", "2020-01-01T00:00:00Z", "2021-06-30T23:59:59Z"),
        ("2020-01-01T01:00+01:00", "2021-07-01T01:59:59+02:00", "2020-01-01T00:00:00Z", "2021-06-30T23:59:59Z"),
        # Not a real date, but the spec's pattern lets it through: read on into the next month.
        ("2019-11-31", None, "2019-12-01T00:00:00Z", None),
    ],
)
async def test_datetime_range_filters_on_creation(start: str, end: str | None, low: str, high: str | None) -> None:
    lowest, highest = parse_datetime(low), parse_datetime(high) if high else None
    assert lowest is not None
    async with sandbox("trustpilot", reviews=300) as client:
        everything = await walk(client)
        query = f"&startDateTime={start}" + (f"&endDateTime={end}" if end else "")
        selected = await walk(client, query.replace("+", "%2B"))
    expected = [r for r in everything if created(r) >= lowest and (highest is None or created(r) <= highest)]
    assert selected == expected and 0 < len(expected) < len(everything)


@pytest.mark.parametrize(
    "query",
    ["page=0", "page=x", "perPage=0", "perPage=101", "orderBy=newest", "orderBy=", "stars=6", "stars=1,,2",
     "language=", "startDateTime=2013-13-01", "endDateTime=yesterday", "responded=yes", "ignoreTagValueCase=1"],
)  # fmt: skip
async def test_invalid_list_parameters_are_400_with_an_error_body(query: str) -> None:
    async with sandbox("trustpilot", reviews=5) as client:
        response = await client.get(f"{LIST}?{query}")
    assert response.status_code == 400
    body = response.json()
    assert set(body) == {"message", "errorCode", "details", "correlationId"} and body["errorCode"] == 1001


async def test_business_units_are_24_hex_digits_each_with_its_own_reviews() -> None:
    async with sandbox("trustpilot", reviews=10) as client:
        other = "0123456789abcdef01234567"
        mine, theirs = await walk(client), await walk(client, unit=other)
        for bad in ("nothex", "507F191E810C19729DE860EA", UNIT + "0"):
            assert (await client.get(f"/v1/private/business-units/{bad}/reviews")).status_code == 404
    assert len(mine) == len(theirs) == 10 and not {r["id"] for r in mine} & {r["id"] for r in theirs}
    assert {r["businessUnit"]["id"] for r in theirs} == {other}


async def test_reviews_look_like_the_fact_sheet() -> None:
    async with sandbox("trustpilot", reviews=500) as client:
        reviews = await walk(client)
    assert len({r["id"] for r in reviews}) == 500
    assert all(len(r["id"]) == 24 and int(r["id"], 16) >= 0 for r in reviews)
    assert {r["stars"] for r in reviews} == {1, 2, 3, 4, 5}
    assert {r["language"] for r in reviews} == {"en", "da", "de", "sv", "fr"}
    for review in reviews:
        stamps = [review["createdAt"], review["experiencedAt"]] + [review["updatedAt"]] * bool(review["updatedAt"])
        assert all(TIMESTAMP.search(stamp) for stamp in stamps)
        assert review["updatedAt"] is None or review["updatedAt"] > review["createdAt"]
        assert (review["referenceId"] is not None) == review["isVerified"] == (review["invitation"] is not None)
        assert review["businessUnit"]["id"] == UNIT
    replies = [r["companyReply"] for r in reviews if r["companyReply"]]
    assert 50 < len(replies) < 300 and all(c["createdAt"] <= c["updatedAt"] for c in replies)
    assert any(r["location"] for r in reviews) and any(r["reportData"] for r in reviews)
    assert any(r["findReviewer"]["requests"] for r in reviews) and any(r["tags"] for r in reviews)


async def test_seeded_data_is_the_same_for_a_seed() -> None:
    listings = []
    for seed in (4, 4, 5):
        async with sandbox("trustpilot", reviews=30, seed=seed) as client:
            listings.append(await walk(client))
    assert listings[0] == listings[1] != listings[2]


async def test_one_review_is_the_review_the_list_shows() -> None:
    async with sandbox("trustpilot", reviews=20) as client:
        listed = (await client.get(f"{LIST}?perPage=5")).json()["reviews"]
        one = (await client.get(f"/v1/private/reviews/{listed[2]['id']}")).json()
        missing = await client.get("/v1/private/reviews/ffffffffffffffffffffffff")
    assert one == listed[2]
    assert missing.status_code == 404 and missing.json()["message"] == "Review not found"


async def test_reply_is_stored_replaced_and_deleted() -> None:
    async with sandbox("trustpilot", reviews=30) as client:
        review = (await walk(client, "&responded=false"))[0]
        url = f"/v1/private/reviews/{review['id']}"
        first = await client.post(f"{url}/reply", json={"message": "Thank you!", "authorBusinessUserId": UNIT})
        stored = (await client.get(url)).json()["companyReply"]
        second = await client.post(
            f"{url}/reply", json={"message": "Thanks again", "submittedAt": "2024-07-15T12:00:00"}
        )
        replaced = (await client.get(url)).json()
        responded = {r["id"] for r in await walk(client, "&responded=true")}
        deleted = await client.delete(f"{url}/reply")
        after = (await client.get(url)).json()
        again = await client.delete(f"{url}/reply")
    assert (first.status_code, first.content, second.status_code) == (201, b"", 201)
    assert stored["text"] == "Thank you!" and stored["createdAt"] == stored["updatedAt"]
    assert replaced["companyReply"]["text"] == "Thanks again"
    assert replaced["companyReply"]["createdAt"] == stored["createdAt"] <= replaced["companyReply"]["updatedAt"]
    assert {k: v for k, v in replaced.items() if k != "companyReply"} == {
        k: v for k, v in review.items() if k != "companyReply"
    }  # a reply is no edit of the review
    assert review["id"] in responded
    assert (deleted.status_code, again.status_code) == (204, 204)
    assert after["companyReply"] is None


@pytest.mark.parametrize(
    ("body", "status"),
    [({}, 400), ({"message": ""}, 400), ({"message": 5}, 400), (["hi"], 400), ({"message": "x", "submittedAt": "now"},
     400), ({"message": "x", "authorBusinessUserId": 7}, 400), ("text/plain", 415)],
)  # fmt: skip
async def test_bad_replies_are_refused_and_change_nothing(body: object, status: int) -> None:
    async with sandbox("trustpilot", reviews=5) as client:
        review = (await client.get(f"{LIST}?responded=false&perPage=1")).json()["reviews"][0]
        url = f"/v1/private/reviews/{review['id']}/reply"
        if body == "text/plain":
            response = await client.post(url, content=b"hi", headers={"Content-Type": "text/plain"})
        else:
            response = await client.post(url, json=body)
        unknown = await client.post("/v1/private/reviews/ffffffffffffffffffffffff/reply", json={"message": "x"})
        after = (await client.get(f"/v1/private/reviews/{review['id']}")).json()
    assert response.status_code == status and "message" in response.json()
    assert unknown.status_code == 404
    assert after == review


async def test_churn_edits_replies_adds_and_deletes() -> None:
    async with sandbox("trustpilot", reviews=120) as client:
        before = {r["id"]: r for r in await walk(client)}
        churned = (await client.post("/_sandbox/churn?add=3&update=8&delete=4")).json()
        after = await walk(client, per_page=25)
        dataset = (await client.get("/_sandbox/dataset")).json()["reviews"]
        gone = [await client.get(f"/v1/private/reviews/{review_id}") for review_id in churned["deleted"]]
        by_domain = (await client.post("/_sandbox/churn?scope=example.com&delete=1")).json()
    assert churned["scope"] == "example.com"
    ids = [r["id"] for r in after]
    assert (
        len(after) == 120 + 3 - 4 and set(churned["deleted"]) <= set(before) and not set(churned["deleted"]) & set(ids)
    )
    assert all(response.status_code == 404 for response in gone)
    assert set(ids[:3]) == set(churned["added"])  # written now: the newest
    assert dataset == [{"id": r["id"], "updated_at": r["updatedAt"] or r["createdAt"]} for r in after]
    now = {r["id"]: r for r in after}
    for review_id in churned["updated"]:
        old, new = before[review_id], now[review_id]
        assert new["updatedAt"] and new["createdAt"] == old["createdAt"]
        assert (new["stars"], new["title"], new["text"]) != (old["stars"], old["title"], old["text"])
    assert set(churned["replied"]) <= set(churned["updated"]) and churned["replied"]
    assert all(now[i]["companyReply"]["updatedAt"] == now[i]["updatedAt"] for i in churned["replied"])
    assert len(by_domain["deleted"]) == 1


def first_get_draw(seed: int) -> str:
    """The fault the schedule of ``seed`` gives a first request that is a GET (at fault rate 1, with lies)."""
    rng = random.Random(seed)
    rng.random()
    return rng.choice((*FAULT_KINDS, *LIAR_KINDS))


async def test_the_future_lie_stamps_the_last_review_of_a_page() -> None:
    seed = next(s for s in range(2000) if first_get_draw(s) == "future")
    app = create_app("trustpilot", seed=seed, fault_rate=1.0, liars=True, reviews=10)
    token = app.state.sandbox.tokens.grant(refreshable=False).access_token  # no request: no fault drawn
    async with client_for(app) as client:
        response = await client.get(f"{LIST}?perPage=4", headers={"Authorization": f"Bearer {token}"})
        stats = (await client.get("/_sandbox/stats")).json()
    reviews = response.json()["reviews"]
    assert len(reviews) == 4 and reviews[-1]["createdAt"] == FAR_FUTURE
    assert all(FAR_FUTURE not in (r["createdAt"], r["updatedAt"]) for r in reviews[:-1])
    assert stats["faults"]["future"] == 1
