"""What the provider adapters share beyond the JSON helpers: naming the operations of requests and listings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import httpx


def operation_namer(operation_id: Callable[[str, str], str | None]) -> Callable[[httpx.Request], str]:
    """Name the operation of a request with a generated package's route table (``<package>.api.operation_id``);
    a request the spec does not have is named by its method and path."""

    def name_of(request: httpx.Request) -> str:
        return operation_id(request.method, request.url.path) or f"{request.method} {request.url.path}"

    return name_of


class _Named(Protocol):
    @property
    def OPERATION_ID(self) -> str: ...


def operation_list(*operations: _Named) -> str:
    """The operationIds of generated operation modules, for ``reviewbridge providers``."""
    return ", ".join(operation.OPERATION_ID for operation in operations)
