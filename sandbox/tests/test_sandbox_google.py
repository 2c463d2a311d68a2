"""Google sandbox: accounts, locations (``readMask``), reviews paged by page tokens in the documented
orders, one review, several locations at once, the owner's reply, churn, and the data's forms."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import httpx
import pytest
from _support import Fuzz, sandbox
from reviewbridge_sandbox._google_store import after

PERSONAL = "179707335852731039342"
GROUP = "118593756498454845969"
#: the three locations of the default sandbox: the personal account's one, then the group's two
LOCATIONS = (
    f"accounts/{PERSONAL}/locations/17584668561276432369",
    f"accounts/{GROUP}/locations/14288824811503993636",
    f"accounts/{GROUP}/locations/10992981061731554903",
)
HOME = LOCATIONS[1]
LIST_URL = f"/v4/{HOME}/reviews?pageSize=50"
STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3}|\.\d{6}|\.\d{9})?Z")
ERROR_STATUS = {400: "INVALID_ARGUMENT", 401: "UNAUTHENTICATED", 403: "PERMISSION_DENIED", 404: "NOT_FOUND",
                429: "RESOURCE_EXHAUSTED"}  # fmt: skip


def ns(stamp: str) -> int:
    """A stamp's nanoseconds (Google's stamps have up to nine fractional digits)."""
    whole, _, fraction = stamp.removesuffix("Z").partition(".")
    seconds = int(dt.datetime.fromisoformat(whole).replace(tzinfo=dt.UTC).timestamp())
    return seconds * 10**9 + int((fraction + "0" * 9)[:9])


def assert_error(response: httpx.Response, status: int) -> dict[str, Any]:
    """``response`` is Google's error envelope for ``status``; its ``error``."""
    assert response.status_code == status, response.text
    error: dict[str, Any] = response.json()["error"]
    assert error["code"] == status and error["status"] == ERROR_STATUS[status] and error["message"]
    return error


async def walk(client: httpx.AsyncClient, parent: str = HOME, **params: Any) -> list[dict[str, Any]]:
    """Every review of a location's list, following ``nextPageToken`` (at most 2000 pages)."""
    reviews: list[dict[str, Any]] = []
    token = None
    for _ in range(2000):
        page = await client.get(f"/v4/{parent}/reviews", params={**params, **({"pageToken": token} if token else {})})
        assert page.status_code == 200, page.text
        body = page.json()
        reviews += body.get("reviews", [])
        token = body.get("nextPageToken")
        if token is None:
            return reviews
    raise AssertionError("the listing did not end")


STARS = {"STAR_RATING_UNSPECIFIED": 0, "ONE": 1, "TWO": 2, "THREE": 3, "FOUR": 4, "FIVE": 5}


async def test_pages_hold_every_review_once_in_each_documented_order() -> None:
    async with sandbox("google", reviews=230, quota=0) as client:
        walks = {order: await walk(client, orderBy=order, pageSize=33) for order in
                 ("updateTime desc", "rating", "rating desc")}  # fmt: skip
        default = await walk(client)
    assert default == walks["updateTime desc"]
    assert all(len(w) == 230 and len({r["name"] for r in w}) == 230 for w in walks.values())
    assert [ns(r["updateTime"]) for r in default] == sorted((ns(r["updateTime"]) for r in default), reverse=True)
    ascending = [(STARS[r["starRating"]], -ns(r["updateTime"])) for r in walks["rating"]]
    descending = [(STARS[r["starRating"]], ns(r["updateTime"])) for r in walks["rating desc"]]
    assert ascending == sorted(ascending) and descending == sorted(descending, reverse=True)


async def test_a_page_says_the_location_total_and_the_last_page_has_no_token() -> None:
    async with sandbox("google", reviews=45) as client:
        first = (await client.get(f"/v4/{HOME}/reviews")).json()
        exact = (await client.get(f"/v4/{HOME}/reviews", params={"pageSize": 45})).json()
        everything = await walk(client)
    assert len(first["reviews"]) == 45 and "nextPageToken" not in first  # the default page holds 50
    assert "nextPageToken" not in exact
    rated = [STARS[r["starRating"]] for r in everything if STARS[r["starRating"]]]
    assert first["totalReviewCount"] == 45 and first["averageRating"] == round(sum(rated) / len(rated), 1)
    assert next(iter(first)) == "reviews"  # the first list of the body: where the "future" lie stamps


