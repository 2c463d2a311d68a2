"""Access tokens kept across runs, for APIs that refuse clients asking for tokens too often.

Opt-in: a client keeps its tokens here only when given a directory (``token_cache=``, or the
``REVIEWBRIDGE_TOKEN_CACHE`` environment variable). Each token endpoint and set of credentials has one
file, named by a SHA-256 of the endpoint and the credentials (so the name reveals neither, and other
credentials never read the token), holding the token and when it expires, never the key or secret.

Why it is safe: the directory is created with mode 0700 and used only when it is a directory of this
user that no one else may enter (not a link); each file is written whole with mode 0600 (a new file
renamed over the old one) and read only when it is a regular file of this user that no one else may
read; anything else (a foreign or loose file, a corrupt one, an expired token) is ignored and a new
token requested. A token read back is a :class:`Secret` like any other (masked wherever it could show),
and one the API refuses (401) is deleted. Failing to read or write the cache never fails a request.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import math
import os
import secrets
import stat
import time
from pathlib import Path

from ._secrets import Secret

logger = logging.getLogger("reviewbridge")

#: The environment variable naming the directory, when the client is given none.
ENV = "REVIEWBRIDGE_TOKEN_CACHE"
_MAX_BYTES = 64 * 1024
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _private(st: os.stat_result) -> bool:
    """Whether a file or directory belongs to this user and no one else may use it."""
    return st.st_uid == os.getuid() and not st.st_mode & 0o077


class TokenCache:
    """Tokens of one token endpoint and set of credentials, kept in a directory across runs."""

    def __init__(self, directory: str | os.PathLike[str], url: str, client_id: Secret, secret: Secret) -> None:
        self.directory = Path(directory).expanduser()
        name = hashlib.sha256("\0".join((url, client_id.reveal(), secret.reveal())).encode()).hexdigest()
        self._path = self.directory / f"token-{name}.json"

    @classmethod
    def configured(
        cls, directory: str | os.PathLike[str] | None, url: str, client_id: Secret, secret: Secret
    ) -> TokenCache | None:
        """The cache in ``directory``, else in ``$REVIEWBRIDGE_TOKEN_CACHE``; None when neither is set."""
        where = directory if directory is not None else os.environ.get(ENV) or None
        return cls(where, url, client_id, secret) if where is not None else None

    def __repr__(self) -> str:
        return f"TokenCache({str(self.directory)!r})"

    def load(self) -> tuple[str, float] | None:
        """(the kept token, seconds it has left), or None when there is none usable."""
        try:
            fd = os.open(self._path, os.O_RDONLY | _NO_FOLLOW)
        except OSError:
            return None
        try:
            with os.fdopen(fd, "rb") as file:
                st = os.fstat(file.fileno())
                if not stat.S_ISREG(st.st_mode) or not _private(st) or st.st_size > _MAX_BYTES:
                    logger.warning("token cache: ignoring %s (not a private file of this user)", self._path)
                    return None
                if not self._usable_directory():
                    return None
                kept = json.loads(file.read(_MAX_BYTES))
        except (OSError, ValueError, RecursionError):
            return None
        token = kept.get("access_token") if isinstance(kept, dict) else None
        expires_at = kept.get("expires_at") if isinstance(kept, dict) else None
        if not isinstance(token, str) or not token or isinstance(expires_at, bool):
            return None
        if not isinstance(expires_at, int | float) or not math.isfinite(expires_at):
            return None
        left = expires_at - time.time()
        return (token, left) if left > 0 else None

    def save(self, token: str, seconds_left: float) -> None:
        """Keep ``token`` for its next ``seconds_left`` seconds."""
        temporary = self.directory / f".token-{secrets.token_hex(8)}.tmp"
        try:
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            if not self._usable_directory():
                return
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NO_FOLLOW, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as file:
                json.dump({"access_token": token, "expires_at": time.time() + seconds_left}, file)
            os.replace(temporary, self._path)
        except OSError as exc:
            logger.warning("token cache: could not keep the token in %s (%s)", self.directory, exc.strerror)
            with contextlib.suppress(OSError):
                temporary.unlink()

    def discard(self, token: str) -> None:
        """Forget ``token`` (the API refused it), unless another run has replaced it meanwhile."""
        kept = self.load()
        if kept is not None and kept[0] == token:
            with contextlib.suppress(OSError):
                self._path.unlink()

    def _usable_directory(self) -> bool:
        try:
            st = os.lstat(self.directory)
        except OSError:
            return False
        if stat.S_ISDIR(st.st_mode) and _private(st):
            return True
        logger.warning("token cache: not using %s (not a directory of this user closed to others)", self.directory)
        return False
