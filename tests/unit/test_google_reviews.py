"""Google Business Profile through the SDK against a fake of its hosts: the fan-out accounts -> locations ->
reviews, the mapping to Review, every host under one base URL, replies, tokens and errors."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import urllib.parse

import httpx
import pytest
import reviewbridge as rb

from tests.unit._support_google import (
    GOOGLE_CLIENT_SECRET,
    GOOGLE_REFRESH_TOKEN,
    FakeGoogle,
    agoogle,
    google,
    google_error,
    google_review,
)

LOCATION = "accounts/1/locations/10"
TWO_ACCOUNTS = {"accounts/1": ["locations/10", "locations/11", "locations/12"], "accounts/2": ["locations/20"]}


def test_all_locations_walks_every_location_of_every_account_page_by_page() -> None:
    api = FakeGoogle(TWO_ACCOUNTS, reviews=3, page=2)
    with google(api, base_url="http://127.0.0.1:9") as client:
        assert client.location_names() == [
            "accounts/1/locations/10",
            "accounts/1/locations/11",
            "accounts/1/locations/12",
            "accounts/2/locations/20",
        ]
        ids = [review.id for review in client.reviews(all_locations=True)]
    assert len(ids) == len(set(ids)) == 12
    assert ids[:3] == [f"{LOCATION}/reviews/r{i}" for i in range(3)]  # a location at a time, latest change first
    # page tokens followed (3 locations, 2 a page), once for location_names and once for the walk
    assert api.calls["/v1/accounts/1/locations"] == 4
    assert api.calls[f"/v4/{LOCATION}/reviews"] == 2
    assert api.tokens == 1


def test_an_account_without_locations_and_a_location_without_reviews_are_empty_not_broken() -> None:
    # Google's JSON leaves empty lists out: {} for no locations, no "reviews" member for no reviews.
    api = FakeGoogle({"accounts/1": ["locations/10"], "accounts/2": []}, reviews=0)
    with google(api, base_url="http://127.0.0.1:9") as client:
        assert client.location_names() == [LOCATION]
        assert list(client.reviews(all_locations=True)) == []
    assert api.calls[f"/v4/{LOCATION}/reviews"] == 1  # the end, not fetched again as a suspect page


def test_a_location_reached_through_two_accounts_is_walked_once() -> None:
    api = FakeGoogle({"accounts/1": ["locations/10"], "accounts/2": ["locations/10", "locations/20"]})
    with google(api, base_url="http://127.0.0.1:9") as client:
        assert client.location_names() == [LOCATION, "accounts/2/locations/20"]


def test_the_review_maps_to_the_review_model() -> None:
    location = "accounts/1/locations/10"
    translated = "(Translated by Google) Very good coffee\n\n(Original)\nSehr guter Kaffee"
    records = [
        google_review(location, 0),
        google_review(location, 1, starRating="STAR_RATING_UNSPECIFIED", reviewer={"isAnonymous": True}),
        google_review(
            location, 2, starRating="SIX", comment=translated, reviewer={"displayName": "x", "isAnonymous": True}
        ),
        google_review(location, 3, starRating="ONE", updateTime=None, reviewReply=None),
    ]
    del records[3]["updateTime"]
    api = FakeGoogle({"accounts/1": ["locations/10"]}, reviews=0)
    api.reviews[location] = records
    with google(api, base_url="http://127.0.0.1:9") as client:
        first, unspecified, unknown, never_edited = list(client.reviews(location=location))
    assert (first.provider, first.id, first.rating, first.rating_max) == ("google", f"{location}/reviews/r0", 5.0, 5)
    assert (first.author, first.reply, first.title) == ("Sam Example", "Thank you, Sam!", None)
    assert first.text == "Friendly staff, and they fixed my bike the same day."
    assert first.created_at == dt.datetime(2014, 10, 2, 15, 1, 23, tzinfo=dt.UTC)
    assert first.updated_at == dt.datetime(2014, 10, 2, 15, 59, 23, tzinfo=dt.UTC)
    assert first.raw.star_rating is not None and first.raw_json["updateTime"] == "2014-10-02T15:59:23Z"
    # no rating, the record kept; an anonymous reviewer gives no author, whatever its displayName holds
    assert (unspecified.rating, unspecified.author) == (None, None)
    assert (unknown.rating, unknown.author, unknown.raw_json["starRating"]) == (None, None, "SIX")
    assert unknown.text == translated  # Google's translation and the original, kept whole
    assert (never_edited.rating, never_edited.reply) == (1.0, None)
    assert never_edited.updated_at == never_edited.created_at  # no updateTime: it last changed when written


def test_without_a_base_url_each_operation_goes_to_its_own_host() -> None:
    api = FakeGoogle({"accounts/1": ["locations/10"]}, reviews=1)
    with google(api) as client:
        list(client.reviews(all_locations=True))
        client.reply(f"{LOCATION}/reviews/r0", "Thanks")
    hosts = {(r.method, r.url.path.split("/")[1]): r.url.host for r in api.requests}
    assert hosts == {
        ("POST", "token"): "oauth2.googleapis.com",
        ("GET", "v1"): "mybusinessaccountmanagement.googleapis.com",  # accounts
        ("GET", "v4"): "mybusiness.googleapis.com",
        ("PUT", "v4"): "mybusiness.googleapis.com",
    } | {("GET", "v1"): hosts[("GET", "v1")]}
    assert {r.url.host for r in api.requests if r.url.path.endswith("/locations")} == {
        "mybusinessbusinessinformation.googleapis.com"
    }
    assert all(r.url.scheme == "https" for r in api.requests)


def test_under_a_base_url_every_host_is_reached_there() -> None:
    api = FakeGoogle({"accounts/1": ["locations/10"]}, reviews=1, prefix="/google")
    with google(api, base_url="http://127.0.0.1:9/google/") as client:
        list(client.reviews(all_locations=True))
        client.get_review(f"{LOCATION}/reviews/r0")
    assert {(r.url.host, r.url.port) for r in api.requests} == {("127.0.0.1", 9)}
    assert {r.url.path.split("/")[2] for r in api.requests} >= {"token", "v1", "v4"}
    assert all(r.url.path.startswith("/google/") for r in api.requests)


def test_the_token_request_is_the_refresh_token_grant_and_tokens_are_kept() -> None:
    api = FakeGoogle({"accounts/1": ["locations/10"]}, reviews=4)
    with google(api, base_url="http://127.0.0.1:9") as client:
        list(client.reviews(location=LOCATION))
        list(client.reviews(location=LOCATION))
        assert client.token_requests == 1
    (token,) = [r for r in api.requests if r.url.path == "/token"]
    form = urllib.parse.parse_qs(token.content.decode())
    assert form["grant_type"] == ["refresh_token"] and form["refresh_token"] == [GOOGLE_REFRESH_TOKEN]


def test_an_expired_refresh_token_asks_for_consent_again_without_showing_secrets() -> None:
    api = FakeGoogle({"accounts/1": ["locations/10"]})
    body = {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}
    api.fail["/token"] = [httpx.Response(400, json=body)]
    with google(api, base_url="http://127.0.0.1:9") as client, pytest.raises(rb.AuthenticationError) as caught:
        list(client.reviews(location=LOCATION))
    message = str(caught.value)
    assert "invalid_grant" in message and "grant the consent again" in message
    assert GOOGLE_REFRESH_TOKEN not in message + repr(caught.value) and GOOGLE_CLIENT_SECRET not in message


def test_a_401_renews_the_token_once_and_sends_again() -> None:
    api = FakeGoogle({"accounts/1": ["locations/10"]}, reviews=1)
    api.fail[f"/v4/{LOCATION}/reviews"] = [httpx.Response(401, json=google_error(401, "UNAUTHENTICATED"))]
    with google(api, base_url="http://127.0.0.1:9") as client:
        assert len(list(client.reviews(location=LOCATION))) == 1
        assert client.token_requests == 2


def test_resource_exhausted_is_backed_off_and_retried() -> None:
    api = FakeGoogle({"accounts/1": ["locations/10"]}, reviews=1)
    busy = httpx.Response(429, json=google_error(429, "RESOURCE_EXHAUSTED", "Quota exceeded"))
    api.fail[f"/v4/{LOCATION}/reviews"] = [busy, busy]
    with google(api, base_url="http://127.0.0.1:9") as client:
        assert len(list(client.reviews(location=LOCATION))) == 1
        assert client.retries == 2


def test_an_error_names_googles_status_and_message() -> None:
    api = FakeGoogle({"accounts/1": ["locations/10"]}, reviews=1)
    with google(api, base_url="http://127.0.0.1:9") as client, pytest.raises(rb.NotFoundError) as caught:
        client.get_review(f"{LOCATION}/reviews/gone")
    assert caught.value.code == "NOT_FOUND" and "Requested entity was not found." in str(caught.value)
    assert caught.value.operation == "getReview"


def test_a_reply_is_an_upsert_retried_like_a_read() -> None:
    api = FakeGoogle({"accounts/1": ["locations/10"]}, reviews=1)
    name = f"{LOCATION}/reviews/r0"
    api.fail[f"/v4/{name}/reply"] = [httpx.Response(503, json=google_error(503, "UNAVAILABLE"))]
    with google(api, base_url="http://127.0.0.1:9") as client:
        stored = client.reply(name, "Thank you for visiting!")
        assert stored.comment == "Thank you for visiting!"
        assert client.get_review(name).to_dict()["reviewReply"]["comment"] == "Thank you for visiting!"
        assert client.delete_reply(name) is None
        assert client.delete_reply(name) is None  # again: harmless
    puts = [r for r in api.requests if r.method == "PUT"]
    assert len(puts) == 2 and all(json.loads(r.content) == {"comment": "Thank you for visiting!"} for r in puts)


def test_a_reply_over_4096_bytes_is_refused_before_anything_is_sent() -> None:
    api = FakeGoogle({"accounts/1": ["locations/10"]}, reviews=1)
    name = f"{LOCATION}/reviews/r0"
    with google(api, base_url="http://127.0.0.1:9") as client:
        client.reply(name, "é" * 2048)  # 4096 bytes: the limit itself
        sent = len(api.requests)
        with pytest.raises(rb.UsageError, match="4096 bytes"):
            client.reply(name, "é" * 2048 + "!")  # 2049 characters, 4097 bytes
        with pytest.raises(rb.UsageError, match="needs some text"):
            client.reply(name, " ")
        with pytest.raises(rb.UsageError, match="reviews/"):
            client.reply("r0", "Thanks")
    assert len(api.requests) == sent


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({}, "all_locations=True"),
        ({"location": "locations/10"}, "accounts/{accountId}/locations/{locationId}"),
        ({"location": LOCATION, "all_locations": True}, "name no locations"),
        ({"location": LOCATION, "locations": [LOCATION]}, "not both"),
        ({"locations": []}, "is empty"),
        ({"location": LOCATION, "page_size": "50"}, "page_size must be"),
        ({"location": LOCATION, "store": "x"}, "unknown filter"),
    ],
)
def test_bad_filters_are_a_usage_error_before_any_request(filters: dict[str, object], message: str) -> None:
    api = FakeGoogle({"accounts/1": ["locations/10"]})
    with google(api, base_url="http://127.0.0.1:9") as client, pytest.raises(rb.UsageError, match=message):
        list(client.review_pages_for(filters))
    assert not api.requests


def test_resume_continues_one_locations_walk_and_is_refused_for_several() -> None:
    api = FakeGoogle({"accounts/1": ["locations/10", "locations/11"]}, reviews=3, page=2)
    with google(api, base_url="http://127.0.0.1:9") as client:
        first = next(iter(client.review_pages(location=LOCATION)))
        assert first.resume == {"page_token": "2"}
        rest = [r.id for page in client.review_pages(location=LOCATION, resume=first.resume) for r in page.reviews]
        assert rest == [f"{LOCATION}/reviews/r2"]
        with pytest.raises(rb.UsageError, match="one location"):
            list(client.review_pages(all_locations=True, resume={"page_token": "2"}))


def test_the_rate_limit_is_shared_and_configurable() -> None:
    api = FakeGoogle({"accounts/1": ["locations/10"]})
    with google(api, base_url="http://127.0.0.1:9") as one, google(api, base_url="http://127.0.0.1:9") as two:
        assert one._policy.rate_limit is two._policy.rate_limit
        assert one._policy.rate_limit is not None and one._policy.rate_limit.windows == ((240, 60.0),)
    with google(api, base_url="http://127.0.0.1:9", requests_per_minute=100) as slow:
        assert slow._policy.rate_limit is not None and slow._policy.rate_limit.windows == ((100, 60.0),)
    for bad in (0, -5, 1.5, True):
        with pytest.raises(rb.UsageError, match="requests_per_minute"):
            google(api, requests_per_minute=bad)


def test_the_async_client_walks_alike() -> None:
    api = FakeGoogle(TWO_ACCOUNTS, reviews=3, page=2)

    async def walk() -> tuple[list[str], list[str]]:
        async with agoogle(api, base_url="http://127.0.0.1:9") as client:
            names = await client.location_names()
            ids = [review.id async for review in client.reviews(all_locations=True)]
            await client.reply(f"{LOCATION}/reviews/r0", "Thanks")
            return names, ids

    names, ids = asyncio.run(walk())
    with google(FakeGoogle(TWO_ACCOUNTS, reviews=3, page=2), base_url="http://127.0.0.1:9") as client:
        assert names == client.location_names()
        assert ids == [review.id for review in client.reviews(all_locations=True)]


def test_a_walk_following_changes_takes_one_location() -> None:
    # An export's or a load's walk stops by its scope's mark: over several locations it would stop at the
    # first one's, so such a scope is refused (export and load fan --all-locations out into one per location).
    api = FakeGoogle({"accounts/1": ["locations/10", "locations/11"]})
    with google(api, base_url="http://127.0.0.1:9") as client:
        with pytest.raises(rb.UsageError, match="one location"):
            list(client.review_pages(all_locations=True, follow_changes=True))
        with pytest.raises(rb.UsageError, match="one location"):
            list(client.review_pages(locations=[LOCATION, "accounts/1/locations/11"], follow_changes=True))
        assert len(list(client.review_pages(location=LOCATION, follow_changes=True))) == 2
    assert not [r for r in api.requests if "/reviews" in r.url.path and "/locations/11" in r.url.path]
