"""Trustpilot for the facade tests: payloads shaped like its spec's examples, mock APIs, clients (found
by name through ``tests.unit._support``, which names no provider)."""

from __future__ import annotations

import copy
from typing import Any

import reviewbridge as rb

from tests.unit._support import BASE, Handler, async_http, example, no_sleep, sync_http

TP_KEY = "tp-api-key-SECRET-31"

TP_SECRET = "tp-api-secret-SECRET-62"

TP_TOKEN_PREFIX = "tp-access-token-SECRET-"

TP_UNIT = "507f191e810c19729de860ea"

TRUSTPILOT_EXAMPLE = example("trustpilot", "/v1/private/business-units/{businessUnitId}/reviews")

TRUSTPILOT_TOKEN_EXAMPLE = example("trustpilot", "/v1/oauth/oauth-business-users-for-applications/accesstoken", "post")

TRUSTPILOT_UNIT_EXAMPLE = example("trustpilot", "/v1/business-units/find")

TRUSTPILOT_TOKEN_PATH = "/v1/oauth/oauth-business-users-for-applications/accesstoken"


def trustpilot_item(i: int) -> dict[str, Any]:
    """The docs' review (truncated before its id, as published) with an id and distinct stamps."""
    item = copy.deepcopy(TRUSTPILOT_EXAMPLE["reviews"][0])
    item["id"] = f"{i:024x}"
    item["stars"] = i % 5 + 1
    item["createdAt"] = f"2013-09-{i % 28 + 1:02d}T13:37:00"
    item["updatedAt"] = None
    return item


def trustpilot_page(items: list[dict[str, Any]]) -> dict[str, Any]:
    return {**copy.deepcopy(TRUSTPILOT_EXAMPLE), "reviews": items}


def trustpilot_token(token: str, expires_in: str = "359999") -> dict[str, Any]:
    # The documented answer is the password grant's; client credentials get no refresh token.
    body = {**TRUSTPILOT_TOKEN_EXAMPLE, "access_token": token, "expires_in": expires_in}
    body.pop("refresh_token", None)
    return body


def trustpilot(handler: Handler, **kwargs: Any) -> rb.Trustpilot:
    client = rb.Trustpilot(TP_KEY, TP_SECRET, base_url=BASE, http_client=sync_http(handler), **kwargs)
    no_sleep(client)
    return client


def atrustpilot(handler: Any, **kwargs: Any) -> rb.AsyncTrustpilot:
    client = rb.AsyncTrustpilot(TP_KEY, TP_SECRET, base_url=BASE, http_client=async_http(handler), **kwargs)
    client._policy.base_delay = 0
    return client


#: the credentials a client of these tests holds, which no log, repr or error may show
SECRETS: tuple[str, ...] = ()
