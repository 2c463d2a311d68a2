"""Google sandbox: the accounts (Account Management v1) and their locations (Business Information v1)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from _support import sandbox
from test_sandbox_google import GROUP, LOCATIONS, PERSONAL, assert_error

LOCATIONS_URL = f"/v1/accounts/{GROUP}/locations"


async def test_the_personal_account_comes_first() -> None:
    async with sandbox("google", reviews=1) as client:
        accounts = (await client.get("/v1/accounts")).json()
        groups = (await client.get("/v1/accounts", params={"filter": "type=LOCATION_GROUP"})).json()
        quoted = (await client.get("/v1/accounts", params={"filter": 'type = "PERSONAL"'})).json()
        none = (await client.get("/v1/accounts", params={"filter": "type=ORGANIZATION"})).json()
        paged = (await client.get("/v1/accounts", params={"pageSize": 1})).json()
        second = (await client.get("/v1/accounts", params={"pageSize": 1, "pageToken": paged["nextPageToken"]})).json()
        children = (await client.get("/v1/accounts", params={"parentAccount": f"accounts/{GROUP}"})).json()
    assert [(a["name"], a["type"]) for a in accounts["accounts"]] == [
        (f"accounts/{PERSONAL}", "PERSONAL"),
        (f"accounts/{GROUP}", "LOCATION_GROUP"),
    ]
    assert "nextPageToken" not in accounts
    assert groups["accounts"] == accounts["accounts"][1:] and quoted["accounts"] == accounts["accounts"][:1]
    assert none == {} and children == {}
    assert paged["accounts"] + second["accounts"] == accounts["accounts"] and "nextPageToken" not in second


@pytest.mark.parametrize(
    "query",
    [
        "pageSize=21",
        "pageSize=0",
        "filter=role%3DOWNER",
        "filter=type%3DSHOP",
        "filter=type",
        "pageToken=abc",
        "parentAccount=",
        "parentAccount=42",
    ],
)
async def test_bad_account_lists_are_invalid_argument(query: str) -> None:
    async with sandbox("google", reviews=1) as client:
        assert_error(await client.get(f"/v1/accounts?{query}"), 400)


async def test_an_account_the_user_does_not_reach_is_permission_denied() -> None:
    async with sandbox("google", reviews=1) as client:
        for url in ("/v1/accounts?parentAccount=accounts/42", "/v1/accounts/42/locations?readMask=name"):
            assert_error(await client.get(url), 403)


async def locations(client: httpx.AsyncClient, account: str = GROUP, **params: Any) -> httpx.Response:
    return await client.get(f"/v1/accounts/{account}/locations", params=params)


async def test_locations_need_a_read_mask_and_show_only_what_it_names() -> None:
    async with sandbox("google", reviews=1) as client:
        missing = await locations(client)
        blank = await locations(client, readMask=" ")
        unknown = await locations(client, readMask="name,user.displayName")
        few = (await locations(client, readMask="name,title")).json()
        nested = (await locations(client, readMask="name, storefrontAddress.locality,metadata.placeId")).json()
        whole = (await locations(client, readMask="name,storefrontAddress")).json()
        personal = (await locations(client, PERSONAL, readMask="name")).json()
    for refused in (missing, blank, unknown):
        error = assert_error(refused, 400)
        assert error["details"][0]["fieldViolations"][0]["field"] == "read_mask"
    assert [set(location) for location in few["locations"]] == [{"name", "title"}] * 2
    assert [location["name"] for location in few["locations"]] == [f"locations/{p.rsplit('/', 1)[1]}" for p in
                                                                    LOCATIONS[1:]]  # fmt: skip
    assert set(nested["locations"][0]) == {"name", "storefrontAddress", "metadata"}
    assert set(nested["locations"][0]["storefrontAddress"]) == {"locality"}
    assert set(nested["locations"][0]["metadata"]) == {"placeId"}
    assert {"locality", "postalCode", "addressLines"} <= set(whole["locations"][0]["storefrontAddress"])
    assert personal == {"locations": [{"name": f"locations/{LOCATIONS[0].rsplit('/', 1)[1]}"}]}


async def test_locations_page_sort_and_filter() -> None:
    async with sandbox("google", reviews=1, scopes=12) as client:
        everything = (await locations(client, readMask="name,title,storeCode", pageSize=100)).json()["locations"]
        first = (await locations(client, readMask="name", pageSize=4)).json()
        rest = (await locations(client, readMask="name", pageSize=100, pageToken=first["nextPageToken"])).json()
        by_title = (await locations(client, readMask="title", orderBy="title desc")).json()["locations"]
        code = everything[3]["storeCode"]
        filtered = (await locations(client, readMask="name", filter=f'storeCode="{code}"')).json()
        nothing = (await locations(client, readMask="name", filter='title="Nowhere"')).json()
        unknown = await locations(client, readMask="name", filter="openInfo.status=OPEN")
        unsorted = await locations(client, readMask="name", orderBy="name")
    assert len(everything) == 11 and len(first["locations"]) == 4 and len(rest["locations"]) == 7
    assert [x["name"] for x in first["locations"] + rest["locations"]] == [x["name"] for x in everything]
    assert len(by_title) == 10  # 10 a page by default
    assert [x["title"] for x in by_title] == sorted((x["title"] for x in everything), reverse=True)[:10]
    assert filtered == {"locations": [{"name": everything[3]["name"]}], "totalSize": 1}
    assert nothing == {}
    assert_error(unknown, 400)
    assert_error(unsorted, 400)
