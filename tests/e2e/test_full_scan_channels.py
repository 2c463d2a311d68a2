"""``export etrusted --full-scan`` alternating one channel's scope with the whole account's, as a subprocess
against the eTrusted sandbox: a review is written once whichever scope wrote it, a deletion is tombstoned
once whichever scope found it, and no scope records a deletion of a review still listed."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import httpx

from tests.e2e.test_export_channels import REVIEWS, Account, account, channels

__all__ = ["account"]  # the fixture, used by name


def delete(account: Account, channel: str, count: int) -> set[str]:
    response = httpx.post(f"{account.url}/_sandbox/churn", params={"scope": channel, "delete": count}, timeout=30)
    response.raise_for_status()
    deleted: list[str] = response.json()["deleted"]
    assert len(deleted) == count
    return set(deleted)


def lines(out: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.read_text().splitlines()]


def test_one_channel_and_every_channel_alternating(account: Account, tmp_path: Path) -> None:
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    every = account.own_channels()
    one = channels(every[0])
    whole = ("--all-channels", "--full-scan")
    account.export(out, state, "--all-channels")
    assert len(lines(out)) == REVIEWS * len(every)

    # The channel's reviews were written by the walk over every channel: none again, none deleted.
    alone = account.export(out, state, *one, "--full-scan")
    assert " 0 reviews written in " in alone.stderr and "deleted" not in alone.stderr, alone.stderr

    gone = delete(account, every[0], 2)
    account.churn(every[0], add=1, update=1)
    both = account.export(out, state, *whole)
    assert "2 deletions recorded" in both.stderr, both.stderr
    alone = account.export(out, state, *one, "--full-scan")  # what the whole account's scan found stands
    assert " 0 reviews written in " in alone.stderr and "deleted" not in alone.stderr, alone.stderr

    gone |= delete(account, every[0], 1)
    alone = account.export(out, state, *one, "--full-scan")
    assert "1 deletion recorded" in alone.stderr, alone.stderr
    again = account.export(out, state, *whole)  # the deletion the channel's scan found is not found again
    assert " 0 reviews written in " in again.stderr and "deleted" not in again.stderr, again.stderr

    found = lines(out)
    tombstones = Counter(str(r["id"]) for r in found if "deleted_at" in r)
    assert tombstones == Counter(gone), "a deletion recorded twice, or of a review still listed"
    versions = Counter((r["id"], r["updated_at"]) for r in found if "deleted_at" not in r)
    assert max(versions.values()) == 1, [v for v, n in versions.items() if n > 1]
    assert len(versions) == REVIEWS * len(every) + 1 + 1  # the added review, the updated one's new version
