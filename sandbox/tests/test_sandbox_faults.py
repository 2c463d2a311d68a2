"""Injected faults: the seeded schedule, each kind's shape, latency, admin routes left alone."""

from __future__ import annotations

import contextlib
import random

import httpx
import pytest
from _support import client_for
from reviewbridge_sandbox import create_app
from reviewbridge_sandbox._faults import FAR_FUTURE, FAULT_KINDS, LIAR_KINDS, FaultInjector


def first_fault_seed(kind: str) -> int:
    """A seed whose first request (at fault rate 1) gets ``kind``."""
    for seed in range(1000):
        rng = random.Random(seed)
        rng.random()
        if rng.choice(FAULT_KINDS) == kind:
            return seed
    raise AssertionError(kind)


async def statuses(seed: int, count: int) -> list[int | str]:
    app = create_app("testfreaks", seed=seed, fault_rate=0.5, slow_ms=1)
    out: list[int | str] = []
    async with client_for(app) as client:
        for _ in range(count):
            try:
                response = await client.get("/v1/reviews?limit=1", auth=("sk_test", ""))
                out.append(response.status_code)
            except httpx.RemoteProtocolError:
                out.append("drop")
    return out


async def test_schedule_is_seeded() -> None:
    first = await statuses(seed=7, count=60)
    again = await statuses(seed=7, count=60)
    other = await statuses(seed=8, count=60)
    assert first == again
    assert first != other
    assert {429, 500, 502, 503, "drop"} <= set(first)
    assert 200 in first


async def test_429_has_retry_after_and_the_provider_body() -> None:
    await assert_429("testfreaks", "/v1/reviews", {"auth": ("sk_test", "")}, {"errors": None})


async def assert_429(provider: str, url: str, kwargs: dict[str, object], body: dict[str, object] | None) -> None:
    """The sandbox's 429 at ``url``: a Retry-After of one second and ``body``'s members (none: no body)."""
    app = create_app(provider, seed=first_fault_seed("429"), fault_rate=1.0)
    async with client_for(app) as client:
        response = await client.get(url, **kwargs)  # type: ignore[arg-type]
    assert response.status_code == 429
    assert response.headers["retry-after"] == "1"
    if body is None:
        assert response.content == b""
    else:
        data = response.json()
        for key, value in body.items():
            assert key in data
            if isinstance(value, dict):
                assert value.items() <= data[key].items()


@pytest.mark.parametrize("kind", ["500", "502", "503"])
async def test_server_errors(kind: str) -> None:
    app = create_app("testfreaks", seed=first_fault_seed(kind), fault_rate=1.0)
    async with client_for(app) as client:
        response = await client.get("/v1/reviews", auth=("sk_test", ""))
    assert response.status_code == int(kind)
    if kind == "502":
        assert response.headers["content-type"].startswith("text/html")
    else:
        assert response.json()["errors"]


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The seconds the sandbox waits, recorded instead of waited through."""
    recorded: list[float] = []

    async def sleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(FaultInjector, "sleep", staticmethod(sleep))
    return recorded


async def test_slow_answer_is_late_but_right(waits: list[float]) -> None:
    app = create_app("testfreaks", seed=first_fault_seed("slow"), fault_rate=1.0, slow_ms=150)
    async with client_for(app) as client:
        response = await client.get("/v1/reviews?limit=3", auth=("sk_test", ""))
    assert response.status_code == 200 and len(response.json()["data"]) == 3
    assert len(waits) == 1 and waits[0] >= 0.15


async def test_latency_applies_to_api_calls_only(waits: list[float]) -> None:
    app = create_app("testfreaks", latency_ms=120)
    async with client_for(app) as client:
        assert (await client.get("/v1/reviews?limit=1", auth=("sk_test", ""))).status_code == 200
        api = list(waits)
        assert (await client.get("/_sandbox/stats")).status_code == 200
    assert api == [0.12]
    assert waits == api  # the admin route waited for nothing


def test_dropped_connection_is_a_protocol_error_over_http(served: str) -> None:
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        httpx.get(f"{served}/v1/reviews", auth=("sk_test", ""), timeout=10)
    stats = httpx.get(f"{served}/_sandbox/stats", timeout=10).json()
    assert stats["faults"]["drop"] == 1


@pytest.fixture
def served() -> object:
    from test_sandbox_cli import running

    with running("testfreaks", "--fault-rate", "1", "--seed", str(first_fault_seed("drop"))) as url:
        yield url


def first_lie_seed(kind: str) -> int:
    """A seed whose first GET (at fault rate 1, with lies, a provider that has stamps) gets ``kind``."""
    kinds = (*FAULT_KINDS, *LIAR_KINDS)
    for seed in range(1000):
        rng = random.Random(seed)
        rng.random()
        if rng.choice(kinds) == kind:
            return seed
    raise AssertionError(kind)


async def _lie(kind: str) -> tuple[httpx.Response, dict[str, object]]:
    app = create_app("testfreaks", seed=first_lie_seed(kind), fault_rate=1.0, liars=True)
    async with client_for(app) as client:
        response = await client.get("/v1/reviews?limit=5", auth=("sk_test", ""))
        stats = (await client.get("/_sandbox/stats")).json()
    return response, stats


@pytest.mark.parametrize(
    ("kind", "status", "body"),
    [("empty200", 200, b""), ("emptyobject", 200, b"{}"), ("redirect", 302, b"")],
)
async def test_lies_that_replace_the_answer(kind: str, status: int, body: bytes) -> None:
    response, stats = await _lie(kind)
    assert (response.status_code, response.content) == (status, body)
    if kind == "redirect":
        assert response.headers["location"].startswith("http://127.0.0.1:9/")
    assert stats["faults"][kind] == 1  # type: ignore[index]


async def test_truncated_json_is_complete_http_but_not_json() -> None:
    response, stats = await _lie("truncated")
    assert response.status_code == 200
    assert int(response.headers["content-length"]) == len(response.content) > 0
    with pytest.raises(ValueError):
        response.json()
    assert stats["faults"]["truncated"] == 1  # type: ignore[index]


async def test_future_lie_stamps_the_last_record_only() -> None:
    response, stats = await _lie("future")
    records = response.json()["data"]
    assert records[-1]["updated_at"] == FAR_FUTURE
    assert all(r["updated_at"] != FAR_FUTURE for r in records[:-1])
    assert stats["faults"]["future"] == 1  # type: ignore[index]


async def test_lies_only_when_asked_and_only_to_gets() -> None:
    app = create_app("testfreaks", seed=1, fault_rate=1.0, slow_ms=1)
    async with client_for(app) as client:
        for _ in range(60):
            with contextlib.suppress(httpx.RemoteProtocolError):
                await client.get("/v1/reviews?limit=1", auth=("sk_test", ""))
        stats = (await client.get("/_sandbox/stats")).json()
    assert set(stats["faults"]) == set(FAULT_KINDS)
