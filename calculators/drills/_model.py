"""What a drill is, and how one is made and marked.

A family draws a scenario (the workload an interviewer states) from a seeded random generator, phrases it, and
names the steps to answer. Each step is an output of a calculator, or a line of its working, and the expected
answer is whatever the calculator computes for the scenario: the answer key is the tested code, so it cannot
drift from the calculators, the widgets or the prices. A pushback changes one thing in the scenario and asks
again. Families chain calculators when one answer feeds the next (traffic → storage → cost).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from calculators import compute
from calculators._core import InputError, Result, Value
from calculators.data import CURRENT

Scenario = Mapping[str, Value]
"""The numbers the interviewer gives, by name; for a one-calculator family, that calculator's inputs."""
Outputs = Mapping[str, Value]
"""Every answer computed so far, keyed ``calculator.output`` (or ``calculator.step label``)."""


@dataclass(frozen=True)
class Ask:
    """One step the candidate answers: an output of the stage's calculator, or the value of one line of its working."""

    output: str = ""
    step: str = ""
    """A working line's label, when the step is an intermediate value rather than an output."""
    prompt: str = ""


@dataclass(frozen=True)
class Stage:
    """One calculator call: its inputs from the scenario and the earlier answers, and the steps asked of it."""

    calculator: str
    asks: tuple[Ask, ...]
    inputs: Callable[[Scenario, Outputs], Mapping[str, object]] = lambda scenario, _earlier: scenario


@dataclass(frozen=True)
class Pushback:
    """An interviewer's follow-up: one change to the scenario ("traffic grows tenfold")."""

    name: str
    label: str
    change: Callable[[Scenario], Mapping[str, Value]]


@dataclass(frozen=True)
class Family:
    """A kind of estimation question, generated afresh from each seed."""

    name: str
    title: str
    page: str
    """The guide page that teaches it, as a path under docs/ (``aws/kinesis.md``)."""
    choices: Mapping[str, tuple[Value, ...]]
    """Each scenario number and the values a seed picks it from (in this order: the draw depends on it)."""
    question: Callable[[Scenario], str]
    stages: tuple[Stage, ...]
    pushbacks: tuple[Pushback, ...] = ()
    fixed: Mapping[str, Value] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class Step:
    """A step as asked and as computed."""

    key: str
    prompt: str
    unit: str
    expected: float


@dataclass(frozen=True)
class Drill:
    """One generated problem: reproducible from (family, seed, pushback)."""

    family: Family
    seed: int
    pushback: Pushback | None
    scenario: Scenario
    question: str
    steps: tuple[Step, ...]
    results: tuple[tuple[str, Result], ...]
    """Each stage's calculator and its full result: the worked solution."""

    @property
    def prices_as_of(self) -> str:
        """The oldest date among the prices and limits the answer used ("" when it used none)."""
        used = {key for _, result in self.results for key in result.facts_used}
        dates = sorted(CURRENT[key].as_of.isoformat() for key in used)
        return dates[0] if dates else ""


def draw(family: Family, seed: int) -> dict[str, Value]:
    """The scenario for ``seed``: the same seed gives the same numbers on every machine and Python version."""
    rng = random.Random(f"{family.name}:{seed}")  # a str seed is hashed with SHA-512: stable across runs
    scenario: dict[str, Value] = dict(family.fixed)
    for name, options in family.choices.items():
        scenario[name] = rng.choice(options)
    return scenario


def _value_of(result: Result, ask: Ask, calculator: str) -> tuple[float, str]:
    if ask.step:
        for step in result.steps:
            if step.label == ask.step:
                return float(step.value), step.unit
        raise LookupError(f"{calculator} has no working line {ask.step!r}")
    for output in result.outputs:
        if output.name == ask.output:
            return float(output.value), output.unit
    raise LookupError(f"{calculator} has no output {ask.output!r}")


def ask_key(stage: Stage, ask: Ask) -> str:
    """The step's name in answers and URLs: ``kinesis_shards.shards``."""
    return f"{stage.calculator}.{ask.output or ask.step}"


def solve(family: Family, seed: int, pushback: Pushback | None = None) -> Drill:
    """Generate the problem and compute every expected answer with the calculators."""
    scenario: Mapping[str, Value] = draw(family, seed)
    if pushback is not None:
        scenario = {**scenario, **pushback.change(scenario)}
    earlier: dict[str, Value] = {}
    steps: list[Step] = []
    results: list[tuple[str, Result]] = []
    for stage in family.stages:
        _, result = compute(stage.calculator, dict(stage.inputs(scenario, earlier)))
        results.append((stage.calculator, result))
        for output in result.outputs:
            earlier[f"{stage.calculator}.{output.name}"] = output.value
        for ask in stage.asks:
            expected, unit = _value_of(result, ask, stage.calculator)
            earlier[ask_key(stage, ask)] = expected
            steps.append(Step(ask_key(stage, ask), ask.prompt, unit, expected))
    return Drill(family, seed, pushback, scenario, family.question(scenario), tuple(steps), tuple(results))


def offered_pushbacks(family: Family, seed: int) -> tuple[Pushback, ...]:
    """The follow-ups that make sense for this scenario: those the calculators accept and that change something."""
    base = draw(family, seed)
    offered = []
    for pushback in family.pushbacks:
        changed = {**base, **pushback.change(base)}
        if changed == base:
            continue
        try:
            solve(family, seed, pushback)
        except InputError:
            continue
        offered.append(pushback)
    return tuple(offered)
