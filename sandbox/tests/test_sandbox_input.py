"""Whatever a client sends, the answer is never a 5xx, and every error has the provider's shape."""

from __future__ import annotations

import asyncio
import json
from typing import Any
from urllib.parse import quote

import httpx
from _support import BASE_URL, declared
from hypothesis import given, settings
from hypothesis import strategies as st
from reviewbridge_sandbox import create_app

#: each sandbox whose test file says what to send it (its FUZZ: routes, headers, whether an error has its
#: provider's shape)
FUZZ = declared("FUZZ")
APPS = {provider: create_app(provider, reviews=30) for provider in FUZZ}
HEADERS: dict[str, dict[str, str]] = {}

PARAMETERS = [
    "merchant_id", "per_page", "page", "states[]", "updated_after", "created_after", "limit", "after", "before",
    "count", "rating", "status", "type", "hasReply", "ignoreStatements", "additionalInformation", "orderBy",
    "submittedAfter", "submittedBefore", "query", "older_reviews", "branch_code", "trkref", "client_id",
    "moderation_status", "order_id", "customer_id", "user_id", "location_id", "pageSize", "pageToken", "readMask",
    "filter", "parentAccount",
]  # fmt: skip

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
bodies = st.one_of(
    st.binary(max_size=60),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries({"review": json_values}).map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries(
        {
            "review": st.fixed_dictionaries(
                {"author": json_values, "score": json_values}, optional={"order": json_values}
            )
        }
    ).map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries({"comment": json_values, "reason": st.sampled_from(["UNTRUTHFUL", "ABUSIVE", "x"])}).map(
        lambda v: json.dumps(v).encode()
    ),
    st.fixed_dictionaries(
        {"locationNames": json_values | st.lists(st.text(max_size=60), max_size=3)},
        optional={"pageSize": json_values, "pageToken": json_values, "orderBy": json_values},
    ).map(lambda v: json.dumps(v).encode()),
)


async def send(provider: str, method: str, url: str, params: list[tuple[str, str]], body: bytes, ctype: str) -> Any:
    transport = httpx.ASGITransport(app=APPS[provider])
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
        if provider not in HEADERS:  # once per sandbox: a provider whose clients fetch a token first does so here
            HEADERS[provider] = await FUZZ[provider].headers(client)
        headers = {**HEADERS[provider], "Content-Type": ctype}
        return await client.request(method, url, params=params, content=body, headers=headers)


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(
    provider=st.sampled_from(sorted(FUZZ)),
    route=st.integers(min_value=0, max_value=10),
    scope=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12),
    params=st.lists(st.tuples(st.sampled_from(PARAMETERS), st.text(max_size=12)), max_size=5),
    body=bodies,
    ctype=st.sampled_from(["application/json", "application/x-www-form-urlencoded", "text/plain"]),
)
def test_never_a_server_error(
    provider: str, route: int, scope: str, params: list[tuple[str, str]], body: bytes, ctype: str
) -> None:
    routes = FUZZ[provider].routes
    method, template = routes[route % len(routes)]
    url = template.format(scope=quote(scope, safe=""))
    response = asyncio.run(send(provider, method, url, params, body, ctype))
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        assert FUZZ[provider].error_shape(url, response), response.text
