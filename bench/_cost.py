"""What the client-cost benchmark knows of each provider: one module per provider, ``bench/cost_<p>.py``
(its home), found by name. A provider without one is not measured; nothing here lists providers."""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

#: (id, rating, text, author, date): what a user reads of each review.
Fields = tuple[object, object, object, object, object]


@dataclass(frozen=True)
class Cost:
    """One provider's list pages, as rendered and read by every column of the benchmark."""

    #: reviews per page, as the benchmark sets them
    page_size: int
    #: the list operation (its documented example is the page template), its generated module under
    #: ``<p>_client.api``, its path on the mock, and the member holding the items
    operation_id: str
    operation: str
    path: str
    items: str
    #: the page's items, reads of one item as JSON and as the generated model
    read_json: Callable[[dict[str, Any]], Fields]
    read_model: Callable[[Any], Fields]
    #: the items of page ``n`` read through the generated operation (its own arguments)
    generated_page: Callable[[Any, Any, int], list[Any]]
    #: the dlt paginator of the same pages
    paginator: Callable[[], Any]
    #: the facade client's credential arguments and filters; the raw walk's query parameters
    credentials: tuple[str, ...]
    filters: dict[str, Any]
    first_params: dict[str, Any] = field(default_factory=dict)
    #: pages of one walk, and walks per column (more for a one-page walk: a stable median)
    pages: int = 5
    repeats: int = 7
    #: the keys of its ``[[export]]`` entry in ``make soak`` (credentials aside); the first is the scope, its
    #: value the sandbox's scope (empty: the soak leaves the provider out)
    soak: dict[str, Any] = field(default_factory=dict)
    #: item ``n`` from the template (ids and stamps made distinct)
    item: Callable[[dict[str, Any], str, int], dict[str, Any]] = lambda template, provider, n: {
        **template,
        "id": f"{provider}-{n:08d}",
    }
    #: page ``p`` of ``pages`` linked to the next the way the provider paginates (``body`` changed in place)
    link: Callable[[dict[str, Any], int, int, int], None] = lambda body, p, pages, size: None
    #: query parameters asking for page ``n`` (0-based; the first takes none)
    page_params: Callable[[int], dict[str, Any]] = lambda n: {"after": f"cursor-{n}"} if n else {}
    #: which page a request's query parameters ask for
    page_index: Callable[[dict[str, str]], int] = lambda params: (
        int(params["after"].split("-")[1]) if params.get("after") else 0
    )


@functools.cache
def costs() -> dict[str, Cost]:
    """Every provider's ``COST``, by name (from ``bench/cost_<p>.py``), sorted."""
    package = importlib.import_module(__package__ or "bench")
    found = {}
    for module in pkgutil.iter_modules(package.__path__):
        if module.name.startswith("cost_"):
            found[module.name.removeprefix("cost_")] = importlib.import_module(f"{package.__name__}.{module.name}").COST
    return dict(sorted(found.items()))
