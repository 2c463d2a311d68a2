"""What every provider sandbox offers to the app around it (routes, error style, admin hooks)."""

from __future__ import annotations

import abc
from collections.abc import Mapping
from typing import Any, ClassVar

import httpx
from starlette.responses import Response
from starlette.routing import BaseRoute

from ._faults import Stats
from ._settings import Settings


class Provider(abc.ABC):
    name: ClassVar[str]
    #: the fields of a record that say when it changed (what the "future" lie rewrites); none: no such lie
    stamp_fields: ClassVar[tuple[str, ...]] = ()
    #: whether ``/_sandbox/churn?delete=N`` can delete reviews here (see :meth:`delete`)
    deletes: ClassVar[bool] = False
    #: the sandbox's credentials as the ``REVIEWBRIDGE_*`` environment variables the SDK reads
    credentials_env: ClassVar[Mapping[str, str]] = {}

    @classmethod
    @abc.abstractmethod
    async def credentials(cls, http: httpx.AsyncClient) -> dict[str, str]:
        """The headers that authenticate a client of this sandbox; ``http`` reaches the sandbox, for a
        provider whose clients fetch a token first."""

    def __init__(self, settings: Settings, stats: Stats) -> None:
        self.settings = settings
        self.stats = stats

    @abc.abstractmethod
    def routes(self) -> list[BaseRoute]:
        """The spec's operations, and nothing else."""

    @abc.abstractmethod
    def error(self, status: int, message: str, headers: Mapping[str, str] | None = None) -> Response:
        """An error answer in the provider's own format."""

    @abc.abstractmethod
    def dataset(self, scope: str) -> list[dict[str, str]]:
        """Every current review of ``scope`` as ``{"id", "updated_at"}``."""

    @abc.abstractmethod
    def churn(self, scope: str, add: int, update: int) -> dict[str, Any]:
        """Add ``add`` reviews and change ``update`` existing ones; report the ids touched."""

    #: whether the list operation's answers tell the list's length (see :meth:`end_early`)
    tells_length: ClassVar[bool] = False

    def end_early(self, page: dict[str, Any]) -> dict[str, Any] | None:
        """``page``, an answer of the list operation that is not its last page, cut to half its records and
        marked as the list's last page, as the provider marks it; None for any other answer. Only where
        ``tells_length``: a client can then tell the list ended early (``/_sandbox/lie``)."""
        return None

    def delete(self, scope: str, count: int) -> list[str]:
        """Delete ``count`` existing reviews of ``scope`` (a seeded choice), as their author or the provider
        would; their ids. Only where ``deletes`` is true."""
        raise NotImplementedError(f"the {self.name} sandbox cannot delete reviews")
