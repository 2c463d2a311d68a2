"""The facade's clients write a request's URL out whole and parse it once (``_http._parsed_once``): the
URL must come out exactly as httpx's own merge of base URL, path and query parameters makes it."""

from __future__ import annotations

import functools

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reviewbridge._http import SyncHTTP, _parsed_once

BASES = st.sampled_from(
    [
        "http://127.0.0.1",
        "http://127.0.0.1:8080/",
        "https://api.example.com/v1",
        "https://api.example.com/v1/",
        "https://api.example.com/a%20b/",
        "http://[::1]:9000/base/path",
        "https://api.example.com/v1#",  # an empty fragment: httpx keeps the "#"
        "https://api.example.com/v1?",
    ]
)
#: Path characters the generated operations write, and ones they never do (the fast path must refuse
#: those or agree with httpx on them).
PATH_TEXT = st.text(alphabet="abcXYZ019-._~!$&'()*+,;=:@%/ ?#[]é\\", max_size=24)
PATHS = st.one_of(PATH_TEXT.map(lambda p: "/" + p), PATH_TEXT, st.sampled_from(["/", "//evil/x", "/a/../b", "/./a"]))
KEYS = st.text(alphabet="abc_-[]. &=é", min_size=1, max_size=8)
VALUES = st.one_of(
    st.text(max_size=12),
    st.integers(-(10**12), 10**12),
    st.booleans(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.none(),
    st.lists(st.one_of(st.text(max_size=6), st.integers(0, 99)), max_size=3),
)
PARAMS = st.dictionaries(KEYS, VALUES, max_size=5)


_TLS = httpx.create_ssl_context()  # one for all the clients below: building one costs ~25 ms


@functools.cache
def _client(kind: type[httpx.Client], base: str) -> httpx.Client:
    return kind(base_url=base, verify=_TLS)  # builds requests only: nothing to close


def _httpx_url(base: str, path: str, params: dict[str, object] | None) -> str | type[Exception]:
    try:
        return str(_client(httpx.Client, base).build_request("GET", path, params=params).url)  # type: ignore[arg-type]
    except Exception as exc:  # the same failure is expected of ours
        return type(exc)


def _our_url(base: str, path: str, params: dict[str, object] | None) -> str | type[Exception]:
    try:
        return str(_client(SyncHTTP, base).build_request("GET", path, params=params).url)
    except Exception as exc:
        return type(exc)


@settings(max_examples=400, deadline=None)
@given(base=BASES, path=PATHS, params=st.one_of(st.none(), PARAMS))
def test_url_is_the_one_httpx_merges(base: str, path: str, params: dict[str, object] | None) -> None:
    assert _our_url(base, path, params) == _httpx_url(base, path, params)


@pytest.mark.parametrize(
    ("path", "params", "expected"),
    [
        (
            "/partner/feedbacks",
            {"merchant_id": "m 1", "page": 2},
            "http://127.0.0.1/api/partner/feedbacks?merchant_id=m+1&page=2",
        ),
        (
            "/reviews",
            {"channels": "chl-a,chl-b", "hasReply": True},
            "http://127.0.0.1/api/reviews?channels=chl-a%2Cchl-b&hasReply=true",
        ),
        ("/reviews/r%2F1/reply", {}, "http://127.0.0.1/api/reviews/r%2F1/reply"),
        ("/v1/reviews", {"state": ["a", "b"]}, "http://127.0.0.1/api/v1/reviews?state=a&state=b"),
    ],
)
def test_known_urls(path: str, params: dict[str, object], expected: str) -> None:
    with SyncHTTP(base_url="http://127.0.0.1/api") as ours:
        assert str(ours.build_request("GET", path, params=params).url) == expected


def test_client_level_params_still_merge() -> None:
    with SyncHTTP(base_url="http://127.0.0.1", params={"key": "v"}) as ours:
        assert str(ours.build_request("GET", "/x", params={"a": 1}).url) == "http://127.0.0.1/x?key=v&a=1"


def test_a_generated_path_takes_the_one_parse() -> None:
    kwargs: dict[str, object] = {"params": {"merchant_id": "m", "page": 1}, "headers": {}}
    url = _parsed_once(_client(SyncHTTP, "http://127.0.0.1/api"), "/partner/feedbacks", kwargs)
    assert isinstance(url, httpx.URL)
    assert str(url) == "http://127.0.0.1/api/partner/feedbacks?merchant_id=m&page=1"
    assert kwargs == {"headers": {}}  # the parameters are in the URL now, not merged a second time
