"""A page of a listing as a client yields it: its reviews, its resume point, the response it came in."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, Generic, NamedTuple

import httpx
from typing_extensions import TypeVar

from ._json import FromJSON, JSONObject
from ._review import Review

Body = Any
#: what a raw page keeps of the response it came in: status, headers, the provider's request id
ResponseHead = tuple[int, httpx.Headers, "str | None"]

#: The generated model of a list response, of one record, the resume token (the defaults: a page of
#: any provider, as the export engine holds one).
PageT = TypeVar("PageT", default=object)
ItemT = TypeVar("ItemT", default=object)
ResumeT = TypeVar("ResumeT", bound="Mapping[str, object] | None", default="Mapping[str, object] | None")


class Rejected(NamedTuple):
    """A record of a page that could not be read as a review: why, and the record as the server sent it."""

    reason: str
    record: object


class ReviewPage(Generic[PageT, ItemT, ResumeT]):
    """One page: its reviews, how to resume after it, and the list response it came in.

    ``resume`` holds the pagination arguments of the next page (a JSON-serialisable TypedDict, the
    provider's ``<Name>Resume``), or None when this was the last page. Passing it back as ``review_pages(resume=...)``
    continues exactly there. As on :class:`Review`, ``raw`` is the typed generated model of the list
    response and ``raw_json`` the JSON as sent. A provider client types all three: its ``review_pages()``
    yields ``ReviewPage[<list model>, <record model>, <Name>Resume]``.
    """

    __slots__ = ("__dict__", "_answer", "_page_model", "content", "raw_json", "rejects", "resume", "reviews")

    def __init__(
        self,
        raw_json: JSONObject,
        reviews: list[Review[ItemT]],
        resume: ResumeT | None,
        page_model: FromJSON[PageT],
        rejects: list[Rejected] | None = None,
        answer: ResponseHead | None = None,
        content: bytes | None = None,
    ) -> None:
        self.raw_json = raw_json
        self.reviews = reviews
        self.resume = resume
        self._page_model = page_model
        #: the records of the page that could not be read as reviews (``review_pages_for(set_aside=True)``)
        self.rejects: list[Rejected] = rejects or []
        #: the status, headers and request id of the response the page came in (for raw pages)
        self._answer = answer
        #: the body as the server sent it (content encoding undone), kept only for walks that set records
        #: aside (``review_pages_for(set_aside=True)``): their rejects carry their bytes as sent
        self.content = content

    @functools.cached_property
    def raw(self) -> PageT:
        """The generated model of the list response (built on first access)."""
        return self._page_model.from_dict(self.raw_json)
