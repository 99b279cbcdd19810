"""The shape every calculator shares: declared inputs, one error type, outputs and working steps.

A calculator module exposes ``NAME``, ``TITLE``, ``SUMMARY``, ``INPUTS`` (a tuple of input specs) and
``calculate(values) -> Result``. The input specs are the single source of truth for the HTML form, the
command line's ``--help``, and validation at the JSON boundary, so the three can never drift apart.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from calculators.units import agreeing

if TYPE_CHECKING:
    from calculators.data import Facts

Value = float | int | str | bool
"""What an input or output may hold once parsed: JSON-friendly scalars only."""


class InputError(ValueError):
    """Invalid input: names the field and the limit it broke, so every front end can point at it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


RATIO_UNIT = "ratio"
"""The unit of a fraction of one: shown as 0.7 (70 %), typed either way."""


def ratio_as_percent(value: float) -> str:
    """0.7 as a reader also says it: ``70 %``."""
    return f"{round(value * 100, 6):g} %"


def _percent_as_ratio(spec: Number, text: str) -> float:
    try:
        percent = float(text.removesuffix("%").strip())
    except ValueError:
        raise InputError(spec.name, f"{spec.label} must be a number, not {text[:20]!r}") from None
    return percent / 100


THOUSANDS = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?")
"""A number written with thousands separators, which the widgets show and so must read back."""


@dataclass(frozen=True, kw_only=True)
class Number:
    """A numeric input. Bounds carry a reason so the error can say which service limit was hit."""

    name: str
    label: str
    unit: str
    """What the number counts or measures, plural ("shards", "requests/s"); ``""`` only with ``unitless``."""
    default: float | int
    help: str
    unitless: bool = False
    """Declares a pure number (a ratio shown as 0.7, a multiplier): the one case with no unit."""
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: bool = False
    integer: bool = False
    minimum_reason: str = ""
    maximum_reason: str = ""
    step: str = "any"
    applies_when: tuple[str, tuple[str, ...]] | None = None
    """``(field, values)``: the input matters only while that choice or switch (``"true"``/``"false"``) holds one
    of ``values``; elsewhere the form hides it (``target_utilization`` only with provisioned capacity)."""

    def parse(self, raw: object) -> float | int:
        """Coerce a JSON or command-line value, then check it against the declared bounds."""
        if isinstance(raw, bool) or raw is None:
            raise InputError(self.name, f"{self.label} must be a number")
        if isinstance(raw, int | float):
            number = float(raw)
        elif isinstance(raw, str):
            text = raw.strip()
            if not text:
                raise InputError(self.name, f"{self.label} is required")
            if THOUSANDS.fullmatch(text):
                text = text.replace(",", "")  # "1,000" as people write it; "1,5" stays an error
            if self.is_ratio and text.endswith("%"):
                return self.parse(_percent_as_ratio(self, text))
            try:
                number = float(text)
            except ValueError:
                raise InputError(self.name, f"{self.label} must be a number, not {text[:20]!r}") from None
        else:
            raise InputError(self.name, f"{self.label} must be a number")
        if not math.isfinite(number):
            raise InputError(self.name, f"{self.label} must be a finite number")
        if self.integer and not number.is_integer():
            raise InputError(self.name, f"{self.label} must be a whole number")
        self._check_bounds(number)
        return int(number) if self.integer else number

    @property
    def is_ratio(self) -> bool:
        """A fraction of one (0.7), which a reader may also type as a percentage (``70%``)."""
        return self.unit == RATIO_UNIT

    def _check_bounds(self, number: float) -> None:
        if self.minimum is not None:
            too_small = number <= self.minimum if self.exclusive_minimum else number < self.minimum
            if too_small:
                relation = "greater than" if self.exclusive_minimum else "at least"
                raise InputError(self.name, self._limit_message(relation, self.minimum, self.minimum_reason))
        if self.maximum is not None and number > self.maximum:
            raise InputError(self.name, self._limit_message("at most", self.maximum, self.maximum_reason))

    def _limit_message(self, relation: str, limit: float, reason: str) -> str:
        shown = f"{int(limit):,}" if float(limit).is_integer() else f"{limit:,}"
        if self.is_ratio:
            return f"{self.label} must be {relation} {shown} ({ratio_as_percent(limit)})" + (f" ({reason})" if reason else "")
        unit = f" {agreeing(self.unit, shown)}" if self.unit and not self.unit.startswith("×") else ""
        because = f" ({reason})" if reason else ""
        return f"{self.label} must be {relation} {shown}{unit}{because}"


@dataclass(frozen=True, kw_only=True)
class Choice:
    """One of a fixed set of strings (a storage class, a consistency model)."""

    name: str
    label: str
    choices: tuple[str, ...]
    labels: tuple[str, ...]
    """What a reader sees for each choice, in the same order ("On-demand" for ``on_demand``); the values stay the
    contract the command line, the URL and the JSON bridge use."""
    default: str
    help: str
    unit: str = ""

    def __post_init__(self) -> None:
        if len(self.labels) != len(self.choices) or not all(label.strip() for label in self.labels):
            raise ValueError(f"{self.name}: give one non-empty label per choice, in the order of {self.choices}")

    def label_of(self, choice: str) -> str:
        """The reader's name for ``choice``."""
        return self.labels[self.choices.index(choice)]

    def parse(self, raw: object) -> str:
        """Accept exactly one of the declared choices."""
        text = raw.strip() if isinstance(raw, str) else raw
        if text not in self.choices:
            allowed = ", ".join(self.choices)
            raise InputError(self.name, f"{self.label} must be one of: {allowed}")
        return str(text)