async def test_a_location_without_reviews_answers_an_empty_object() -> None:
    async with sandbox("google", reviews=0) as client:
        response = await client.get(f"/v4/{HOME}/reviews")
    assert response.status_code == 200 and response.json() == {}  # Google's JSON leaves out empty members


@pytest.mark.parametrize(
    "query",
    ["pageSize=0", "pageSize=51", "pageSize=x", "orderBy=updateTime", "orderBy=rating%20asc", "orderBy=createTime",
     "orderBy=", "orderBy=updateTime%20%20desc", "pageToken=bm90LWEtdG9rZW4"],
)  # fmt: skip
async def test_invalid_list_parameters_are_invalid_argument(query: str) -> None:
    async with sandbox("google", reviews=5) as client:
        assert_error(await client.get(f"/v4/{HOME}/reviews?{query}"), 400)


async def test_a_page_token_serves_only_its_own_list() -> None:
    async with sandbox("google", reviews=30) as client:
        token = (await client.get(f"/v4/{HOME}/reviews", params={"pageSize": 10})).json()["nextPageToken"]
        elsewhere = await client.get(f"/v4/{LOCATIONS[2]}/reviews", params={"pageToken": token})
        reordered = await client.get(f"/v4/{HOME}/reviews", params={"pageToken": token, "orderBy": "rating"})
        resized = await client.get(f"/v4/{HOME}/reviews", params={"pageToken": token, "pageSize": 50})
        edited = await client.get(f"/v4/{HOME}/reviews", params={"pageToken": token[:-2] + "AA"})
    assert_error(elsewhere, 400)
    assert_error(reordered, 400)
    assert_error(edited, 400)
    assert len(resized.json()["reviews"]) == 20  # the page size may change from page to page


async def test_a_walk_sees_reviews_edited_behind_it_once_and_loses_none() -> None:
    async with sandbox("google", reviews=60, quota=0) as client:
        first = (await client.get(f"/v4/{HOME}/reviews", params={"pageSize": 20})).json()
        await client.post(f"/_sandbox/churn?scope={HOME}&update=10&add=3")
        rest = await walk(client, pageSize=20, pageToken=first["nextPageToken"])
    seen = [r["name"] for r in first["reviews"] + rest]
    assert len(seen) == len(set(seen))  # a token marks a position: no review is served twice ...
    older = [r for r in rest if r["name"] not in {x["name"] for x in first["reviews"]}]
    assert len(first["reviews"]) + len(older) >= 60 - 10  # ... and the untouched ones all come


async def test_reviews_look_like_the_fact_sheet() -> None:
    async with sandbox("google", reviews=600, quota=0) as client:
        reviews = await walk(client)
    assert {r["starRating"] for r in reviews} == set(STARS)
    anonymous = [r["reviewer"] for r in reviews if r["reviewer"].get("isAnonymous")]
    assert {a.get("displayName") for a in anonymous} == {"A Google User", None}
    assert all("profilePhotoUrl" not in a for a in anonymous)
    named = [r["reviewer"] for r in reviews if not r["reviewer"].get("isAnonymous")]
    assert all(set(n) == {"profilePhotoUrl", "displayName"} for n in named)  # false is left out, as Google does
    translated = [r["comment"] for r in reviews if r.get("comment", "").startswith("(Translated by Google) ")]
    assert translated and all(re.fullmatch(r"\(Translated by Google\) .+\n\n\(Original\)\n.+", c) for c in translated)
    assert any("comment" not in r for r in reviews)  # rating-only reviews
    media = [item for r in reviews for item in r.get("reviewMediaItems", [])]
    assert media and all(item["thumbnailUrl"].startswith("https://") for item in media)
    assert any("videoUrl" in item for item in media)
    replies = [r["reviewReply"] for r in reviews if "reviewReply" in r]
    assert 100 < len(replies) < 400 and all(set(reply) == {"comment", "updateTime"} for reply in replies)
    digits = set()
    for review in reviews:
        reply = review.get("reviewReply")
        stamps = [review["createTime"], review["updateTime"], *([reply["updateTime"]] if reply else [])]
        assert all(STAMP.fullmatch(stamp) for stamp in stamps)
        digits.add(len(review["updateTime"].partition(".")[2]))
        assert ns(review["createTime"]) <= ns(review["updateTime"])
        assert review["name"] == f"{HOME}/reviews/{review['reviewId']}"
    assert digits == {0, 4, 7, 10}  # 0, 3, 6 or 9 fractional digits (and the Z)


