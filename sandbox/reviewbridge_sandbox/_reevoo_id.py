"""Reevoo review ids, computed by the sandbox itself from the documented rule.

Reevoo list items carry no id; clients derive one: ``rv-`` and the first 24 hex digits of the SHA-256
of the item's canonical JSON (keys sorted, no whitespace, UTF-8) without ``fast_responses`` (added by
retailers after publication) and without ``id`` (only the detail answer has it). This is deliberately
an implementation of its own, not the SDK's: the exactly-once tests compare the two.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

_LEFT_OUT = ("fast_responses", "id")


def reevoo_review_id(item: dict[str, Any]) -> str:
    stable = {key: value for key, value in item.items() if key not in _LEFT_OUT}
    canonical = json.dumps(stable, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return "rv-" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:24]
