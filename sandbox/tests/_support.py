"""Helpers shared by the sandbox's own tests (this module holds no tests).

Every helper talks to a sandbox in-process through ``httpx.ASGITransport``: no sockets, no threads.
"""

from __future__ import annotations

import base64
from typing import Any

import httpx
from reviewbridge_sandbox import client as sandbox

__all__ = ["BASE_URL", "basic", "client_for", "sandbox"]

BASE_URL = "http://sandbox.test"


def basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def client_for(app: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL)
