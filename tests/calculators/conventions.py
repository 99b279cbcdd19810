"""The catalogue's conventions as checks that say what to do, so a contributor never has to guess them.

Each check takes one calculator, fact or source text and returns its problems as sentences a contributor
can act on (an empty list: nothing to fix). ``test_conventions.py`` runs them over the whole catalogue and
over deliberately broken examples, so a check that stops finding anything fails too.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from calculators import InputError
from calculators._core import Boolean, Choice, Number, Text, parse_inputs
from calculators.data import Fact
from calculators.data._fact import EVIDENCE_LEVELS
from calculators.render import result_text
from calculators.units import NOT_PLURAL, SINGULAR, unit_head

INPUT_SPECS = {"Number", "Choice", "Boolean", "Text"}

UNIT_CONSTANTS = {
    24: "HOURS_PER_DAY",
    60: "SECONDS_PER_MINUTE or MINUTES_PER_HOUR",
    365: "MINUTES_PER_YEAR or HOURS_PER_DAY",
    730: "HOURS_PER_MONTH",
    1000: "PER_THOUSAND, MS_PER_SECOND or MILLICORES_PER_VCPU",
    1024: "BYTES_PER_KIB, MIB_PER_GIB or MB_PER_GB",
    3600: "SECONDS_PER_HOUR",
    8760: "HOURS_PER_MONTH * 12",
    86400: "SECONDS_PER_DAY",
    525600: "MINUTES_PER_YEAR",
    10**6: "PER_MILLION",
    2**20: "BYTES_PER_MIB",
    2**30: "BYTES_PER_GIB",
}
"""Numbers that are unit conversions in disguise, and the constant in ``calculators/units.py`` to use."""

TOLERANCE_NAME = re.compile(r"(SLACK|TOLERANCE|EPSILON)$")
"""A module constant named like this may hold a tiny float: it guards rounding, it is not a price."""

FACT_KEY = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)*\.[a-z0-9]+(_[a-z0-9]+)*$")


# --- Inputs ------------------------------------------------------------------------------------------


def input_problems(calculator: ModuleType | Any) -> list[str]:
    """Every input has a label and help; a number has a unit, or says it is unitless."""
    problems = []
    for spec in calculator.INPUTS:
        where = f"{calculator.NAME}: input {spec.name!r}"
        if not isinstance(spec, Number | Choice | Boolean | Text):
            problems.append(f"{where} is a {type(spec).__name__}: use Number, Choice, Boolean or Text from calculators._core")
            continue
        if not spec.label.strip():
            problems.append(f"{where} has no label: give it the words a reader sees beside the box")
        if not spec.help.strip():
            problems.append(f"{where} has no help: say in one sentence what to enter and where the bounds come from")
        if isinstance(spec, Number):
            if not spec.unit.strip() and not spec.unitless:
                problems.append(
                    f'{where} has an empty unit: name what it counts, plural (unit="requests/s"), '
                    "or declare a pure number with unitless=True"
                )
            elif spec.unit.strip() and spec.unitless:
                problems.append(f"{where} has unit {spec.unit!r} and unitless=True: keep one")
    return problems


# --- Facts -------------------------------------------------------------------------------------------


def fact_problems(fact: Fact, today: dt.date | None = None) -> list[str]:
    """A fact is keyed ``service.what_unit``, labelled, positive, dated (not in the future), sourced and graded."""
    today = today or dt.date.today()
    where = f"fact {fact.key!r}"
    problems = []
    if not FACT_KEY.match(fact.key):
        problems.append(f"{where}: a key is service.what_unit in lower snake case, e.g. 'kinesis.shard_hour'")
    if not fact.label.strip() or not fact.unit.strip():
        problems.append(f"{where}: needs a label and a unit (e.g. unit='USD/hour', 'requests/s', 'MiB')")
    if not fact.value > 0:
        problems.append(f"{where}: value {fact.value!r} must be positive (a free tier is a fact of its own)")
    if not fact.source.startswith("https://"):
        problems.append(f"{where}: source {fact.source!r} must be the https:// URL of the page you read it on")
    if not isinstance(fact.as_of, dt.date) or fact.as_of > today:
        problems.append(f"{where}: as_of {fact.as_of!r} must be the date you checked it, not in the future")
    if fact.evidence not in EVIDENCE_LEVELS:
        problems.append(f"{where}: evidence {fact.evidence!r} must be one of {', '.join(EVIDENCE_LEVELS)}")
    if fact.evidence == "price-list" and (fact.price_list is None or fact.provenance is None):
        problems.append(f"{where}: evidence 'price-list' is written by `make update-prices`; by hand, use 'aws'")
    return problems


# --- Literals in calculator modules --------------------------------------------------------------------


def _exempt_nodes(tree: ast.Module) -> set[int]:
    """Numbers that are not formulas: input declarations (defaults and bounds), ``round``'s digits, slices."""
    exempt: set[int] = set()

    def mark(node: ast.AST) -> None:
        exempt.update(id(child) for child in ast.walk(node))

    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [target.id for target in targets if isinstance(target, ast.Name)]
            if node.value is not None and any(name == "INPUTS" or TOLERANCE_NAME.search(name) for name in names):
                mark(node.value)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in INPUT_SPECS:
                mark(node)
            elif node.func.id == "round" and len(node.args) == 2:
                mark(node.args[1])
        elif isinstance(node, ast.Slice):
            mark(node)
    return exempt


