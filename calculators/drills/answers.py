"""Read a candidate's answer the way an interviewer hears it: "1.5k", "2 MB/s", "3e4", "$12k/month".

An answer is converted into the unit the step asks for, so "2,000 KB/s" is as right as "2 MB/s". A part the
candidate leaves out is taken from the question ("12k" to a question in USD per month means $12,000 a month);
a unit of another kind ("2 MB/s" when the question asks for requests per second) is an error the page shows at
the field, never a wrong answer scored as zero.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from calculators._core import InputError
from calculators.units import BITS_PER_SECOND_UNITS, BYTES_PER_UNIT, MAGNITUDES, SECONDS_PER_UNIT

COUNT, DATA, TIME, MONEY, PERCENT_KIND, TIMES = "count", "data", "time", "money", "percent", "times"
AS_ASKED = ""
"""A rate with no unit before its "per" ("3k/s"): the unit the question asks for."""
_KIND_NAMES = {
    COUNT: "a count",
    DATA: "a size of data",
    TIME: "a duration",
    MONEY: "an amount of money",
    PERCENT_KIND: "a percentage",
    TIMES: "a multiple",
}
_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?", re.IGNORECASE)
_PER = re.compile(r"\s*(?:/|\bper\b|\ba\b|\ban\b)\s*", re.IGNORECASE)
MAX_ANSWER_CHARS = 40


@dataclass(frozen=True)
class Unit:
    """What a unit measures, its size in that kind's base (bytes, seconds, dollars, 1) and what it is per."""

    kind: str
    factor: float = 1.0
    per_seconds: float | None = None
    """A rate's time base in seconds ("/s" is 1, "/month" 2,628,000); ``None`` for a quantity."""


def _head(text: str) -> Unit | None:
    """The unit before any "per": a data size, a duration, money, a percentage, a multiple or counted nouns."""
    word = text.strip().lower()
    if not word:
        return Unit(AS_ASKED)  # "3k/s": the question's unit, per second
    if word in {"usd", "$", "dollars", "dollar"}:
        return Unit(MONEY)
    if word in BYTES_PER_UNIT:
        return Unit(DATA, BYTES_PER_UNIT[word])
    if word in BITS_PER_SECOND_UNITS:
        return Unit(DATA, BITS_PER_SECOND_UNITS[word] / 8, per_seconds=1)
    if word in SECONDS_PER_UNIT:
        return Unit(TIME, SECONDS_PER_UNIT[word])
    if word in {"%", "percent"}:
        return Unit(PERCENT_KIND)
    if word in {"x", "×", "times"} or word.startswith("× "):
        return Unit(TIMES)
    if re.fullmatch(r"[a-z][a-z -]+", word):
        return Unit(COUNT)  # "shards", "concurrent executions", "RCU": counted things
    return None


def parse_unit(text: str) -> Unit | None:
    """``MiB/s`` → data, 1,048,576 bytes, per second; ``USD/month`` → money per month; ``None``: not a unit."""
    text = text.strip()
    if text.lower().startswith("usd "):
        text = text[4:]
    head, per = text, ""
    match = _PER.search(text)
    if match:
        head, per = text[: match.start()], text[match.end() :]
    unit = _head(head)
    if unit is None:
        return None
    if not per:
        return unit
    per_word = per.strip().lower()
    if per_word not in SECONDS_PER_UNIT:
        return None
    return Unit(unit.kind, unit.factor, SECONDS_PER_UNIT[per_word])


def _split_magnitude(rest: str) -> tuple[float, str]:
    """A spoken scale at the start of ``rest`` ("k", "million") and what follows it, if it is not a unit itself."""
    if parse_unit(rest) is not None and rest.strip() and not _is_bare_count(rest):
        return 1.0, rest
    match = re.match(r"\s*([a-z]+)\b(.*)$", rest, re.IGNORECASE | re.DOTALL)
    if match and match.group(1).lower() in MAGNITUDES:
        return MAGNITUDES[match.group(1).lower()], match.group(2)
    return 1.0, rest


def _is_bare_count(text: str) -> bool:
    """A lone word the unit grammar would read as counted nouns but that is a spoken scale ("12k", "3M")."""
    head = _PER.split(text.strip(), maxsplit=1)[0].strip().lower()
    return head in MAGNITUDES


def parse_answer(raw: object, asked_unit: str, field: str = "answer") -> float:
    """The answer as a number in ``asked_unit``; raises ``InputError(field, ...)`` naming what was not understood."""
    if not isinstance(raw, str) or not raw.strip():
        raise InputError(field, "Write a number, for example 1.5k or 3e4")
    text = raw.strip()
    if len(text) > MAX_ANSWER_CHARS:
        raise InputError(field, f"An answer must be at most {MAX_ANSWER_CHARS} characters")
    money_sign = text.startswith("$") or text[:3].lower() == "usd"
    if money_sign:
        text = text.removeprefix("$")[3 if text[:3].lower() == "usd" else 0 :].lstrip()
    number = _NUMBER.match(text)
    if number is None or not re.search(r"\d", number.group(0)):
        raise InputError(field, f"{raw.strip()!r} does not start with a number (try 1.5k, 2 MB/s or 3e4)")
    value = float(number.group(0).replace(",", ""))
    scale, rest = _split_magnitude(text[number.end() :])
    asked = parse_unit(asked_unit) or Unit(COUNT)
    given = parse_unit(rest) if rest.strip() else None
    if rest.strip() and given is None:
        raise InputError(field, f"{rest.strip()!r} is not a unit this answer can be in ({asked_unit})")
    if money_sign:
        if asked.kind != MONEY:
            raise InputError(field, f"The question asks for {asked_unit}, not an amount of money")
        given = Unit(MONEY, 1.0, given.per_seconds if given else None)
    result = value * scale * _conversion(given, asked, asked_unit, field)
    if not math.isfinite(result):
        raise InputError(field, "That number is too large")
    return result


def _conversion(given: Unit | None, asked: Unit, asked_unit: str, field: str) -> float:
    """The factor taking a number in ``given`` to ``asked``; what the candidate left out comes from the question."""
    if given is None:
        return 1.0
    kind, factor = (asked.kind, asked.factor) if given.kind == AS_ASKED else (given.kind, given.factor)
    if kind != asked.kind and not (kind == COUNT and asked.kind in {COUNT, TIMES}):
        raise InputError(field, f"The question asks for {asked_unit} ({_KIND_NAMES[asked.kind]}), not {_KIND_NAMES[kind]}")
    if kind == COUNT:
        factor = asked.factor
    per_given = given.per_seconds if given.per_seconds is not None else asked.per_seconds
    if (per_given is None) != (asked.per_seconds is None):
        wanted = "a rate" if asked.per_seconds is not None else "a total, not a rate"
        raise InputError(field, f"The question asks for {asked_unit}: {wanted}")
    rate = 1.0 if per_given is None or asked.per_seconds is None else asked.per_seconds / per_given
    return factor / asked.factor * rate