@dataclass(frozen=True, kw_only=True)
class Boolean:
    """An on/off switch; the command line spells it ``true`` or ``false``."""

    name: str
    label: str
    default: bool
    help: str
    unit: str = ""

    def parse(self, raw: object) -> bool:
        """Accept JSON booleans and the strings true/false (any case)."""
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.strip().lower() in {"true", "false"}:
            return raw.strip().lower() == "true"
        raise InputError(self.name, f"{self.label} must be true or false")


@dataclass(frozen=True, kw_only=True)
class Text:
    """Free text that the calculator validates itself (a CIDR block, a comma-separated list)."""

    name: str
    label: str
    default: str
    help: str
    unit: str = ""
    max_length: int = 200
    placeholder: str = ""

    def parse(self, raw: object) -> str:
        """Accept a non-empty string of bounded length; meaning is checked by the calculator."""
        if not isinstance(raw, str) or not raw.strip():
            raise InputError(self.name, f"{self.label} is required")
        if len(raw) > self.max_length:
            raise InputError(self.name, f"{self.label} must be at most {self.max_length} characters")
        return raw.strip()


Input = Number | Choice | Boolean | Text


@dataclass(frozen=True)
class Output:
    """One named result; ``name`` is part of the command-line and widget contract."""

    name: str
    label: str
    value: Value
    unit: str = ""


@dataclass(frozen=True)
class Step:
    """One line of "show your working": what was computed, how, and the result."""

    label: str
    formula: str
    value: Value
    unit: str = ""
    facts: tuple[str, ...] = ()
    """Keys of the prices and limits this step used, so the working can name and date each constant."""


@dataclass(frozen=True)
class Result:
    """Everything a calculator returns: outputs in display order, the working, and caveats."""

    outputs: tuple[Output, ...]
    steps: tuple[Step, ...]
    notes: tuple[str, ...] = field(default=())
    facts_used: tuple[str, ...] = field(default=())
    """Keys of every fact the calculation read, filled in by ``compute``: the widget dates its answer by them."""

    def output_values(self) -> dict[str, Value]:
        """Outputs as the JSON contract exposes them: name to value."""
        return {output.name: output.value for output in self.outputs}


Values = Mapping[str, Value]


class Calculator(Protocol):
    """What the registry expects of a calculator module."""

    NAME: str
    TITLE: str
    SUMMARY: str
    QUESTION: str
    """Which question of ``registry.QUESTIONS`` it answers: where the Calculators index lists it."""
    INPUTS: tuple[Input, ...]

    def calculate(self, values: Values, /, facts: Facts = ...) -> Result:
        """Compute the result from parsed, validated inputs and the prices and limits given."""


def parse_inputs(inputs: tuple[Input, ...], raw: Mapping[str, object]) -> dict[str, Value]:
    """Fill defaults, reject unknown names, and parse each value against its declared spec."""
    known = [spec.name for spec in inputs]  # a list: messages list names in declaration order
    for name in raw:
        if name not in known:
            raise InputError(str(name)[:60], f"unknown input {str(name)[:60]!r}; expected one of: {', '.join(known)}")
    values: dict[str, Value] = {}
    for spec in inputs:
        values[spec.name] = spec.parse(raw[spec.name]) if spec.name in raw else spec.default
    return values


def input_errors(inputs: tuple[Input, ...], raw: Mapping[str, object]) -> list[InputError]:
    """Every field's parse error at once, in declaration order (unknown names first), for a form to flag them all.

    ``parse_inputs`` stops at the first, which is all the command line's one-line contract wants.
    """
    known = [spec.name for spec in inputs]  # a list: messages list names in declaration order
    errors = [
        InputError(str(name)[:60], f"unknown input {str(name)[:60]!r}; expected one of: {', '.join(known)}")
        for name in raw
        if name not in known
    ]
    for spec in inputs:
        if spec.name in raw:
            try:
                spec.parse(raw[spec.name])
            except InputError as error:
                errors.append(error)
    return errors


def parse_number_list(
    text: str, field: str, label: str, *, suffix: str, accept: Callable[[float], bool], bounds: str
) -> list[float]:
    """A comma-separated list of numbers, each checked by ``accept`` (``bounds`` says what it wants).

    An item may carry ``suffix`` ("99.9 %", "60 ms"); every message names the item's position.
    """
    values = []
    for position, item in enumerate(text.split(","), start=1):
        cleaned = item.strip().removesuffix(suffix).strip()
        require(bool(cleaned), field, f"{label} has an empty item at position {position}: remove the extra comma")
        try:
            value = float(cleaned)
        except ValueError:
            raise InputError(field, f"{label} item {position} must be a number, not {cleaned[:20]!r}") from None
        require(math.isfinite(value) and accept(value), field, f"{label} item {position} must be {bounds}, not {cleaned[:20]}")
        values.append(value)
    return values


def require(condition: bool, field: str, message: str) -> None:
    """Raise the declared error for a cross-field rule (e.g. minimum replicas ≤ maximum replicas)."""
    if not condition:
        raise InputError(field, message)