async def test_seeded_reviews_are_the_same_for_a_seed_and_the_locations_for_every_seed() -> None:
    listings = []
    for seed in (4, 4, 5):
        async with sandbox("google", reviews=30, seed=seed) as client:
            listings.append(await walk(client))
    assert listings[0] == listings[1] != listings[2]


async def test_one_review_is_the_review_the_list_shows() -> None:
    async with sandbox("google", reviews=20) as client:
        listed = (await client.get(f"/v4/{HOME}/reviews", params={"pageSize": 5})).json()["reviews"]
        one = await client.get(f"/v4/{listed[2]['name']}")
        other_location = await client.get(f"/v4/{LOCATIONS[2]}/reviews/{listed[2]['reviewId']}")
        made_up = await client.get(f"/v4/{HOME}/reviews/CiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
        no_account = await client.get(f"/v4/accounts/1/locations/2/reviews/{listed[2]['reviewId']}")
        no_location = await client.get(f"/v4/accounts/{GROUP}/locations/2/reviews")
    assert one.status_code == 200 and one.json() == listed[2]
    assert assert_error(other_location, 404)["message"] == "Requested entity was not found."
    assert_error(made_up, 404)
    assert_error(no_account, 403)
    assert_error(no_location, 404)


async def test_batch_get_reviews_merges_the_locations_in_one_order() -> None:
    async with sandbox("google", reviews=40, quota=0) as client:
        alone = {parent: await walk(client, parent) for parent in LOCATIONS[1:]}
        pages, token = [], None
        for _ in range(20):
            body = {"locationNames": list(LOCATIONS[1:]), "pageSize": 30, **({"pageToken": token} if token else {})}
            answer = (await client.post(f"/v4/accounts/{GROUP}/locations:batchGetReviews", json=body)).json()
            pages += answer["locationReviews"]
            token = answer.get("nextPageToken")
            if token is None:
                break
        rating_only = (
            await client.post(
                f"/v4/accounts/{GROUP}/locations:batchGetReviews",
                json={"locationNames": [HOME], "ignoreRatingOnlyReviews": True, "orderBy": "rating desc"},
            )
        ).json()["locationReviews"]
    assert len(pages) == 80 and {p["name"] for p in pages} == set(LOCATIONS[1:])
    assert all(p["review"]["name"].startswith(p["name"] + "/reviews/") for p in pages)
    assert [p["review"] for p in pages] == sorted(
        [r for reviews in alone.values() for r in reviews], key=lambda r: ns(r["updateTime"]), reverse=True
    )
    assert [p["review"] for p in rating_only] == [r for r in rating_desc(alone[HOME]) if "comment" in r]


def rating_desc(reviews: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``reviews`` in ``rating desc`` order (stars, then the latest change)."""
    return sorted(reviews, key=lambda r: (STARS[r["starRating"]], ns(r["updateTime"])), reverse=True)


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({}, 400),
        ({"locationNames": []}, 400),
        ({"locationNames": [HOME] * 2 + [f"accounts/{GROUP}/locations/{n}" for n in range(49)]}, 400),
        ({"locationNames": [HOME], "pageSize": 0}, 400),
        ({"locationNames": [HOME], "orderBy": "updateTime"}, 400),
        ({"locationNames": [HOME], "pageToken": "x"}, 400),
        ({"locationNames": [LOCATIONS[0]]}, 404),  # the personal account's location
        ({"locationNames": [f"accounts/{GROUP}/locations/1"]}, 404),
    ],
)
async def test_bad_batches_are_refused(body: dict[str, Any], status: int) -> None:
    async with sandbox("google", reviews=5) as client:
        assert_error(await client.post(f"/v4/accounts/{GROUP}/locations:batchGetReviews", json=body), status)


async def test_reply_is_created_replaced_and_deleted_without_moving_the_review() -> None:
    async with sandbox("google", reviews=30) as client:
        review = next(r for r in await walk(client) if "reviewReply" not in r)
        url = f"/v4/{review['name']}/reply"
        first = await client.put(url, json={"comment": "Thank you!"})
        stored = (await client.get(f"/v4/{review['name']}")).json()
        second = await client.put(url, json={"comment": "Danke schön", "updateTime": "2001-01-01T00:00:00Z"})
        replaced = (await client.get(f"/v4/{review['name']}")).json()
        listed = await walk(client)
        deleted = await client.delete(url)
        after = (await client.get(f"/v4/{review['name']}")).json()
        again = await client.delete(url)
    assert first.status_code == 200 and first.json() == stored["reviewReply"]
    assert stored["reviewReply"]["comment"] == "Thank you!" and STAMP.fullmatch(stored["reviewReply"]["updateTime"])
    assert second.json()["comment"] == "Danke schön" == replaced["reviewReply"]["comment"]
    assert ns(replaced["reviewReply"]["updateTime"]) > ns(stored["reviewReply"]["updateTime"])
    assert {k: v for k, v in replaced.items() if k != "reviewReply"} == review  # the review itself did not move
    assert next(r for r in listed if r["name"] == review["name"]) == replaced
    assert (deleted.status_code, deleted.json(), again.status_code, again.json()) == (200, {}, 200, {})
    assert after == review


@pytest.mark.parametrize(
    "body", [{}, {"comment": ""}, {"comment": 5}, ["hi"], {"comment": "é" * 2049}, "text/plain"]
)  # fmt: skip
async def test_bad_replies_are_refused_and_change_nothing(body: object) -> None:
    async with sandbox("google", reviews=5) as client:
        review = (await client.get(f"/v4/{HOME}/reviews")).json()["reviews"][0]
        url = f"/v4/{review['name']}/reply"
        if body == "text/plain":
            response = await client.put(url, content=b"hi", headers={"Content-Type": "text/plain"})
        else:
            response = await client.put(url, json=body)
        longest = await client.put(url, json={"comment": "é" * 2048})  # 4096 bytes of UTF-8: the limit
        unknown = await client.put(f"/v4/{HOME}/reviews/CiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/reply", json={"comment": "x"})
        after = (await client.get(f"/v4/{review['name']}")).json()
    assert_error(response, 400)
    assert longest.status_code == 200
    assert_error(unknown, 404)
    assert {k: v for k, v in after.items() if k != "reviewReply"} == {
        k: v for k, v in review.items() if k != "reviewReply"
    }


async def test_churn_edits_adds_and_deletes_across_the_locations() -> None:
    async with sandbox("google", reviews=50, quota=0) as client:
        before = {r["name"]: r for parent in LOCATIONS for r in await walk(client, parent)}
        everywhere = {"scope": "accounts/-/locations/-"}
        churned = (
            await client.post("/_sandbox/churn", params={**everywhere, "add": 4, "update": 9, "delete": 5})
        ).json()
        after = {parent: await walk(client, parent) for parent in LOCATIONS}
        dataset = (await client.get("/_sandbox/dataset", params=everywhere)).json()["reviews"]
        gone = [await client.get(f"/v4/{name}") for name in churned["deleted"]]
        one = (await client.get("/_sandbox/dataset", params={"scope": HOME})).json()["reviews"]
        example = (await client.get("/_sandbox/dataset")).json()["reviews"]
        group = (await client.get("/_sandbox/dataset", params={"scope": f"accounts/{GROUP}/locations/-"})).json()
        nowhere = (await client.get("/_sandbox/dataset", params={"scope": "accounts/1/locations/2"})).json()
    assert churned["scope"] == "accounts/-/locations/-"
    now = {r["name"]: r for reviews in after.values() for r in reviews}
    assert len(now) == 150 + 4 - 5 and set(churned["deleted"]) <= set(before) and not set(churned["deleted"]) & set(now)
    assert all(response.status_code == 404 for response in gone)
    newest = sorted(now.values(), key=lambda r: ns(r["updateTime"]), reverse=True)
    assert {r["name"] for r in newest[:13]} == set(churned["added"]) | set(churned["updated"])
    for name in churned["updated"]:
        old, new = before[name], now[name]
        assert new["createTime"] == old["createTime"] and ns(new["updateTime"]) > ns(old["updateTime"])
        assert (new["starRating"], new.get("comment")) != (old["starRating"], old.get("comment"))
    for name in churned["added"]:
        assert now[name]["createTime"] == now[name]["updateTime"] and "reviewReply" not in now[name]
    assert all(now[name]["reviewReply"]["updateTime"] == now[name]["updateTime"] for name in churned["replied"])
    assert sorted(dataset, key=lambda d: d["id"]) == sorted(
        ({"id": r["name"], "updated_at": r["updateTime"]} for r in newest), key=lambda d: d["id"]
    )
    assert [ns(d["updated_at"]) for d in dataset] == [ns(r["updateTime"]) for r in newest]  # latest change first
    assert one == example == [{"id": r["name"], "updated_at": r["updateTime"]} for r in after[HOME]]
    assert {r["id"] for r in group["reviews"]} == {r["name"] for p in LOCATIONS[1:] for r in after[p]}
    assert nowhere == {"reviews": []}


async def test_more_locations_on_request() -> None:
    async with sandbox("google", reviews=2, scopes=250) as client:
        group, token = [], None
        for _ in range(10):
            params = {"readMask": "name", "pageSize": 100, **({"pageToken": token} if token else {})}
            body = (await client.get(f"/v1/accounts/{GROUP}/locations", params=params)).json()
            group += body["locations"]
            token = body.get("nextPageToken")
            if token is None:
                break
        last = await client.get(f"/v4/accounts/{GROUP}/{group[-1]['name']}/reviews")
    assert len(group) == 249 and len({g["name"] for g in group}) == 249
    assert [g["name"] for g in group[:2]] == [f"locations/{p.rsplit('/', 1)[1]}" for p in LOCATIONS[1:]]
    assert len(last.json()["reviews"]) == 2


async def _fuzz_headers(client: httpx.AsyncClient) -> dict[str, str]:
    form = {"grant_type": "refresh_token", "client_id": "sandbox-client", "client_secret": "sandbox-secret",
            "refresh_token": "sandbox-refresh"}  # fmt: skip
    return {"Authorization": f"Bearer {(await client.post('/token', data=form)).json()['access_token']}"}


def _fuzz_error_shape(url: str, response: httpx.Response) -> bool:
    body = response.json()
    if url == "/token":
        return isinstance(body.get("error"), str) and "error_description" in body
    return set(body) == {"error"} and body["error"]["code"] == response.status_code and bool(body["error"]["status"])


#: what test_sandbox_input.py sends this sandbox
FUZZ = Fuzz(
    routes=[
        ("GET", "/v1/accounts"),
        ("GET", "/v1/accounts/{scope}/locations"),
        ("GET", f"/v1/accounts/{GROUP}/locations"),
        ("GET", "/v4/accounts/{scope}/locations/{scope}/reviews"),
        ("GET", f"/v4/{HOME}/reviews"),
        ("GET", f"/v4/{HOME}/reviews/{{scope}}"),
        ("POST", "/v4/accounts/{scope}/locations:batchGetReviews"),
        ("POST", f"/v4/accounts/{GROUP}/locations:batchGetReviews"),
        ("PUT", f"/v4/{HOME}/reviews/{{scope}}/reply"),
        ("DELETE", f"/v4/{HOME}/reviews/{{scope}}/reply"),
        ("POST", "/token"),
    ],
    headers=_fuzz_headers,
    error_shape=_fuzz_error_shape,
)


@pytest.mark.parametrize("digits", [0, 3, 6, 9])
def test_a_change_is_stamped_at_the_reviews_precision_after_the_latest(digits: int) -> None:
    latest = ns("2999-01-01T00:00:00.123456789Z")  # later than now: the stamp must still come after it
    moment = after(latest, digits)
    assert moment > latest and moment % 10 ** (9 - digits) == 0
    assert moment - latest <= 10 ** (9 - digits)
