"""``python -m reviewbridge._cli`` as real processes, without paying the interpreter's start-up each time.

Most of a short run's time is the interpreter starting and importing the command line, dlt and DuckDB.
A fork server (one per test process and environment, started on first use) does that once; each run is
a fork of it: a process of its own, with its own pid, environment, working directory and standard
streams, that a test kills with SIGKILL like any other. In the fork runs what ``-m`` runs (``runpy``,
as ``__main__``), and it ends through the interpreter's own shutdown (atexit handlers included). The
server reaps its forks and reports each exit status, so :class:`Forked` answers like ``subprocess.Popen``.

What a fork does not have that a fresh interpreter has: a kill during the imports (nothing has run yet
then) and a hash seed of its own (the server's, the same for every fork). Tests that need either, or
that look at what the interpreter prints on its own, start a real process.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import runpy
import selectors
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
#: imported once by the server, so that no fork imports them again
PRELOAD = ("reviewbridge._cli", "reviewbridge._load._command", "reviewbridge._export")
CLI = [sys.executable, "-m", "reviewbridge._cli"]


def _serve(path: str) -> None:  # pragma: no cover - runs in the server process
    for name in PRELOAD:
        __import__(name)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    listener.bind(path)
    listener.listen(16)
    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_w, False)
    signal.signal(signal.SIGCHLD, lambda *_: None)  # a Python handler, so the wake-up fd is written
    signal.set_wakeup_fd(wake_w)
    selector = selectors.DefaultSelector()
    selector.register(listener, selectors.EVENT_READ)
    selector.register(wake_r, selectors.EVENT_READ)
    parent = os.getppid()
    waiting: dict[int, socket.socket] = {}
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    while os.getppid() == parent:  # the test process gone: so is the server (its forks finish alone)
        for key, _ in selector.select(timeout=1.0):
            if key.fileobj is listener:
                conn, _ = listener.accept()
                message, fds, _, _ = socket.recv_fds(conn, 1 << 20, 3)
                pid = os.fork()
                if pid == 0:
                    signal.set_wakeup_fd(-1)
                    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                    selector.close()
                    for sock in (listener, conn, *waiting.values()):
                        sock.close()
                    os.close(wake_r)
                    os.close(wake_w)
                    _child(json.loads(message), fds)  # never returns
                for fd in fds:
                    os.close(fd)
                waiting[pid] = conn
                _tell(conn, pid)
            else:
                os.read(wake_r, 4096)
        while waiting:
            pid, status = os.waitpid(-1, os.WNOHANG)
            if pid == 0:
                break
            if pid in waiting:
                conn = waiting.pop(pid)
                _tell(conn, os.waitstatus_to_exitcode(status))
                conn.close()


def _tell(conn: socket.socket, number: int) -> None:  # pragma: no cover - runs in the server process
    with contextlib.suppress(OSError):  # the test stopped listening: nothing to tell
        conn.send(str(number).encode())


def _child(request: dict[str, Any], fds: list[int]) -> None:  # pragma: no cover - runs in a fork
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
        os.close(fd)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    sys.argv = ["-m", *request["args"]]  # as ``-m`` sets it before runpy puts the module's path first
    runpy.run_module("reviewbridge._cli", run_name="__main__", alter_sys=True)
    raise SystemExit(0)


class _Server:
    def __init__(self, env: dict[str, str]) -> None:
        self.directory = tempfile.mkdtemp(prefix="rb-fork-")
        self.path = os.path.join(self.directory, "s")
        code = f"from tests.e2e.forked import _serve; _serve({self.path!r})"
        self.process = subprocess.Popen(
            [sys.executable, "-u", "-c", code], cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()  # blocks until the imports are done (or it failed)
        assert line == b"ready\n", f"the fork server did not start: {line!r}"
        atexit.register(self.close)

    def close(self) -> None:
        self.process.kill()
        self.process.wait(timeout=30)
        if self.process.stdout is not None:
            self.process.stdout.close()
        with contextlib.suppress(OSError):
            os.remove(self.path)
            os.rmdir(self.directory)


_servers: dict[tuple[tuple[str, str], ...], _Server] = {}


def _server(env: dict[str, str]) -> _Server:
    key = tuple(sorted(env.items()))
    if key not in _servers or _servers[key].process.poll() is not None:
        _servers[key] = _Server(env)
    return _servers[key]


def warm(env: dict[str, str]) -> None:
    """Start the server for ``env`` now (a test timing its runs starts it before it starts the clock)."""
    _server(env)


class Forked:
    """One run of ``command`` (``python -m reviewbridge._cli ...``) as a fork of the server: the part of
    ``subprocess.Popen`` the tests use (text mode; stdout and stderr captured or discarded)."""

    def __init__(
        self, command: list[str], *, env: dict[str, str], cwd: Path | None = None, capture_stdout: bool = True
    ) -> None:
        assert command[:3] == CLI, command
        self.args = command
        self.returncode: int | None = None
        server = _server(env)
        out_r, out_w = os.pipe() if capture_stdout else (None, os.open(os.devnull, os.O_WRONLY))
        err_r, err_w = os.pipe()
        stdin = os.open(os.devnull, os.O_RDONLY)
        request = {"args": command[3:], "env": env, "cwd": str(cwd or os.getcwd())}
        self._conn = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            self._conn.connect(server.path)
            socket.send_fds(self._conn, [json.dumps(request).encode()], [stdin, out_w, err_w])
        finally:
            for fd in (stdin, out_w, err_w):
                os.close(fd)
        self.pid = int(self._conn.recv(64))
        self._pipes = {fd: bytearray() for fd in (out_r, err_r) if fd is not None}
        self._out, self._err = out_r, err_r
        self._final: tuple[str | None, str] = (None, "")

    def send_signal(self, sig: int) -> None:
        if self.returncode is None:
            os.kill(self.pid, sig)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def poll(self) -> int | None:
        if self.returncode is None:
            self._conn.setblocking(False)
            try:
                self._status(self._conn.recv(64))
            except BlockingIOError:
                pass
            finally:
                self._conn.setblocking(True)
        return self.returncode

    def _status(self, message: bytes) -> None:
        assert message, "the fork server went away"
        self.returncode = int(message)
        self._conn.close()

    def communicate(self, timeout: float | None = None) -> tuple[str | None, str]:
        """Read stdout and stderr to their end and wait for the exit, within ``timeout`` seconds
        (``subprocess.TimeoutExpired`` after it; a later call goes on where this one stopped)."""
        if self.returncode is not None and not self._pipes:
            return self._final
        deadline = None if timeout is None else time.monotonic() + timeout
        with selectors.DefaultSelector() as selector:
            for fd in self._pipes:
                selector.register(fd, selectors.EVENT_READ)
            while selector.get_map():
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    raise subprocess.TimeoutExpired(self.args, timeout or 0)
                for key, _ in selector.select(left):
                    chunk = os.read(key.fd, 1 << 16)
                    if chunk:
                        self._pipes[key.fd] += chunk
                    else:
                        selector.unregister(key.fd)
        if self.returncode is None:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            self._conn.settimeout(left)
            try:
                self._status(self._conn.recv(64))
            except TimeoutError:
                raise subprocess.TimeoutExpired(self.args, timeout or 0) from None
            finally:
                if self.returncode is None:
                    self._conn.settimeout(None)
        for fd in list(self._pipes):
            os.close(fd)
        texts = {fd: bytes(data).decode() for fd, data in self._pipes.items()}
        self._pipes = {}
        self._final = (texts.get(self._out) if self._out is not None else None, texts.get(self._err, ""))
        return self._final


def run(
    command: list[str], env: dict[str, str], cwd: Path | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """What ``subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)``
    answers, the run a fork of the server (killed when it outlasts ``timeout``, as ``subprocess.run`` does)."""
    proc = Forked(command, env=env, cwd=cwd)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise
    assert proc.returncode is not None
    return subprocess.CompletedProcess(command, proc.returncode, out or "", err)
