"""The client-side call limit: no window ever holds more calls than allowed, waiting when one is full;
Trustpilot's clients (sync and async, any number of them) share one limit, token requests included."""

from __future__ import annotations

import asyncio
import importlib
import threading
from typing import Any

import httpx
import pytest
from reviewbridge._providers import REGISTRY
from reviewbridge._ratelimit import RateLimit

from tests.unit._support import TP_UNIT, atrustpilot, no_sleep, trustpilot
from tests.unit.test_trustpilot import FakeTrustpilot


class FakeClock:
    """Time that passes only when someone waits (thread-safe)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.waits: list[float] = []
        self._lock = threading.Lock()

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.waits.append(seconds)
            self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def _fake(limit: RateLimit) -> FakeClock:
    clock = FakeClock()
    limit.clock, limit.sleep, limit.asleep = clock, clock.sleep, clock.asleep
    return clock


def _never_over(times: list[float], calls: int, seconds: float) -> bool:
    ordered = sorted(times)
    return all(ordered[i + calls] - ordered[i] >= seconds for i in range(len(ordered) - calls))


def test_a_full_window_waits_for_its_oldest_call() -> None:
    limit = RateLimit((3, 10.0))
    clock = _fake(limit)
    times = []
    for _ in range(7):
        limit.acquire()
        times.append(clock.now)
    assert times == [1000.0] * 3 + [1010.0] * 3 + [1020.0]
    assert clock.waits == [10.0, 10.0] and limit.waited == 20.0


def test_every_window_holds() -> None:
    limit = RateLimit((2, 1.0), (5, 60.0))
    clock = _fake(limit)
    times = []
    for _ in range(12):
        limit.acquire()
        times.append(clock.now)
    assert _never_over(times, 2, 1.0) and _never_over(times, 5, 60.0)
    assert times[5] - times[0] >= 60.0


def test_threads_never_overrun_a_window() -> None:
    limit = RateLimit((4, 5.0))
    clock = _fake(limit)
    times: list[float] = []
    lock = threading.Lock()

    def work() -> None:
        for _ in range(5):
            limit.acquire()
            with lock:
                times.append(clock.now)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert len(times) == 40 and _never_over(times, 4, 5.0)


@pytest.mark.parametrize("windows", [(), ((0, 1.0),), ((5, 0.0),)])
def test_a_limit_without_room_is_refused(windows: Any) -> None:
    with pytest.raises(ValueError):
        RateLimit(*windows)


def test_trustpilot_clients_share_one_limit_token_requests_included(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("reviewbridge._providers.trustpilot_adapter.RATE_LIMITS", ((3, 60.0),))  # where it is read
    api = FakeTrustpilot(25)
    one, two = trustpilot(api.handler), trustpilot(api.handler)
    three = atrustpilot(api.ahandler)
    limit = one._policy.rate_limit
    assert limit is not None and limit is two._policy.rate_limit is three._policy.rate_limit
    clock = _fake(limit)
    assert len(list(one.reviews(business_unit_id=TP_UNIT, per_page=10))) == 25  # a token and 3 pages
    assert clock.waits == [60.0]
    assert len(list(two.reviews(business_unit_id=TP_UNIT, per_page=25))) == 25  # a token and 1 page: 2
    assert clock.waits == [60.0, 60.0] and len(api.token_requests) == 2

    async def walk() -> int:
        return len([r async for r in three.reviews(business_unit_id=TP_UNIT, per_page=25)])

    assert asyncio.run(walk()) == 25  # a token and 2 pages: over the window, so it waited
    assert len(clock.waits) == 3 and limit.waited == 180.0


UNLIMITED = [
    name for name in REGISTRY if not hasattr(importlib.import_module(f"reviewbridge._providers.{name}"), "RATE_LIMITS")
]


@pytest.mark.parametrize("provider", UNLIMITED)
def test_other_providers_have_no_limit(provider: str) -> None:
    info = REGISTRY[provider]
    client = info.client(**{c.argument: "key-0123456789" for c in info.credentials}, base_url="http://127.0.0.1:9")
    assert client._policy.rate_limit is None
    client.close()


def test_a_429_is_waited_out_then_the_page_fetched() -> None:
    answers = [httpx.Response(429, headers={"Retry-After": "7"}, json={"message": "Too many requests"})]
    api = FakeTrustpilot(3)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/reviews") and answers:
            return answers.pop()
        return api.handler(request)

    client = trustpilot(handler)
    delays = no_sleep(client)
    assert len(list(client.reviews(business_unit_id=TP_UNIT))) == 3
    assert delays == [7.0] and client.retries == 1
