"""A scope's entry in the state is named by its scope and by the fingerprint of its other filters: runs
with other filters keep marks of their own; a run without such filters keeps the name it always had, so a
state file written before filters were part of the name works as it did. One provider is the example."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import httpx
import pytest
from reviewbridge._cli import main
from reviewbridge._export import Job, run_export, scope_key
from reviewbridge._export._marks import mark_narrows, narrowing
from reviewbridge._providers import REGISTRY

from .test_cli_export import FakeTestFreaks

SCOPE = "testfreaks:client_id=shop"
EXPORT = ["export", "testfreaks", "--client-id", "shop"]
NARROW = f'{SCOPE} [created_after="2024-01-01T00:00:00+00:00"; moderation_status="accepted"]'


class Moderated(FakeTestFreaks):
    """Every third review pending, the others accepted; ``moderation_status`` selects one of them."""

    def add(self, review_id: str | None = None) -> None:
        super().add(review_id)
        last = list(self.reviews.values())[-1]
        last["moderation_status"] = "pending" if len(self.reviews) % 3 == 0 else "accepted"

    def handler(self, request: httpx.Request) -> httpx.Response:
        wanted = request.url.params.get("moderation_status")
        if wanted is None:
            return super().handler(request)
        kept = self.reviews
        self.reviews = {k: v for k, v in kept.items() if v["moderation_status"] == wanted}
        try:
            return super().handler(request)
        finally:
            self.reviews = kept


def export(api: FakeTestFreaks, out: Path, state: Path, **filters: object) -> int:
    job = Job("testfreaks", {"client_id": "shop", **filters})
    results = run_export([job], out=str(out), state_path=state, client_factory=api.factory)
    return sum(r.written for r in results)


def ids(out: Path) -> list[str]:
    return [json.loads(line)["id"] for line in out.read_text().splitlines()]


def test_a_run_without_the_filters_of_the_last_writes_what_they_left_out(tmp_path: Path) -> None:
    api = Moderated(30)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    assert export(api, out, state, moderation_status="accepted") == 20
    assert export(api, out, state) == 30  # its own mark: the whole history once, not from the other's mark
    assert set(ids(out)) == set(api.reviews)
    assert sorted(json.loads(state.read_text())["scopes"]) == [SCOPE, f'{SCOPE} [moderation_status="accepted"]']
    api.add()
    assert export(api, out, state, moderation_status="accepted") == 1
    assert export(api, out, state) == 1


def test_a_state_file_from_before_filters_named_entries_keeps_working(tmp_path: Path) -> None:
    api = Moderated(30)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    assert export(api, out, state) == 30
    old = json.loads(state.read_text())
    assert list(old["scopes"]) == [SCOPE]  # the name earlier versions wrote, unchanged
    old.pop("journal_offset", None)
    state.write_text(json.dumps(old))
    api.add()
    assert export(api, out, state) == 1  # from its mark, as before (a new entry would write all 31)
    assert list(json.loads(state.read_text())["scopes"]) == [SCOPE]
    # The page size narrows nothing, nor does a filter left at nothing: the same entry.
    assert export(api, out, state, limit=7, order_id=None) == 0
    assert list(json.loads(state.read_text())["scopes"]) == [SCOPE]


def test_the_same_filters_give_the_same_name_from_flags_in_any_order_and_from_a_config_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    api = Moderated(5)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    where = ["--out", str(out), "--state", str(state), "--dry-run"]
    one = ["--moderation-status", "accepted", "--created-after", "2024-01-01T01:00:00+01:00", "--page-size", "5"]
    other = ["--page-size", "50", "--created-after", "2024-01-01T00:00:00Z", "--moderation-status", "accepted"]
    monkeypatch.setenv("REVIEWBRIDGE_TESTFREAKS_API_KEY", "secret-key")
    config = tmp_path / "reviews.toml"
    config.write_text(
        f'output = "{out}"\nstate = "{state}"\n[[export]]\nprovider = "testfreaks"\nclient_id = "shop"\n'
        'created_after = 2024-01-01T00:00:00Z\nmoderation_status = "accepted"\n'
    )
    found = []
    for argv in (
        [*EXPORT, *one, *where],
        [*EXPORT, *other, *where],
        ["export", "--config", str(config), "--all", "--dry-run"],
    ):
        assert main(argv, client_factory=api.factory) == 0
        lines = capsys.readouterr().out.splitlines()
        found.append(lines[-1])
    assert found == [f"{NARROW}: would walk from the beginning (no mark yet)"] * 3


def test_repeated_values_in_any_order_and_default_values_name_no_other_entry() -> None:
    for name, info in REGISTRY.items():
        if not mark_narrows(info.export):
            continue  # test_where_every_walk_reads_the_whole_listing_filters_name_no_entry
        for key, value in info.export.defaults.items():
            assert narrowing(name, {}, {key: value}) == "", f"{name}: the default {key}={value!r} narrows"
        many = [o for o in info.options if o.repeated and o.kind in ("text", "int") and not o.page_size]
        for option in many:
            values = list(option.choices[:2]) or (["b", "a"] if option.kind == "text" else [2, 1])
            forward = narrowing(name, {}, {option.key: values})
            assert forward == narrowing(name, {}, {option.key: values[::-1]})
            assert forward == narrowing(name, {}, {option.key: [*values, values[0]]})
            assert forward.startswith(" [") and option.key in forward
    when = dt.datetime(2024, 1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    first = scope_key("testfreaks", {"client_id": "shop"}, {"client_id": "shop", "created_after": when})
    assert first == f'{SCOPE} [created_after="2024-01-01T00:00:00+00:00"]'


def test_where_every_walk_reads_the_whole_listing_filters_name_no_entry() -> None:
    """Such a provider's entry only keeps a review from being written twice: shared, it loses nothing."""
    whole = [(name, info) for name, info in REGISTRY.items() if not mark_narrows(info.export)]
    for name, info in whole:
        for option in info.options:
            value = option.choices[0] if option.choices else {"flag": True, "int": 1}.get(option.kind, "x")
            assert narrowing(name, {}, {option.key: value}) == "", f"{name}: {option.key}"
