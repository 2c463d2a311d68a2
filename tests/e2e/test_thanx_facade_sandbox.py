"""Thanx against its sandboxes: concurrent pages keep the order (clean and faulty), resuming from a page."""

from __future__ import annotations

import pytest

from tests.e2e.test_facade_sandbox import (
    CLEAN_CLIENT,
    FAULTY_CLIENT,
    FILTERS,
    PAGE,
    REVIEWS,
    SANDBOXES,
    assert_exact,
    async_client,
    dataset_ids,
    sandboxes_fixture,
    sync_client,
)

sandboxes = sandboxes_fixture({f"thanx-{kind}": SANDBOXES[f"thanx-{kind}"] for kind in ("clean", "faulty")})


@pytest.mark.parametrize("faulty", [False, True], ids=["clean", "faulty"])
def test_thanx_concurrent_pages_same_sequence(sandboxes: dict[str, str], faulty: bool) -> None:
    url = sandboxes[f"thanx-{'faulty' if faulty else 'clean'}"]
    options = FAULTY_CLIENT if faulty else CLEAN_CLIENT
    with sync_client("thanx", url, **options) as client:
        sequential = [r.id for r in client.reviews(**FILTERS["thanx"])]
        concurrent = [r.id for r in client.reviews(concurrency=4, **FILTERS["thanx"])]
    assert_exact(sequential, dataset_ids(url))
    assert concurrent == sequential


@pytest.mark.parametrize("faulty", [False, True], ids=["clean", "faulty"])
async def test_async_thanx_concurrent_pages_same_sequence(sandboxes: dict[str, str], faulty: bool) -> None:
    url = sandboxes[f"thanx-{'faulty' if faulty else 'clean'}"]
    options = FAULTY_CLIENT if faulty else CLEAN_CLIENT
    async with async_client("thanx", url, **options) as client:
        sequential = [r.id async for r in client.reviews(**FILTERS["thanx"])]
        concurrent = [r.id async for r in client.reviews(concurrency=4, **FILTERS["thanx"])]
    assert_exact(sequential, dataset_ids(url))
    assert concurrent == sequential


def test_thanx_resume_from_a_page(sandboxes: dict[str, str]) -> None:
    url = sandboxes["thanx-clean"]
    with sync_client("thanx", url) as client:
        pages = list(client.review_pages(**FILTERS["thanx"]))
        assert len(pages) == REVIEWS // PAGE
        assert pages[-1].resume is None
        rest = list(client.review_pages(resume=pages[1].resume, **FILTERS["thanx"]))
    assert [r.id for p in rest for r in p.reviews] == [r.id for p in pages[2:] for r in p.reviews]
