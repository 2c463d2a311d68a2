"""Google's per-minute request quota: each API (Account Management, Business Information, the v4
reviews API) allows ``per_minute`` requests in any 60 seconds; one more is refused (429
``RESOURCE_EXHAUSTED``) and not counted, so a client that waits gets through again.

Google documents 300 requests a minute per API and does not list the v4 API's quota; the sandbox gives
it the same. A refused request says when the oldest counted one leaves the window (``retry_in``).
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable

DOCUMENTED_PER_MINUTE = 300
WINDOW_S = 60.0


class Quota:
    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        #: the clock of the window (a test moves one by hand instead of waiting)
        self.clock: Callable[[], float] = time.monotonic
        self._seen: dict[str, deque[float]] = {}

    def admit(self, api: str) -> bool:
        """Count one request to ``api``; False (and not counted) when the quota is used up."""
        if not self.per_minute:
            return True
        now = self.clock()
        seen = self._seen.setdefault(api, deque())
        while seen and seen[0] <= now - WINDOW_S:
            seen.popleft()
        if len(seen) >= self.per_minute:
            return False
        seen.append(now)
        return True

    def retry_in(self, api: str) -> int:
        """Whole seconds until ``api`` admits a request again (at least 1)."""
        seen = self._seen.get(api)
        if not seen:
            return 1
        return max(1, math.ceil(seen[0] + WINDOW_S - self.clock()))
