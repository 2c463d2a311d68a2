"""Reevoo for the facade tests: payloads shaped like its spec's examples, mock APIs, clients (found
by name through ``tests.unit._support``, which names no provider)."""

from __future__ import annotations

import copy
from typing import Any

import reviewbridge as rb

from tests.unit._support import BASE, Errors, Handler, async_http, example, no_sleep, sync_http

REEVOO_KEY = "rv-key-SECRET-abcdef"

REEVOO_SECRET = "rv-secret-SECRET-987654"

REEVOO_EXAMPLE = example("reevoo", "/v4/organisations/{trkref}/customer_experience_reviews")


def reevoo_item(i: int) -> dict[str, Any]:
    item = copy.deepcopy(REEVOO_EXAMPLE["customer_experience_reviews"][0])
    item["nps_score"] = i % 11
    item["order_ref"] = f"ORDER-{i}"
    item["publish_date"] = f"2016-05-{i % 28 + 1:02d}"
    return item


def reevoo(handler: Handler, **kwargs: Any) -> rb.Reevoo:
    client = rb.Reevoo(REEVOO_KEY, REEVOO_SECRET, base_url=BASE, http_client=sync_http(handler), **kwargs)
    no_sleep(client)
    return client


def areevoo(handler: Any, **kwargs: Any) -> rb.AsyncReevoo:
    client = rb.AsyncReevoo(REEVOO_KEY, REEVOO_SECRET, base_url=BASE, http_client=async_http(handler), **kwargs)
    client._policy.base_delay = 0
    return client


#: the credentials a client of these tests holds, which no log, repr or error may show
SECRETS: tuple[str, ...] = (REEVOO_KEY, REEVOO_SECRET)
#: the item builder, the documented item it copies, and the members it adds (tests/unit/test_support_payloads.py)
ITEM_SHAPE = (reevoo_item, REEVOO_EXAMPLE["customer_experience_reviews"][0], frozenset())
#: how its list answers errors and odd bodies (tests/unit/test_facade_errors.py)
ERRORS = Errors(
    client=reevoo,
    filters={"trkref": "ABC"},
    operation="listCustomerExperienceReviews",
    body={"status": 400, "message": "Invalid TRKREF supplied"},
    code=None,
    message="Invalid TRKREF supplied",
    wrong_shapes=[{"customer_experience_reviews": 5}, {"customer_experience_reviews": [1]}, "text"],
    tolerated=[[]],
    without_list={},
)
