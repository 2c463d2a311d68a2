"""The facade clients against real sandboxes over loopback: full walks (with and without faults), the
typed generated operations and typed errors (each provider's own cases, concurrent pages and token
refresh among them, in its test_<p>_facade_sandbox.py, on the sandboxes and helpers here)."""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
import reviewbridge
from reviewbridge._providers import REGISTRY
from reviewbridge_sandbox import spawn

from tests.conftest import PROVIDERS
from tests.providers import SCOPE, case

REVIEWS = 150
PAGE = 30  # several pages per walk: 150 reviews / 30 = 5 pages
FAULTS = ("--fault-rate", "0.3", "--slow-ms", "3000", "--seed", "3")
TTL_REVIEWS, TTL_PAGE, TTL_LATENCY_MS = 200, 20, 250  # 10+ pages at >= 250 ms each: a walk > 2 s

#: Every provider's walk over the whole example scope, several pages a walk where it pages.
FILTERS: dict[str, dict[str, Any]] = {p: case(p).filters(PAGE) for p in PROVIDERS}
# With faults: retries absorb them; the client gives up on a slow (3 s) answer after 1 s and retries.
FAULTY_CLIENT = {"max_retries": 6, "timeout": 1.0}
CLEAN_CLIENT = {"timeout": 10.0}

SANDBOXES: dict[str, tuple[str, tuple[str, ...]]] = {
    **{f"{p}-clean": (p, ("--reviews", str(REVIEWS))) for p in PROVIDERS},
    **{f"{p}-faulty": (p, ("--reviews", str(REVIEWS), *FAULTS)) for p in PROVIDERS},
}


@contextlib.contextmanager
def started(sandboxes: dict[str, tuple[str, tuple[str, ...]]]) -> Iterator[dict[str, str]]:
    """Each sandbox (name -> provider and arguments) started at once (in parallel), stopped at the end."""
    with contextlib.ExitStack() as stack:
        managers = {name: spawn(provider, *args) for name, (provider, args) in sandboxes.items()}
        with ThreadPoolExecutor(len(managers)) as pool:
            futures = {name: pool.submit(cm.__enter__) for name, cm in managers.items()}
            urls: dict[str, str] = {}
            errors: list[BaseException] = []
            for name, future in futures.items():
                try:
                    urls[name] = future.result(timeout=90)
                    stack.push(managers[name].__exit__)
                except BaseException as exc:  # stop the others, then fail
                    errors.append(exc)
        if errors:
            raise errors[0]
        yield urls


def sandboxes_fixture(wanted: dict[str, tuple[str, tuple[str, ...]]]) -> Any:
    """A module's fixture of the sandboxes ``wanted`` (name -> provider and arguments), started once."""

    @pytest.fixture(scope="module")
    def sandboxes() -> Iterator[dict[str, str]]:
        with started(wanted) as urls:
            yield urls

    return sandboxes


#: every sandbox this module uses, started at once and stopped at the end
sandboxes = sandboxes_fixture(SANDBOXES)


def admin(url: str, what: str) -> Any:
    response = httpx.get(f"{url}/_sandbox/{what}", params={"scope": SCOPE}, timeout=10)
    response.raise_for_status()
    return response.json()


def dataset_ids(url: str, scope: str = SCOPE) -> list[str]:
    response = httpx.get(f"{url}/_sandbox/dataset", params={"scope": scope}, timeout=10)
    response.raise_for_status()
    return [r["id"] for r in response.json()["reviews"]]


def faults(url: str, kinds: tuple[str, ...] = ("429", "500", "502", "503", "drop", "slow")) -> int:
    counts = admin(url, "stats")["faults"]
    return sum(counts[kind] for kind in kinds)


STATUS_FAULTS = ("429", "500", "502", "503")  # answered with an error status (not a timeout or a drop)


def sync_client(provider: str, url: str, *, wrong: bool = False, **kwargs: Any) -> Any:
    credentials = case(provider).credentials(wrong)
    return REGISTRY[provider].client(**credentials, base_url=url, allow_insecure=True, **kwargs)


