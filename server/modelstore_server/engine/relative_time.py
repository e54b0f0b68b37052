"""Timestamps relative to now in filters: `now`, `now-1h`, `now+30m` (docs/decisions.md).

A relative time is one bare word: `now`, optionally followed by `+` or `-`, a whole
number and a unit: `s` (seconds; AIP-160's duration form `3600s`), `m` (minutes), `h`
(hours) or `d` (days of exactly 24 hours: the server clock is UTC, so there is no calendar
arithmetic). It is written without spaces because in AIP-160 a `-` after a space negates
the next restriction (`a > now - 1h` is `a > now AND NOT 1h`).

`now` is read once per request, from the server clock (`FilterClock`), however many
relative times a filter holds, so `a > now-1h AND a < now` is one window; a page token
records the instant its first page read (`pagination.PageTokens`), so every page of a
listing uses the same window.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Final

__all__ = ["FilterClock", "RelativeTimeError", "evaluate", "is_relative"]

_RELATIVE: Final = re.compile(r"now(?:([+-])([0-9]{1,12})([smhd]))?\Z")
# Twelve digits are more seconds than 0001..9999 spans, so every in-range offset is
# expressible, and the int conversion stays small.
_UNITS: Final = {"s": 1, "m": 60, "h": 3600, "d": 86400}


class RelativeTimeError(ValueError):
    """A relative time that does not parse or leaves the representable range."""


def is_relative(text: str) -> bool:
    """Whether a bare word is meant as a relative time (starts with `now`)."""
    return text == "now" or text.startswith(("now+", "now-"))


class FilterClock:
    """The one instant the relative times of one request are evaluated at.

    Given an instant (a page token's), that instant is used; otherwise the server clock is
    read at the first relative time, in whole milliseconds (what BSON stores, so a page
    token carries exactly the instant the first page compared with).
    """

    def __init__(self, at: datetime | None = None) -> None:
        self._at = at

    def now(self) -> datetime:
        """Return the request's instant, reading the clock the first time."""
        if self._at is None:
            now = datetime.now(UTC)
            self._at = now.replace(microsecond=now.microsecond // 1000 * 1000)
        return self._at

    @property
    def read(self) -> datetime | None:
        """The instant, when a relative time used it (or it was given), else None."""
        return self._at


def evaluate(text: str, clock: FilterClock) -> datetime:
    """Return the instant a relative time stands for.

    Raises:
        RelativeTimeError: not of the form `now[+-]<number><unit>`, or out of range.
    """
    match = _RELATIVE.match(text)
    if match is None:
        raise RelativeTimeError(
            "expected now, or now followed by + or - and a whole number of s, m, h or d "
            "without spaces, like now-1h"
        )
    sign, amount, unit = match.groups()
    if sign is None:
        return clock.now()
    seconds = int(amount) * _UNITS[unit]
    try:
        offset = timedelta(seconds=seconds if sign == "+" else -seconds)
        return clock.now() + offset
    except OverflowError:
        raise RelativeTimeError("the relative time is outside the years 0001 to 9999") from None
