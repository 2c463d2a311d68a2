"""Reevoo's exported ids (its ids are derived from the content): the state keeps about one listing, not
the scope's history, and every review is still written once, whatever the window does."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import httpx
import reviewbridge as rb
from reviewbridge._export import Job, run_export

from tests.unit._support import REEVOO_KEY, REEVOO_SECRET, reevoo_item

DAY0 = dt.date(2024, 1, 1)
JOB = Job("reevoo", {"trkref": "ORG"})
KEY = "reevoo:trkref=ORG"


class Organisation:
    """Reviews published day by day; the listing is the last ``window`` days, or all with older_reviews."""

    def __init__(self, window: int = 10) -> None:
        self.window, self.today = window, 0
        self.reviews: list[tuple[int, dict[str, Any]]] = []  # (day published, item)
        self.empty_once = False  # answer one valid but empty listing

    def publish(self, count: int) -> None:
        for _ in range(count):
            item = reevoo_item(len(self.reviews))
            item["order_ref"] = f"ORDER-{len(self.reviews)}"
            item["publish_date"] = (DAY0 + dt.timedelta(days=self.today)).isoformat()
            self.reviews.append((self.today, item))

    def handler(self, request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/v4/organisations/ORG/customer_experience_reviews"
        if self.empty_once:
            self.empty_once = False
            return httpx.Response(200, json={"customer_experience_reviews": []})
        everything = request.url.params.get("older_reviews") == "true"
        listed = [item for day, item in self.reviews if everything or day > self.today - self.window]
        return httpx.Response(200, json={"customer_experience_reviews": listed[::-1]})

    def factory(self, job: Job) -> rb.Reevoo:
        transport = httpx.MockTransport(self.handler)
        return rb.Reevoo(
            REEVOO_KEY, REEVOO_SECRET, base_url="https://rv.example", http_client=httpx.Client(transport=transport)
        )


def export(org: Organisation, out: Path, state: Path, **filters: object) -> int:
    job = Job("reevoo", {"trkref": "ORG", **filters})
    return sum(r.written for r in run_export([job], out=str(out), state_path=state, client_factory=org.factory))


def written_ids(out: Path) -> list[str]:
    return [json.loads(line)["id"] for line in out.read_text().splitlines()]


def kept(state: Path) -> list[str]:
    return list(json.loads(state.read_text())["scopes"][KEY].get("seen", []))


def daily(org: Organisation, out: Path, state: Path, days: int, per_day: int, **filters: object) -> None:
    """Publish ``per_day`` reviews a day for ``days`` days, exporting twice a day."""
    for day in range(days):
        org.today = day
        org.publish(per_day)
        assert export(org, out, state, **filters) == per_day
        assert export(org, out, state, **filters) == 0  # the same listing again


def test_ids_that_left_the_window_are_forgotten_and_nothing_is_written_twice(tmp_path: Path) -> None:
    org = Organisation(window=10)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    daily(org, out, state, 60, 2)
    ids = written_ids(out)
    assert len(ids) == len(set(ids)) == 120
    # The last ten days' reviews (and none of the fifty days before): one listing, not the history.
    assert len(kept(state)) == 20


def test_a_listing_of_everything_keeps_everything_and_writes_nothing_again(tmp_path: Path) -> None:
    org = Organisation(window=3)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    daily(org, out, state, 12, 1, older_reviews=True)
    assert len(written_ids(out)) == len(set(written_ids(out))) == 12
    assert len(kept(state)) == 12


def test_an_empty_listing_forgets_nothing(tmp_path: Path) -> None:
    org = Organisation()
    org.publish(5)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    assert export(org, out, state) == 5
    org.empty_once = True
    assert export(org, out, state) == 0
    assert export(org, out, state) == 0
    assert len(kept(state)) == 5


def test_a_state_of_bare_ids_from_an_earlier_version_keeps_working(tmp_path: Path) -> None:
    org = Organisation(window=5)
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    org.publish(3)
    assert export(org, out, state) == 3
    saved = json.loads(state.read_text())
    bare = [value.rpartition("@")[0] for value in saved["scopes"][KEY]["seen"]]
    saved["scopes"][KEY]["seen"] = bare  # as earlier versions wrote it: ids only
    state.write_text(json.dumps(saved))
    assert export(org, out, state) == 0
    assert sorted(value.rpartition("@")[0] for value in kept(state)) == sorted(bare)  # now dated
    org.today = 20
    org.publish(1)
    assert export(org, out, state) == 1
    assert len(kept(state)) == 1  # the three have left the window


def test_the_saved_form_is_built_again_only_when_the_ids_change() -> None:
    from reviewbridge._export._seen import SeenIds

    seen = SeenIds()
    stamp = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    seen.note([("a", stamp)], [("a", stamp)])
    first = seen.to_json()
    assert seen.to_json() is first  # saved again (another scope's page): not sorted again
    seen.note([("a", stamp)], ())  # listed again, nothing new
    assert seen.to_json() is first
    seen.note([("b", stamp)], [("b", stamp)])
    assert seen.to_json() == ["a@2024-01-01T00:00:00+00:00", "b@2024-01-01T00:00:00+00:00"]