def async_client(provider: str, url: str, *, wrong: bool = False, **kwargs: Any) -> Any:
    credentials = case(provider).credentials(wrong)
    return REGISTRY[provider].async_client(**credentials, base_url=url, allow_insecure=True, **kwargs)


def assert_exact(ids: list[str], expected: list[str]) -> None:
    duplicates = [i for i, n in Counter(ids).items() if n > 1]
    assert not duplicates, f"{len(duplicates)} ids yielded more than once, e.g. {duplicates[:3]}"
    assert len(ids) == len(expected) == REVIEWS
    assert set(ids) == set(expected)


# Walk again until a fault was retried, at most this often (a one-window provider: one request a walk). For one
# provider, the async walk goes on until an error status was retried, not only a timeout or a drop: a
# retried status once crashed the async transport (a sync close() of an async response).
MAX_WALKS = 20
STATUS_PROVIDER = "testfreaks"


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("faulty", [False, True], ids=["clean", "faulty"])
def test_sync_reviews_are_exactly_the_dataset(sandboxes: dict[str, str], provider: str, faulty: bool) -> None:
    url = sandboxes[f"{provider}-{'faulty' if faulty else 'clean'}"]
    expected = dataset_ids(url, case(provider).admin_scope)
    faults_before = faults(url)
    with sync_client(provider, url, **(FAULTY_CLIENT if faulty else CLEAN_CLIENT)) as client:
        for _ in range(MAX_WALKS if faulty else 1):
            assert_exact([r.id for r in client.reviews(**FILTERS[provider])], expected)
            if client.retries:
                break
        if faulty:
            assert client.retries > 0
            assert faults(url) > faults_before
        else:
            assert client.retries == 0
            assert faults(url) == 0


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("faulty", [False, True], ids=["clean", "faulty"])
async def test_async_reviews_are_exactly_the_dataset(sandboxes: dict[str, str], provider: str, faulty: bool) -> None:
    url = sandboxes[f"{provider}-{'faulty' if faulty else 'clean'}"]
    expected = dataset_ids(url, case(provider).admin_scope)
    faults_before, status_before = faults(url), faults(url, STATUS_FAULTS)
    async with async_client(provider, url, **(FAULTY_CLIENT if faulty else CLEAN_CLIENT)) as client:
        for _ in range(MAX_WALKS if faulty else 1):
            assert_exact([r.id async for r in client.reviews(**FILTERS[provider])], expected)
            if client.retries and (provider != STATUS_PROVIDER or faults(url, STATUS_FAULTS) > status_before):
                break
        if faulty:
            assert client.retries > 0
            assert faults(url) > faults_before
            if provider == STATUS_PROVIDER:
                assert faults(url, STATUS_FAULTS) > status_before
        else:
            assert client.retries == 0


def test_review_fields_are_mapped(sandboxes: dict[str, str]) -> None:
    for provider in PROVIDERS:
        url = sandboxes[f"{provider}-clean"]
        with sync_client(provider, url) as client:
            reviews = list(client.reviews(**FILTERS[provider]))
        assert reviews
        for review in reviews:
            assert review.provider == provider
            assert review.updated_at is not None and review.updated_at.tzinfo is not None
            assert review.rating_max == case(provider).rating_max
            assert review.rating is None or 0 <= review.rating <= review.rating_max
        assert reviews[0].raw is not None  # the typed generated model builds from the item


# --- Typed generated operations -------------------------------------------------------------------


