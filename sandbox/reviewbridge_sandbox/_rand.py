"""Deterministic randomness: cheap 64-bit mixing, per-item generators and reversible id codecs.

Everything a sandbox serves is a pure function of ``(seed, scope, index)``. Cheap attributes (the
ones sorting and filtering need for every item of a scope) come from :func:`mix64`; the rest of an
item comes from a :class:`random.Random` seeded the same way, built only when the item is served.
"""

from __future__ import annotations

import hashlib
import math
import random

MASK64 = (1 << 64) - 1
_GOLDEN = 0x9E3779B97F4A7C15


def mix64(value: int) -> int:
    """SplitMix64 finalizer: a well-spread 64-bit value from any integer (fast, pure Python)."""
    z = (value + _GOLDEN) & MASK64
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
    return z ^ (z >> 31)


def stable_hash(*parts: object) -> int:
    """A 64-bit hash of the parts' text, identical in every process (unlike ``hash()``)."""
    text = "\x1f".join(str(part) for part in parts)
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


def rng(*parts: object) -> random.Random:
    """A pseudo-random generator for test data (never for secrets), seeded from the parts."""
    return random.Random(stable_hash(*parts))  # noqa: S311 - deterministic test data, not security


def rng_from_int(value: int) -> random.Random:
    """A pseudo-random generator for test data seeded with an already mixed integer."""
    return random.Random(value)  # noqa: S311 - deterministic test data, not security


def unit(value: int) -> float:
    """The low 32 bits of ``value`` as a float in [0, 1)."""
    return (value & 0xFFFFFFFF) / 4294967296.0


class Codec:
    """A keyed bijection between item indexes and fixed-width ids over ``alphabet``.

    ``encode(i)`` looks random but ``decode`` gives ``i`` back, so no id-to-index table is needed
    even for hundreds of thousands of items. The alphabet is in ASCII order, so comparing two ids as
    strings compares their :meth:`value` numbers.
    """

    def __init__(self, alphabet: str, width: int, key: int) -> None:
        if list(alphabet) != sorted(set(alphabet)):
            raise ValueError("alphabet must be sorted and without repeats")
        self.alphabet = alphabet
        self.width = width
        self.size: int = len(alphabet) ** width
        self._digits = {char: pos for pos, char in enumerate(alphabet)}
        words = math.ceil(self.size.bit_length() / 64) + 1
        stream = mix64(key)

        def draw() -> int:
            nonlocal stream
            wide = 0
            for _ in range(words):
                stream = mix64(stream)
                wide = (wide << 64) | stream
            return wide % self.size

        multiplier = draw()
        while multiplier < 2 or math.gcd(multiplier, self.size) != 1:
            multiplier = draw()
        self._mul: int = multiplier
        self._inv: int = pow(multiplier, -1, self.size)
        self._add: int = draw()

    def value(self, index: int) -> int:
        """The numeric value of the id of ``index`` (its string form compares the same way)."""
        return (self._mul * index + self._add) % self.size

    def index_of_value(self, number: int) -> int:
        return ((number - self._add) * self._inv) % self.size

    def text(self, number: int) -> str:
        base = len(self.alphabet)
        chars = []
        for _ in range(self.width):
            number, digit = divmod(number, base)
            chars.append(self.alphabet[digit])
        return "".join(reversed(chars))

    def number(self, text: str) -> int | None:
        if len(text) != self.width:
            return None
        base = len(self.alphabet)
        number = 0
        for char in text:
            digit = self._digits.get(char)
            if digit is None:
                return None
            number = number * base + digit
        return number

    def encode(self, index: int) -> str:
        return self.text(self.value(index))

    def decode(self, text: str) -> int | None:
        number = self.number(text)
        return None if number is None else self.index_of_value(number)


HEX = "0123456789abcdef"
LOWER = "abcdefghijklmnopqrstuvwxyz"
LOWER_ALNUM = "0123456789abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"


def uuid_text(hex32: str) -> str:
    """``8-4-4-4-12`` grouping of 32 hex digits (ordering of the groups is kept)."""
    return f"{hex32[:8]}-{hex32[8:12]}-{hex32[12:16]}-{hex32[16:20]}-{hex32[20:]}"
