"""reviewbridge: one typed SDK over the APIs of review platforms (the README lists the providers).

Clients (sync and async twins) share one way to authenticate, paginate, retry and fail, and yield one
:class:`Review` model. The generated typed clients stay reachable as ``client.generated``.
"""

# ruff: noqa: I001 - ``from m import A as A, B as B``: one statement per module (isort would split it per name).
# ``A as A`` marks a re-export for type checkers; there is no static ``__all__``, since the provider modules'
# names join it only when it is read.

from typing import TYPE_CHECKING

from . import _logging, _providers
from ._client import ReviewPage as ReviewPage
from ._exceptions import (
    APIConnectionError as APIConnectionError,
    APIError as APIError,
    APIStatusError as APIStatusError,
    APITimeoutError as APITimeoutError,
    AuthenticationError as AuthenticationError,
    BadRequestError as BadRequestError,
    ConfigurationError as ConfigurationError,
    ConflictError as ConflictError,
    ExportError as ExportError,
    InternalServerError as InternalServerError,
    LockHeld as LockHeld,
    NotFoundError as NotFoundError,
    PaginationError as PaginationError,
    PermissionDeniedError as PermissionDeniedError,
    RateLimitError as RateLimitError,
    ResponseParseError as ResponseParseError,
    ReviewBridgeError as ReviewBridgeError,
    StateError as StateError,
    UnconfirmedWriteError as UnconfirmedWriteError,
    UnprocessableEntityError as UnprocessableEntityError,
    UsageError as UsageError,
)
from ._json import JSONObject as JSONObject, JSONValue as JSONValue
from ._raw import RawResponse as RawResponse
from ._review import Review as Review
from ._secrets import Secret as Secret
from ._version import __version__ as __version__

if TYPE_CHECKING:  # one import per provider: the names its module's EXPORTS lists
    from ._providers.etrusted import (
        AsyncETrusted as AsyncETrusted,
        ETrusted as ETrusted,
        ETrustedResume as ETrustedResume,
    )
    from ._providers.google import (
        AsyncGoogleBusinessProfile as AsyncGoogleBusinessProfile,
        GoogleBusinessProfile as GoogleBusinessProfile,
        GoogleFilters as GoogleFilters,
        GoogleResume as GoogleResume,
    )
    from ._providers.reevoo import AsyncReevoo as AsyncReevoo, Reevoo as Reevoo, reevoo_review_id as reevoo_review_id
    from ._providers.testfreaks import (
        AsyncTestFreaks as AsyncTestFreaks,
        TestFreaks as TestFreaks,
        TestFreaksResume as TestFreaksResume,
    )
    from ._providers.thanx import AsyncThanx as AsyncThanx, Thanx as Thanx, ThanxResume as ThanxResume
    from ._providers.trustpilot import (
        AsyncTrustpilot as AsyncTrustpilot,
        Trustpilot as Trustpilot,
        TrustpilotResume as TrustpilotResume,
    )

#: The names defined above (the provider modules' are added to ``__all__`` when it is first read).
_PUBLIC = sorted(["__version__", *(name for name in globals() if not name.startswith("_") and name != "TYPE_CHECKING")])

if not TYPE_CHECKING:  # type checkers see the imports above, and an unknown name as an error

    def __getattr__(name: str) -> object:
        # The provider clients are imported on first access: a provider's module imports its generated package
        # (its annotations name the generated types, which ``typing.get_type_hints`` must resolve), so importing
        # reviewbridge alone loads none of them. ``__all__`` names them all, so reading it imports them all.
        value = [*_PUBLIC, *_providers.exported()] if name == "__all__" else _providers.export(name)
        globals()[name] = value  # later lookups skip this hook
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_providers.exported()})


# REVIEWBRIDGE_LOG=debug (or info, ...): the records to standard error, for SDK users without logging set up.
_logging.from_environment()
