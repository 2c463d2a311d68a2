"""``reviewbridge-sandbox PROVIDER [options]`` / ``python -m reviewbridge_sandbox PROVIDER [options]``."""

from __future__ import annotations

import sys

_EXTRA = ("starlette", "uvicorn")


def main() -> int:
    try:
        from ._cli import main as run_command_line
    except ModuleNotFoundError as exc:
        missing = (exc.name or "").split(".")[0]
        if missing not in _EXTRA:
            raise
        print(
            f"reviewbridge-sandbox: error: {missing} is not installed; install the sandbox extra: "
            "pip install 'reviewbridge[sandbox]'",
            file=sys.stderr,
        )
        return 1
    return run_command_line()


if __name__ == "__main__":
    sys.exit(main())