def test_testfreaks_generated_get_and_crud(sandboxes: dict[str, str]) -> None:
    from testfreaks_client.api.reviews import get_review
    from testfreaks_client.models import Review, ReviewWrite, ReviewWriteRequest

    url = sandboxes["testfreaks-clean"]
    scope = "crud.example.com"  # its own scope: the listing tests' data set stays as it was
    existing = dataset_ids(url, scope)[0]
    with sync_client("testfreaks", url) as client:
        generated = get_review.sync(existing, client=client.generated, client_id=scope)
        assert isinstance(generated, Review)
        assert generated.id == existing

        body = ReviewWriteRequest(review=ReviewWrite(author="Ann Example", score=4, extract="Fits well."))
        created = client.create_review(body, client_id=scope)
        assert isinstance(created, Review)
        new_id = created.id
        assert isinstance(new_id, str) and created.extract == "Fits well."
        assert new_id in dataset_ids(url, scope)

        update = ReviewWriteRequest(review=ReviewWrite(author="Ann Example", score=2, extract="Shrank in the wash."))
        updated = client.update_review(new_id, update, client_id=scope)
        assert updated.id == new_id
        fetched = client.get_review(new_id, client_id=scope)
        assert fetched.extract == "Shrank in the wash."
        assert fetched.score == 2

        client.delete_review(new_id, client_id=scope)
        assert new_id not in dataset_ids(url, scope)
        with pytest.raises(reviewbridge.NotFoundError) as caught:
            get_review.sync(new_id, client=client.generated, client_id=scope)
        assert caught.value.status_code == 404
        assert caught.value.provider == "testfreaks"
        assert caught.value.operation == "getReview"


def test_testfreaks_single_reviews_in_either_shape_are_the_review(sandboxes: dict[str, str]) -> None:
    # The sandbox answers some reviews bare and some as {"data": ...} (seeded): both read the same.
    from testfreaks_client.api.reviews import get_review
    from testfreaks_client.models import Review

    url = sandboxes["testfreaks-clean"]
    ids = dataset_ids(url)[:8]
    shapes = set()
    with sync_client("testfreaks", url) as client:
        for review_id in ids:
            raw = httpx.get(
                f"{url}/v1/reviews/{review_id}", auth=(case("testfreaks").credentials()["api_key"], ""), timeout=10
            ).json()
            shapes.add("enveloped" if "data" in raw else "bare")
            facade, generated = client.get_review(review_id), get_review.sync(review_id, client=client.generated)
            assert isinstance(facade, Review) and isinstance(generated, Review)
            assert facade.id == generated.id == review_id
            assert facade.to_dict() == generated.to_dict() == raw.get("data", raw)
    assert shapes == {"bare", "enveloped"}


async def test_async_testfreaks_crud(sandboxes: dict[str, str]) -> None:
    from testfreaks_client.api.reviews import get_review
    from testfreaks_client.models import Review, ReviewWrite, ReviewWriteRequest

    url = sandboxes["testfreaks-clean"]
    scope = "crud-async.example.com"
    async with async_client("testfreaks", url) as client:
        body = ReviewWriteRequest(review=ReviewWrite(author="Bo Example", score=5, extract="Great."))
        created = await client.create_review(body, client_id=scope)
        new_id = created.id
        assert isinstance(new_id, str)
        generated = await get_review.asyncio(new_id, client=client.generated, client_id=scope)
        assert isinstance(generated, Review) and generated.extract == "Great."
        await client.delete_review(new_id, client_id=scope)
        with pytest.raises(reviewbridge.NotFoundError):
            await client.get_review(new_id, client_id=scope)


# --- Wrong credentials ----------------------------------------------------------------------------


@pytest.mark.parametrize("provider", PROVIDERS)
def test_wrong_credentials_raise_authentication_error(sandboxes: dict[str, str], provider: str) -> None:
    url = sandboxes[f"{provider}-clean"]
    client = sync_client(provider, url, wrong=True, timeout=10.0)
    with client, pytest.raises(reviewbridge.AuthenticationError) as caught:
        next(iter(client.reviews(**FILTERS[provider])))
    error = caught.value
    code, words = case(provider).auth_error
    assert error.status_code == case(provider).auth_status
    assert error.provider == provider
    assert error.code == code
    assert words in str(error)
    assert client.retries == 0  # a 401 is not retried


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_async_wrong_credentials_raise_authentication_error(sandboxes: dict[str, str], provider: str) -> None:
    url = sandboxes[f"{provider}-clean"]
    client = async_client(provider, url, wrong=True, timeout=10.0)
    async with client:
        with pytest.raises(reviewbridge.AuthenticationError) as caught:
            async for _ in client.reviews(**FILTERS[provider]):
                break
    code, words = case(provider).auth_error
    assert caught.value.code == code
    assert words in str(caught.value)
