"""Short-lived tokens: renewed ahead of their end, by one caller at a time across threads and event loops.

The auth flows are driven by hand with a fake clock: no sleeps, no server. Waits between threads are
bounded (a thread that does not finish in time fails the test, it does not hang it).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Callable, Generator

import httpx
import pytest
import reviewbridge as rb
from reviewbridge._auth import ClientCredentialsAuth
from reviewbridge._auth._gate import Gate
from reviewbridge._auth._lifetime import refresh_margin
from reviewbridge._secrets import Secret

from tests.unit._support import (
    ET_CLIENT_ID,
    ET_CLIENT_SECRET,
    aetrusted,
    etrusted,
    etrusted_item,
    etrusted_page,
    token_body,
)

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


def owner_and_waiter(
    auth: ClientCredentialsAuth, clock: FakeClock
) -> tuple[Generator[httpx.Request, httpx.Response, None], httpx.Request, dict[str, httpx.Request], threading.Thread]:
    """A caller whose token request is under way (the token held ran out), and a thread waiting for that
    refresh (``out["waiter"]`` is the request it goes out with once the thread ends)."""
    expired(auth, clock)
    owner = auth.sync_auth_flow(httpx.Request("GET", API_URL))
    token_request = next(owner)
    out: dict[str, httpx.Request] = {}
    waiter = _sync_caller(auth, out, "waiter")
    waiter.start()
    clock.wait_for_readers(waiter)
    return owner, token_request, out, waiter


def joined(thread: threading.Thread) -> None:
    thread.join(timeout=CAP)
    assert not thread.is_alive()


def test_a_failed_refresh_lets_the_next_waiter_try() -> None:
    clock = FakeClock()
    auth = make_auth(clock)
    first, token_request, out, waiter = owner_and_waiter(auth, clock)
    first.close()  # the owner's token request failed (httpx closes the flow): the refresh ends without a token
    joined(waiter)
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


# -- a token must live when the server reads the request, not only when the request was built ------


class ShortTokens:
    """A token endpoint and a one-page list endpoint on the test's clock. Each API request is read
    ``delays`` seconds late (the first ones; a queue on the server's side), and refused with 401 when
    its token's life is over by then; ``reads`` records each read: (token, whether it was alive)."""

    def __init__(self, clock: FakeClock, lifetime: int, delays: tuple[float, ...] = ()) -> None:
        self.clock = clock
        self.lifetime = lifetime
        self.delays = list(delays)
        self.issued: dict[str, float] = {}
        self.reads: list[tuple[str, bool]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            token = f"tok-{len(self.issued) + 1}"
            self.issued[token] = self.clock.now
            return httpx.Response(200, json=token_body(token, self.lifetime))
        self.clock.now += self.delays.pop(0) if self.delays else 0.0
        token = request.headers["Authorization"].removeprefix("Bearer ")
        alive = token in self.issued and self.clock.now < self.issued[token] + self.lifetime
        self.reads.append((token, alive))
        if not alive:
            return httpx.Response(401)
        return httpx.Response(200, json=etrusted_page([etrusted_item(len(self.reads))], ""))


class Queue:
    """A rate limit standing for any wait between the flow's choice of a token and the send: the
    attempts numbered in ``holds`` (counting token requests) wait that long, on the test's clock."""

    def __init__(self, clock: FakeClock, holds: dict[int, float]) -> None:
        self.clock = clock
        self.holds = holds
        self.attempts = 0

    def acquire(self) -> None:
        self.attempts += 1
        self.clock.now += self.holds.get(self.attempts, 0.0)

    async def aacquire(self) -> None:
        self.acquire()


def walker(server: ShortTokens, kind: str) -> Callable[[], int]:
    """A function listing the one page (sync or async client), returning how many reviews it got."""
    if kind == "sync":
        client = etrusted(server)
        client._adapter._auth._clock = server.clock

        def walk() -> int:
            return len(list(client.reviews(channel_id="chl-1")))

        walk.client = client  # type: ignore[attr-defined]
        return walk
    aclient = aetrusted(server)
    aclient._adapter._auth._clock = server.clock

    async def awalk() -> int:
        return len([r async for r in aclient.reviews(channel_id="chl-1")])

    def run() -> int:
        return asyncio.run(awalk())

    run.client = aclient  # type: ignore[attr-defined]
    return run


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_request_held_past_its_token_s_end_is_not_sent_with_it(kind: str) -> None:
    """A 2-second token taken 0.9 s into its life (before its renewal point); the request then waits
    1.5 s before it goes out (a queue: a rate limit here, a pool or a backoff alike). It must not go out
    with the token that died meanwhile: it is renewed first."""
    clock = FakeClock()
    server = ShortTokens(clock, lifetime=2)
    walk = walker(server, kind)
    assert walk() == 1  # tok-1 asked for at 0, read at 0
    clock.now = 0.9
    walk.client._policy.rate_limit = Queue(clock, {1: 1.5})  # type: ignore[attr-defined]
    assert walk() == 1
    assert server.reads == [("tok-1", True), ("tok-2", True)]  # never a dead token on the wire
    assert walk.client.token_requests == 2  # type: ignore[attr-defined]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_401_read_after_the_token_s_end_is_a_death_in_a_queue_not_a_refusal(kind: str) -> None:
    """The server reads five requests in a row 2.5 s late, past the life of their (fresh) 2-second
    tokens: each 401 comes after the token's end, so the request gets a new token and goes again, more
    times than the refusals of a live token allowed (REFRESHES_ON_401), and the walk completes."""
    clock = FakeClock()
    late = 1 + ClientCredentialsAuth.REFRESHES_ON_401 + 1
    server = ShortTokens(clock, lifetime=2, delays=(2.5,) * late)
    walk = walker(server, kind)
    assert walk() == 1
    assert [alive for _, alive in server.reads] == [False] * late + [True]
    assert len({token for token, _ in server.reads}) == late + 1  # a new token for every send


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_resends_after_deaths_in_a_queue_are_bounded(kind: str) -> None:
    clock = FakeClock()
    server = ShortTokens(clock, lifetime=2, delays=(2.5,) * 100)
    walk = walker(server, kind)
    with pytest.raises(rb.AuthenticationError):
        walk()
    assert len(server.reads) == 1 + ClientCredentialsAuth.RESENDS_AFTER_A_QUEUE


def test_a_live_token_refused_is_renewed_a_few_times_only() -> None:
    """A 401 read within the token's life is a refusal: REFRESHES_ON_401 renewals, however the clock runs."""
    clock = FakeClock()
    server = ShortTokens(clock, lifetime=2)
    server.issued = _Refusing()
    walk = walker(server, "sync")
    with pytest.raises(rb.AuthenticationError):
        walk()
    assert len(server.reads) == 1 + ClientCredentialsAuth.REFRESHES_ON_401


class _Refusing(dict[str, float]):
    """Issued tokens the server has forgotten (revoked): every one is refused while it lives."""

    def __contains__(self, key: object) -> bool:
        return False


def test_a_token_is_not_handed_out_within_the_longest_recent_round_trip_of_its_end() -> None:
    """Requests have taken 3 s to be read; a 4-second token 1.2 s into its life (before its renewal
    point at 2 s) would be read after its end: the request asks for a new one instead."""
    clock = FakeClock()
    server = ShortTokens(clock, lifetime=4, delays=(3.0,))
    walk = walker(server, "sync")
    assert walk() == 1  # tok-1 asked for at 0, read at 3 (a 3-second round trip)
    assert walk() == 1  # at 3 (past tok-1's renewal point): tok-2, asked for at 3
    clock.now = 4.2
    server.delays = [3.0]
    assert walk() == 1
    assert server.reads == [("tok-1", True), ("tok-2", True), ("tok-3", True)]


def test_callers_that_waited_for_a_refresh_take_its_token_even_past_its_renewal_point() -> None:
    """A 2-second token whose request took 1.2 s arrives past its renewal point (1 s). The caller that
    waited for that refresh takes it (alive for 0.8 s more) instead of asking for another one, which
    would arrive no younger: under load, each waiter asking in turn would serialise every request
    behind a token request of its own."""
    clock = FakeClock()
    auth = make_auth(clock)
    owner, token_request, out, waiter = owner_and_waiter(auth, clock)
    clock.now += 1.2
    assert owner.send(token_answer(token_request, "tok-1", 2)).headers["Authorization"] == "Bearer tok-1"
    joined(waiter)
    assert out["waiter"].headers["Authorization"] == "Bearer tok-1"
    assert auth.token_requests == 2  # the token that ran out, and one refresh for both


# -- too many requests out for a short token: fewer at once -----------------------------------------


def test_the_gate_halves_the_requests_out_when_a_token_dies_in_a_queue_and_grows_back() -> None:
    gate = Gate()
    assert [gate.enter() for _ in range(5)] == [None] * 5  # no limit at first
    gate.leave()  # one came back dead of waiting, with four others out
    gate.crowded(sent_at=1.0, now=3.0)
    assert gate.limit == 2
    gate.crowded(sent_at=2.0, now=3.1)  # sent before that cut: the same crowd, no second cut
    assert gate.limit == 2
    turn = gate.enter()
    assert turn is not None and not turn.done()  # four out, two allowed: it waits
    gate.leave()
    gate.answered()
    assert not turn.done() and gate.limit == 2.5  # three out: one more allowed per round of answers
    gate.leave()
    gate.answered()
    assert turn.done() and gate.out == 3  # two out, 2.9 allowed: a slot taken for the waiter
    gate.crowded(sent_at=5.0, now=6.0)  # sent after the cut: a new crowd
    assert gate.limit == pytest.approx(2.9 / 2)


def test_a_waiter_cancelled_gives_its_turn_back() -> None:
    gate = Gate()
    assert gate.enter() is None
    gate.crowded(sent_at=0.0, now=1.0)
    assert gate.limit == 1
    waiting = gate.enter()
    later = gate.enter()
    assert waiting is not None and later is not None
    assert waiting.cancel()  # a task cancelled while it waited
    gate.leave()
    assert later.done() and gate.out == 1  # the next in turn got the slot, the cancelled one none


def test_after_a_death_in_a_queue_a_request_waits_for_a_slot_before_taking_a_token() -> None:
    """A 401 read after the token's end with no other request out cuts the limit to one: a second
    caller waits until the first has its answer, and only then takes a token."""
    clock = FakeClock()
    auth = make_auth(clock)
    first = auth.sync_auth_flow(httpx.Request("GET", API_URL))
    assert first.send(token_answer(next(first), "tok-1", 2)).headers["Authorization"] == "Bearer tok-1"
    clock.now = 2.5  # its answer: a 401 after tok-1's life
    resent = first.send(httpx.Response(401))
    assert str(resent.url) == TOKEN_URL  # renewed (the first keeps its slot: the only one)
    resent = first.send(token_answer(resent, "tok-2", 2))
    assert auth._gate.limit == 1 and auth._gate.out == 1

    waiting = threading.Event()
    enter = auth._gate.enter

    def noted_enter() -> concurrent.futures.Future[None] | None:
        turn = enter()
        if turn is not None:
            waiting.set()
        return turn

    auth._gate.enter = noted_enter  # type: ignore[method-assign]
    out: dict[str, httpx.Request] = {}
    second = _sync_caller(auth, out, "second")
    second.start()
    assert waiting.wait(CAP)  # the second caller waits for a slot
    assert "second" not in out
    with pytest.raises(StopIteration):
        first.send(httpx.Response(200, request=resent))
    joined(second)
    assert out["second"].headers["Authorization"] == "Bearer tok-2"


async def test_async_callers_wait_for_a_slot_and_one_cancelled_gives_its_turn_to_the_next() -> None:
    """The same rule for tasks: after a death in a queue, two more callers wait for the one slot; the
    first of them is cancelled while it waits, so the slot, once free, goes to the second."""
    clock = FakeClock()
    auth = make_auth(clock)
    first = auth.async_auth_flow(httpx.Request("GET", API_URL))
    token_request = await first.__anext__()
    await first.asend(token_answer(token_request, "tok-1", 2))
    clock.now = 2.5  # its answer: a 401 after tok-1's life
    token_request = await first.asend(httpx.Response(401))
    resent = await first.asend(token_answer(token_request, "tok-2", 2))
    assert auth._gate.limit == 1 and auth._gate.out == 1

    async def call() -> httpx.Request:
        flow = auth.async_auth_flow(httpx.Request("GET", API_URL))
        try:
            return await flow.__anext__()
        finally:
            await flow.aclose()

    cancelled, served = asyncio.ensure_future(call()), asyncio.ensure_future(call())
    for _ in range(_TURNS):  # let both reach their wait for a slot (bounded)
        if len(auth._gate._waiting) == 2:
            break
        await asyncio.sleep(0)
    assert len(auth._gate._waiting) == 2 and not cancelled.done() and not served.done()
    cancelled.cancel()
    with pytest.raises(asyncio.CancelledError):
        await cancelled
    with pytest.raises(StopAsyncIteration):
        await first.asend(httpx.Response(200, request=resent))
    request = await asyncio.wait_for(served, CAP)
    assert request.headers["Authorization"] == "Bearer tok-2"
    assert auth._gate.out == 0  # the served caller's flow closed; the cancelled one holds nothing


#: event-loop turns a test lets tasks take to reach a wait (a bound, not a measure)
_TURNS = 1000
