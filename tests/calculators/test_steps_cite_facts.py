"""The working quotes prices and limits from the facts it was given, never from a number typed into a string.

Every calculator runs on its defaults twice: with today's facts, and with every fact's value changed. A
number that appears in a step's text under today's facts and still appears, unchanged, under the changed
facts was typed into the string: the test names the step and the number.
"""

from __future__ import annotations

import re

import pytest

from calculators import REGISTRY, compute
from calculators.data import CURRENT
from calculators.render import format_value, usd

SHIFT = 1.37
"""Changes every value to one no fact or default holds, so a quoted value cannot match by chance."""
CHANGED = CURRENT.with_values({key: fact.value * SHIFT for key, fact in CURRENT.items()})


def shown(value: float, unit: str) -> set[str]:
    """The ways a fact's value can appear in a formula: as a number and, for prices, in dollars."""
    forms = {format_value(value)}
    if unit.startswith("USD"):
        forms |= {usd(value), format_value(value, "USD")}
    return {form for form in forms if len(form.strip("$0.,")) >= 2}  # "1" or "$0.5" match too much by chance


def numbers_in(text: str) -> set[str]:
    return set(re.findall(r"\$?\d[\d,]*(?:\.\d+)?", text))


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_steps_take_their_constants_from_the_facts(name: str) -> None:
    _, today = compute(name, {})
    _, changed = compute(name, {}, CHANGED)
    inputs_text = " ".join(str(value) for value in compute(name, {})[0].values())
    for fact_key in today.facts_used:
        fact = CURRENT[fact_key]
        for form in shown(fact.value, fact.unit):
            typed = [
                step.label
                for before, step in zip(today.steps, changed.steps, strict=False)
                if form in numbers_in(before.formula) and form in numbers_in(step.formula) and form not in inputs_text
            ]
            assert not typed, f"{name}: {typed} quote {form} ({fact_key}) as typed text; format it from facts.value({fact_key!r})"
