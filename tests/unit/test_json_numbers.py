"""The JSON layer keeps every number JSON can hold: read, then written, it is the number that was sent."""

from __future__ import annotations

from decimal import Decimal

import orjson
from hypothesis import given
from hypothesis import strategies as st
from reviewbridge._json import dumps, identifier, loads

#: JSON number texts: integers of any size, fractions with any number of digits, any exponent
NUMBER_TEXTS = st.one_of(
    st.integers().map(str),
    st.decimals(allow_nan=False, allow_infinity=False).map(lambda d: f"{d:f}" if d.is_zero() else str(d)),
    st.tuples(st.integers(-(10**30), 10**30), st.integers(-999, 999)).map(lambda p: f"{p[0]}e{p[1]}"),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
)


def _json_number(text: str) -> str:
    """``text`` as JSON spells a number (no ``+`` exponent sign needed, no leading ``+``, ``E`` allowed)."""
    return text.replace("E+", "E").replace("e+", "e")


@given(NUMBER_TEXTS)
def test_a_number_read_and_written_is_the_number_sent(text: str) -> None:
    text = _json_number(text)
    sent = Decimal(text)
    (value,) = loads(f"[{text}]".encode())
    assert (Decimal(repr(value)) if isinstance(value, float) else Decimal(value)) == sent
    assert Decimal(dumps([value])[1:-1].decode()) == sent


def test_ids_beyond_64_bits_stay_apart() -> None:
    page = loads(b'[{"id": 18446744073709551617}, {"id": 18446744073709551618}]')
    assert [identifier(item["id"]) for item in page] == ["18446744073709551617", "18446744073709551618"]


def test_what_is_exactly_a_float_stays_a_float() -> None:
    assert loads(b"[0.1, 4.5, 1E2, -0.0, 1.50]") == [0.1, 4.5, 100.0, -0.0, 1.5]
    assert all(type(v) is float for v in loads(b"[0.1, 4.5, 1E2, -0.0, 1.50]"))


def test_dumps_keeps_its_options_and_default_with_big_numbers() -> None:
    value = {"b": 2**70, "a": Decimal("1e400"), "c": object()}
    written = dumps(value, option=orjson.OPT_SORT_KEYS, default=lambda o: "other")
    assert written == b'{"a":1E+400,"b":1180591620717411303424,"c":"other"}'
    assert dumps({"x": 1}, option=orjson.OPT_SORT_KEYS) == orjson.dumps({"x": 1}, option=orjson.OPT_SORT_KEYS)
