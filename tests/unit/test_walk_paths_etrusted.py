"""Export and load keep a mark per eTrusted channel by the same rules (see test_walk_paths.py): walks over
different sets of channels continue each other, and an unfinished walk must be finished before its
channels join another set, in the state file as in the pipeline state."""

from __future__ import annotations

import pytest
from reviewbridge import StateError
from reviewbridge._export import Job

from tests.unit.test_export_channels import A, B, C, FakeAccount
from tests.unit.test_walk_paths import Run, run, utc

__all__ = ["run"]  # the fixture, one test per path


def etrusted(*channels: str) -> Job:
    return Job("etrusted", {"channel_id": list(channels)})


def test_a_walk_over_channels_goes_on_from_each_channels_own_mark(run: Run) -> None:
    api = FakeAccount()
    api.add(A, 5)
    assert [r.written for r in run(api.factory, etrusted(A))] == [5]
    api.add(A, 2), api.add(B, 6)
    # B has no mark: the walk over both lists from the start, and skips the five of A that A's mark covers.
    assert [(r.written, r.skipped) for r in run(api.factory, etrusted(A, B))] == [(8, 5)]
    api.add(A, 1)
    assert [r.written for r in run(api.factory, etrusted(A))] == [1]  # the walk over both moved A's mark
    assert run.stored() == {review_id: utc(stamp) for review_id, stamp in api.versions()}


def test_an_unfinished_walk_must_be_finished_before_its_channels_join_another(
    run: Run, capsys: pytest.CaptureFixture[str]
) -> None:
    api = FakeAccount(page_size=3)
    api.add(A, 5), api.add(B, 5), api.add(C, 4)
    (first,) = run(api.factory, etrusted(A, B), max_reviews=6)
    assert (first.written, first.limited) == (6, True)
    refused = f"the {run.path} of etrusted:channel_id={A},{B} was interrupted"
    for scope in (etrusted(A, B, C), etrusted(A), Job("etrusted", {"all_channels": True})):
        with pytest.raises(StateError, match=refused):
            run(api.factory, scope)
    capsys.readouterr()
    assert run.dry_run(api.factory, "etrusted", "--channel-id", A, "--channel-id", C) == 1  # the dry run refuses it too
    assert refused in capsys.readouterr().err
    assert [r.written for r in run(api.factory, etrusted(B, A))] == [4]
    assert [r.written for r in run(api.factory, etrusted(A, B, C))] == [4]
    assert run.stored() == {review_id: utc(stamp) for review_id, stamp in api.versions()}
