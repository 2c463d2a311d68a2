from enum import StrEnum
from typing import Any

_UNKNOWN_VALUES_KEPT = 64


class ReviewOrder(StrEnum):
    """Open enumeration: the provider may add values without notice.

    A value not listed here is kept as a pseudo-member carrying the string the
    server sent (``.value``), so parsing never fails and ``to_dict`` returns it
    unchanged.
    """

    RATING = "rating"
    RATING_DESC = "rating desc"
    UPDATETIME_DESC = "updateTime desc"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ReviewOrder | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        # Remember a bounded number of unknown values, so a server that keeps sending one costs a dict
        # lookup instead of a new pseudo-member per record (and a hostile one cannot grow the cache).
        if len(cls._value2member_map_) < len(cls._member_map_) + _UNKNOWN_VALUES_KEPT:
            cls._value2member_map_.setdefault(value, member)
        return member

    @property
    def is_known(self) -> bool:
        """False when the server sent a value this client was not generated with."""
        return self._name_ != "UNKNOWN"