def literal_problems(source: str, filename: str) -> list[str]:
    """No price typed into a calculator and no bare unit conversion: they come from the facts and ``units``."""
    tree = ast.parse(source, filename)
    exempt = _exempt_nodes(tree)
    problems = []
    for node in ast.walk(tree):
        if id(node) in exempt or not isinstance(node, ast.Constant) or isinstance(node.value, bool):
            continue
        value = node.value
        if not isinstance(value, int | float):
            continue
        where = f"{filename}:{node.lineno}"
        if isinstance(value, float) and not value.is_integer():
            problems.append(
                f"{where}: the number {value!r} looks like a price or a rate typed into the calculator: read it "
                "from the facts (facts.value('service.key'), adding a Fact in calculators/data/ if needed), or "
                "make it an input with a default and a reason"
            )
        elif value in UNIT_CONSTANTS:
            problems.append(
                f"{where}: the bare number {value:,} is a unit conversion: import {UNIT_CONSTANTS[int(value)]} "
                "from calculators/units.py (or add a named constant there)"
            )
    return problems


# --- Units agree in number -----------------------------------------------------------------------------


def _looks_plural(head: str) -> bool:
    last = head.split()[-1] if head.split() else ""
    return len(last) > 2 and last.endswith("s") and head not in NOT_PLURAL and last not in NOT_PLURAL


def edge_inputs(calculator: ModuleType | Any) -> Iterator[dict[str, object]]:
    """The defaults, then each number at its bounds and at 1, each choice and switch in turn: one change at a time."""
    yield {}
    for spec in calculator.INPUTS:
        if isinstance(spec, Number):
            candidates = [spec.maximum, 1, 2]
            if spec.minimum is not None and not spec.exclusive_minimum:
                candidates.append(spec.minimum)
            for value in candidates:
                yield {spec.name: value}
        elif isinstance(spec, Choice):
            for choice in spec.choices:
                yield {spec.name: choice}
        elif isinstance(spec, Boolean):
            yield {spec.name: not spec.default}


def plural_problems(calculator: ModuleType | Any) -> list[str]:
    """A count reads "1 shard", never "1 shards": every plural unit has a singular, and the text shows it."""
    problems: set[str] = set()
    for raw in edge_inputs(calculator):
        try:
            result = calculator.calculate(parse_inputs(calculator.INPUTS, raw))
        except InputError:
            continue  # a combination the calculator refuses, with its message: not a unit question
        for item in (*result.outputs, *result.steps):
            head, _ = unit_head(item.unit)
            if _looks_plural(head) and head not in SINGULAR:
                problems.add(
                    f"{calculator.NAME}: unit {item.unit!r} ({item.label}) has no singular: add "
                    f'"{head}": "<singular>" to SINGULAR in calculators/units.py, so 1 reads as one'
                )
        text = result_text(calculator.TITLE, result)
        for match in re.finditer(r"(?<![\d.,])1 ([A-Za-z][\w -]*?s)\b(?!-)", text):
            if _looks_plural(match.group(1)) and match.group(1) in SINGULAR:
                problems.add(f"{calculator.NAME} with {raw or 'its defaults'}: the working reads {match.group(0)!r}")
    return sorted(problems)


def calculator_source(calculator: ModuleType) -> tuple[str, str]:
    """The module's source and its path relative to the repository, for messages."""
    path = Path(calculator.__file__ or "")
    return path.read_text(encoding="utf-8"), f"calculators/{path.name}"
