"""Short-lived tokens: renewed ahead of their end, by one caller at a time across threads and event loops.

The auth flows are driven by hand with a fake clock: no sleeps, no server. Waits between threads are
bounded (a thread that does not finish in time fails the test, it does not hang it).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

import httpx
import pytest
from reviewbridge._auth import ClientCredentialsAuth, refresh_margin
from reviewbridge._secrets import Secret

from tests.unit._support import ET_CLIENT_ID, ET_CLIENT_SECRET, etrusted, etrusted_item, etrusted_page, token_body

TOKEN_URL = "http://127.0.0.1/oauth/token"
API_URL = "http://127.0.0.1/v1/reviews"
#: seconds a test waits for another thread before it fails (a cap, never a measure)
CAP = 10.0


class FakeClock:
    """Monotonic seconds set by the test; remembers which threads read it."""

    def __init__(self) -> None:
        self.now = 0.0
        self.readers: set[int] = set()
        self.read = threading.Condition()

    def __call__(self) -> float:
        with self.read:
            self.readers.add(threading.get_ident())
            self.read.notify_all()
        return self.now

    def wait_for_readers(self, *threads: threading.Thread) -> None:
        with self.read:
            assert self.read.wait_for(lambda: all(t.ident in self.readers for t in threads), timeout=CAP)


def make_auth(clock: Callable[[], float]) -> ClientCredentialsAuth:
    return ClientCredentialsAuth(
        TOKEN_URL,
        Secret(ET_CLIENT_ID),
        Secret(ET_CLIENT_SECRET),
        audience="https://api.etrusted.com",
        provider="etrusted",
        clock=clock,
    )


def token_answer(request: httpx.Request, token: str, expires_in: float) -> httpx.Response:
    return httpx.Response(200, json=token_body(token, expires_in), request=request)  # type: ignore[arg-type]


def sent_with(auth: ClientCredentialsAuth, *, token: str, expires_in: float = 300) -> str:
    """The Authorization a sync request goes out with; a token request first is answered with ``token``."""
    flow = auth.sync_auth_flow(httpx.Request("GET", API_URL))
    request = next(flow)
    if str(request.url) == TOKEN_URL:
        request = flow.send(token_answer(request, token, expires_in))
    return request.headers["Authorization"]


@pytest.mark.parametrize(
    ("lifetime", "before", "after"),
    [(1, 0.45, 0.55), (2, 0.9, 1.1), (8, 3.9, 4.1), (60, 44.9, 45.1), (300, 224.9, 225.1), (36_000, 26_999, 27_001)],
)
def test_a_token_is_renewed_ahead_of_its_end_in_proportion_to_its_lifetime(
    lifetime: float, before: float, after: float
) -> None:
    clock = FakeClock()
    auth = make_auth(clock)
    assert sent_with(auth, token="tok-1", expires_in=lifetime) == "Bearer tok-1"
    clock.now = before
    assert sent_with(auth, token="tok-2", expires_in=lifetime) == "Bearer tok-1"  # still well within its life
    clock.now = after
    assert sent_with(auth, token="tok-2", expires_in=lifetime) == "Bearer tok-2"  # renewed before it ran out
    assert auth.token_requests == 2


@pytest.mark.parametrize("lifetime", [0.01, 1, 2, 10, 60, 300, 3600, 360_000])
def test_the_margin_leaves_at_least_half_of_a_token_s_life_and_seconds_for_the_queue(lifetime: float) -> None:
    margin = refresh_margin(lifetime)
    assert margin <= lifetime / 2  # a token is used for half its life at least: no token per request
    assert margin >= min(lifetime / 2, 5.0)  # seconds ahead for a request that waits behind others


def test_a_token_is_timed_from_when_it_was_asked_for() -> None:
    clock = FakeClock()
    auth = make_auth(clock)
    flow = auth.sync_auth_flow(httpx.Request("GET", API_URL))
    token_request = next(flow)
    clock.now = 0.8  # the token endpoint took 0.8 s to answer a 2-second token
    flow.send(token_answer(token_request, "tok-1", 2))
    clock.now = 1.1  # 1.1 s after it was asked for: past the margin counted from the request, not the answer
    assert sent_with(auth, token="tok-2", expires_in=2) == "Bearer tok-2"


def expired(auth: ClientCredentialsAuth, clock: FakeClock) -> None:
    """Give ``auth`` a token, then let it run out."""
    assert sent_with(auth, token="tok-0", expires_in=2) == "Bearer tok-0"
    clock.now = 10.0


def _sync_caller(auth: ClientCredentialsAuth, out: dict[str, httpx.Request], name: str) -> threading.Thread:
    def run() -> None:
        out[name] = next(auth.sync_auth_flow(httpx.Request("GET", API_URL)))

    return threading.Thread(target=run, daemon=True)


def _async_caller(auth: ClientCredentialsAuth, out: dict[str, httpx.Request], name: str) -> threading.Thread:
    async def call() -> None:
        flow = auth.async_auth_flow(httpx.Request("GET", API_URL))
        out[name] = await flow.__anext__()
        await flow.aclose()

    return threading.Thread(target=lambda: asyncio.run(call()), daemon=True)


@pytest.mark.parametrize("owner_kind", ["thread", "task"])
def test_one_refresh_at_a_time_across_threads_and_event_loops(owner_kind: str) -> None:
    """One caller is fetching a token; a thread and a task on another event loop, finding none, wait for
    that refresh and go out with its token, instead of asking for tokens of their own."""
    clock = FakeClock()
    auth = make_auth(clock)
    expired(auth, clock)
    asked, go = threading.Event(), threading.Event()
    out: dict[str, httpx.Request] = {}

    async def async_owner() -> None:
        flow = auth.async_auth_flow(httpx.Request("GET", API_URL))
        out["owner token request"] = await flow.__anext__()
        asked.set()
        await asyncio.to_thread(go.wait, CAP)
        out["owner"] = await flow.asend(token_answer(out["owner token request"], "tok-1", 2))
        await flow.aclose()

    def sync_owner() -> None:
        flow = auth.sync_auth_flow(httpx.Request("GET", API_URL))
        out["owner token request"] = next(flow)
        asked.set()
        go.wait(CAP)
        out["owner"] = flow.send(token_answer(out["owner token request"], "tok-1", 2))

    owner = threading.Thread(
        target=sync_owner if owner_kind == "thread" else lambda: asyncio.run(async_owner()), daemon=True
    )
    owner.start()
    assert asked.wait(CAP)
    assert str(out["owner token request"].url) == TOKEN_URL

    waiters = [_sync_caller(auth, out, "thread"), _async_caller(auth, out, "task")]
    for waiter in waiters:
        waiter.start()
    clock.wait_for_readers(*waiters)  # both looked for a token while the owner's refresh was under way
    go.set()
    for thread in [owner, *waiters]:
        thread.join(timeout=CAP)
        assert not thread.is_alive()

    assert auth.token_requests == 2  # the token that ran out, and one refresh for the three callers
    assert [out[name].headers["Authorization"] for name in ("owner", "thread", "task")] == ["Bearer tok-1"] * 3


def test_a_failed_refresh_lets_the_next_waiter_try() -> None:
    clock = FakeClock()
    auth = make_auth(clock)
    expired(auth, clock)
    first = auth.sync_auth_flow(httpx.Request("GET", API_URL))
    token_request = next(first)
    out: dict[str, httpx.Request] = {}
    waiter = _sync_caller(auth, out, "waiter")
    waiter.start()
    clock.wait_for_readers(waiter)
    first.close()  # the owner's token request failed (httpx closes the flow): the refresh ends without a token
    waiter.join(timeout=CAP)
    assert not waiter.is_alive()
    assert str(token_request.url) == TOKEN_URL and str(out["waiter"].url) == TOKEN_URL  # the waiter asks itself
    assert auth.token_requests == 3


def test_a_retry_goes_out_with_the_token_renewed_during_its_wait() -> None:
    """A request waits out a 503's backoff longer than its 2-second token lives; meanwhile another call
    renews the token. The retry carries the new token, not the dead one (which would cost a 401 and
    one of the request's few refreshes)."""
    clock = FakeClock()
    issued: list[str] = []
    api: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            issued.append(f"tok-{len(issued) + 1}")
            return httpx.Response(200, json=token_body(issued[-1], 2))
        api.append(request.headers["Authorization"])
        if len(api) == 1:
            return httpx.Response(503)
        if request.headers["Authorization"] != f"Bearer {issued[-1]}":
            return httpx.Response(401)
        return httpx.Response(200, json=etrusted_page([etrusted_item(len(api))], ""))

    client = etrusted(handler)
    client._adapter._auth._clock = clock

    def another_call_during_the_wait(delay: float) -> None:
        clock.now = 1.5  # past the token's renewal point
        assert len(list(client.reviews(channel_id="chl-1"))) == 1

    client._policy.sleep = another_call_during_the_wait
    assert len(list(client.reviews(channel_id="chl-1"))) == 1
    assert api == ["Bearer tok-1", "Bearer tok-2", "Bearer tok-2"]  # the retry: the renewed token
    assert client.token_requests == 2
