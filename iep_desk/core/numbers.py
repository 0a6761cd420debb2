"""The numbers a goal can hold (a baseline, a target, a measured value), read from text.

Two readers share one rule, that a number is finite: the window's goal form reads what the
teacher typed in her own locale (Qt's QLocale, in ui.caseload.goal_words) and falls back to
`read_plain_number`; a district's CSV file has no locale, so it is read by
`read_plain_number` alone, which takes a number only when it can mean one thing.
"""

from __future__ import annotations

import math
import re

# A number as a program writes it: digits, a decimal point, an exponent (Excel's 1.2E+03).
_PLAIN = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
# 1,200 or 1,234,567: thousands separators (US) or a decimal comma (1.2 in much of Europe)?
# A file does not say, so these are refused rather than guessed.
_AMBIGUOUS = re.compile(r"[+-]?(?:\d+,\d{3}|\d{1,3}(?:,\d{3}){2,})")
# 1.234,5: points between thousands and a decimal comma, read wrongly before as 1.2345.
_POINTS_THEN_COMMA = re.compile(r"[+-]?\d{1,3}(?:\.\d{3})+,\d+")
# 1,234.5: commas between thousands and a decimal point: one meaning only.
_COMMAS_THEN_POINT = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+\.\d*")
# 1,5 or 1,25: a decimal comma (a comma before three digits is ambiguous, above).
_DECIMAL_COMMA = re.compile(r"[+-]?\d*,\d+")


class NotANumber(ValueError):
    """The text is not a number a goal can hold (str(error) is the text)."""


class AmbiguousNumber(NotANumber):
    """The text may be read two ways: "1,200" is 1200 with a thousands separator, or 1.2
    with a decimal comma."""


def finite_number(value: float, text: str) -> float:
    """`value` (read from `text`) when it is a finite number. Raises NotANumber for NaN and
    infinity ("nan", "inf", "1e400"): Python reads them, the caseload cannot keep them
    (SQLite stores NaN as nothing), no progress line can use them and JSON cannot hold them."""
    if not math.isfinite(value):
        raise NotANumber(text)
    return value


def read_plain_number(text: str) -> float | None:
    """A number written without a locale (a CSV cell; a point or a comma as the decimal
    mark); None when the text is empty.

    Read: 1200, 12.5, -3, 1.2E+03; 1,5 and 1,25 (a decimal comma with one or two digits,
    or four or more); 1,234.5 (thousands commas with a decimal point). Raises
    AmbiguousNumber for a comma before exactly three digits with no decimal point (1,200;
    1,234,567) and for 1.234,5; NotANumber for anything else, and for numbers that are
    not finite."""
    text = text.strip()
    if not text:
        return None
    if _AMBIGUOUS.fullmatch(text) or _POINTS_THEN_COMMA.fullmatch(text):
        raise AmbiguousNumber(text)
    plain = text
    if _COMMAS_THEN_POINT.fullmatch(text):
        plain = text.replace(",", "")
    elif _DECIMAL_COMMA.fullmatch(text):
        plain = text.replace(",", ".")
    if not _PLAIN.fullmatch(plain):
        raise NotANumber(text)
    return finite_number(float(plain), text)
