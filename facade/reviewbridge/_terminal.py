"""Text fit for a terminal: what a server sent is shown, never obeyed.

An error message, a record id or a scope name can carry escape sequences (clear the screen, set the
window title, rewrite what was printed) and control characters. Everything the command line prints
goes through :func:`printable` first.
"""

from __future__ import annotations

import re

# ESC-introduced sequences: CSI (ESC [ ... final), OSC/DCS/SOS/PM/APC strings (ended by BEL or ESC \),
# and two-character escapes; the 8-bit CSI and OSC introducers too.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
)
# C0 and C1 controls, DEL, and the bidirectional overrides that reorder what a reader sees.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` without escape sequences and control characters; line breaks and tabs become spaces."""
    text = _ESCAPES.sub("", text)
    return _CONTROLS.sub(lambda m: " " if m.group() in "\t\n\r" else "", text)
