"""The operations of this API, its servers, and a route table: (method, path template) -> operationId."""

import re
from typing import Final, NamedTuple


class Server(NamedTuple):
    """A server the spec names: its URL (no trailing slash) and description."""

    url: str
    description: str


#: The servers the spec names for the whole API, production first.
SERVERS: Final[tuple[Server, ...]] = (
    Server("https://mybusiness.googleapis.com", "Production (My Business API v4 - reviews and replies)"),
)
#: The API's production server: the first the spec names (a client's base URL by default).
PRODUCTION_URL: Final = "https://mybusiness.googleapis.com"
#: operationId -> the server the spec names for that operation alone (its path's or its own servers).
OPERATION_SERVERS: Final[dict[str, str]] = {
    "listAccounts": "https://mybusinessaccountmanagement.googleapis.com",
    "listLocations": "https://mybusinessbusinessinformation.googleapis.com",
    "refreshAccessToken": "https://oauth2.googleapis.com",
}


class Route(NamedTuple):
    """One operation of the spec: its HTTP method, path template and operationId."""

    method: str
    path: str
    operation_id: str


ROUTES: Final[tuple[Route, ...]] = (
    Route("GET", "/v1/accounts", "listAccounts"),
    Route("POST", "/token", "refreshAccessToken"),
    Route("GET", "/v1/accounts/{account_id}/locations", "listLocations"),
    Route("POST", "/v4/accounts/{account_id}/locations:batchGetReviews", "batchGetReviews"),
    Route("DELETE", "/v4/accounts/{account_id}/locations/{location_id}/reviews/{review_id}/reply", "deleteReply"),
    Route("GET", "/v4/accounts/{account_id}/locations/{location_id}/reviews/{review_id}", "getReview"),
    Route("GET", "/v4/accounts/{account_id}/locations/{location_id}/reviews", "listReviews"),
    Route("PUT", "/v4/accounts/{account_id}/locations/{location_id}/reviews/{review_id}/reply", "updateReply"),
)


_PARAMETER = re.compile(r"\{[^}/]+\}")


def _matcher(route: Route) -> tuple[str, re.Pattern[str], str]:
    # A template parameter matches one path segment; the path may carry the base URL's own path first.
    literals = _PARAMETER.split(route.path.lstrip("/"))
    pattern = re.compile(r"(?:^|(?<=/))" + "[^/]+".join(map(re.escape, literals)) + "/?$")
    return route.method, pattern, route.operation_id


# Most literal characters first, so that `/reviews/count` wins over `/reviews/{id}`.
_MATCHERS: Final = tuple(_matcher(r) for r in sorted(ROUTES, key=lambda r: -len(_PARAMETER.sub("", r.path))))


def operation_id(method: str, path: str) -> str | None:
    """The operationId of a request to ``path`` (a URL path, possibly below the base URL's path), or None."""
    method = method.upper()
    for route_method, pattern, name in _MATCHERS:
        if route_method == method and pattern.search(path):
            return name
    return None


__all__ = ["OPERATION_SERVERS", "PRODUCTION_URL", "ROUTES", "SERVERS", "Route", "Server", "operation_id"]
