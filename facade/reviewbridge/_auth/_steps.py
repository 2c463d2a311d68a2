"""What the client-credentials flow asks its driver to do, and the two drivers (sync and async).

The flow is written once as a generator of steps (see ``_client_credentials``); each driver carries the
steps out with its own I/O. The drivers are mirrored line for line.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import dataclasses
from collections.abc import AsyncGenerator, Generator
from typing import Any

import httpx

__all__ = ["Close", "Read", "Step", "Wait", "adrive", "drive"]


@dataclasses.dataclass(frozen=True)
class Read:
    """Send ``request`` and read its whole body (a token request)."""

    request: httpx.Request


@dataclasses.dataclass(frozen=True)
class Wait:
    """Wait for another caller's refresh to end (its token), or for a slot to go out (see ``_gate``)."""

    refresh: concurrent.futures.Future[Any]


@dataclasses.dataclass(frozen=True)
class Close:
    """Close a response the flow sends its request again after."""

    response: httpx.Response


#: What the flow asks its driver to do: send a request (an API request as it is, a token request read
#: whole), wait for a refresh, close a response.
Step = httpx.Request | Read | Wait | Close


def drive(flow: Generator[Step, Any, None]) -> Generator[httpx.Request, httpx.Response, None]:
    """Carry out ``flow``'s steps as an httpx sync auth flow."""
    with contextlib.closing(flow):
        step = next(flow)
        answer: object = None  # what the step gave, sent back into the flow
        while True:
            if isinstance(step, Wait):
                refreshed = step.refresh
                answer = refreshed.result()
            elif isinstance(step, Close):
                step.response.close()
                answer = None
            else:
                response = yield step.request if isinstance(step, Read) else step
                if isinstance(step, Read):
                    response.read()
                answer = response
            try:
                step = flow.send(answer)
            except StopIteration:
                return


async def adrive(flow: Generator[Step, Any, None]) -> AsyncGenerator[httpx.Request, httpx.Response]:
    """Carry out ``flow``'s steps as an httpx async auth flow."""
    with contextlib.closing(flow):
        step = next(flow)
        answer: object = None  # what the step gave, sent back into the flow
        while True:
            if isinstance(step, Wait):  # shielded: a waiter cancelled must not cancel the others' refresh
                refreshed = asyncio.wrap_future(step.refresh)
                answer = await asyncio.shield(refreshed)
            elif isinstance(step, Close):
                await step.response.aclose()
                answer = None
            else:
                response = yield step.request if isinstance(step, Read) else step
                if isinstance(step, Read):
                    await response.aread()
                answer = response
            try:
                step = flow.send(answer)
            except StopIteration:
                return
