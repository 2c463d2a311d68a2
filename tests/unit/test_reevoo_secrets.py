"""Reevoo's secrets: its key and secret in no log, repr or error when its API refuses them."""

from __future__ import annotations

import httpx
import pytest
import reviewbridge as rb

from tests.unit._support import reevoo
from tests.unit.test_facade_secrets_wire import assert_no_secret, debug_everything


def test_secrets_never_in_logs_reprs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    debug_everything(caplog)
    rv = reevoo(lambda r: httpx.Response(401, json={"status": 401, "message": "bad key"}))
    with pytest.raises(rb.AuthenticationError) as info:
        list(rv.reviews(trkref="ABC"))
    assert_no_secret(caplog, repr(rv), str(rv), str(info.value), repr(info.value), records=1)
