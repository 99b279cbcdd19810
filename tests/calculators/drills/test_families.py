"""Drills cannot drift from the calculators: every expected answer is what the calculator's bridge answers for
the drill's inputs, the question states the numbers that were computed, and a seed always gives the same text."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from calculators import web
from calculators._core import InputError
from calculators.drills import FAMILIES, MAX_SEED, daily, make, mark, parse_seed
from calculators.drills._model import Drill, ask_key, offered_pushbacks
from calculators.drills.answers import parse_answer, parse_unit
from calculators.drills.present import drill_text, solution_text
from calculators.render import format_value

GOLDEN = Path(__file__).with_name("golden")
SEEDS = range(40)
GOLDEN_SEEDS = (1, 2, 3)


def bridge_outputs(drill: Drill) -> dict[str, float]:
    """Each step's value as the widgets' JSON bridge computes it for the inputs the drill's stages give it."""
    earlier: dict[str, object] = {}
    found: dict[str, float] = {}
    for stage in drill.family.stages:
        inputs = dict(stage.inputs(drill.scenario, earlier))  # type: ignore[arg-type]
        reply = json.loads(web.run(stage.calculator, json.dumps(inputs)))
        assert reply["ok"], reply
        earlier |= {f"{stage.calculator}.{name}": value for name, value in reply["outputs"].items()}
        for ask in stage.asks:
            if ask.output:
                value = reply["outputs"][ask.output]
            else:
                _, result = __import__("calculators").compute(stage.calculator, inputs)
                value = next(step.value for step in result.steps if step.label == ask.step)
            found[ask_key(stage, ask)] = value
            earlier[ask_key(stage, ask)] = value
    return found


@pytest.mark.parametrize("name", FAMILIES)
def test_expected_answers_equal_the_calculators_for_many_seeds(name: str) -> None:
    for seed in SEEDS:
        for pushback in (None, *offered_pushbacks(FAMILIES[name], seed)):
            drill = make(name, seed, pushback.name if pushback else "")
            assert {step.key: step.expected for step in drill.steps} == bridge_outputs(drill)


@pytest.mark.parametrize("name", FAMILIES)
def test_the_question_states_every_number_it_was_computed_from(name: str) -> None:
    family = FAMILIES[name]
    for seed in SEEDS:
        drill = make(name, seed)
        for key in family.choices:
            value = drill.scenario[key]
            if isinstance(value, bool) or not isinstance(value, int | float):
                continue
            said = {format_value(value), format_value(value * 100)}  # a share may be said as a percentage
            assert any(shown in drill.question for shown in said), f"{name} {seed}: {key}={value} not in {drill.question!r}"


@pytest.mark.parametrize("name", FAMILIES)
def test_every_step_has_a_unit_a_candidate_can_answer_in(name: str) -> None:
    drill = make(name, 1)
    for step in drill.steps:
        assert parse_unit(step.unit) is not None, step.unit
        typed = format_value(step.expected)
        assert parse_answer(typed, step.unit) == pytest.approx(step.expected, rel=0.01, abs=0.01)


@pytest.mark.parametrize("name", FAMILIES)
def test_the_exact_answers_score_full_marks(name: str) -> None:
    drill = make(name, 2)
    answers = {step.key: repr(step.expected) for step in drill.steps}
    assert mark(drill, answers).percent == 100


@pytest.mark.parametrize("name", FAMILIES)
def test_a_pushback_changes_the_problem(name: str) -> None:
    for pushback in offered_pushbacks(FAMILIES[name], 1):
        changed = make(name, 1, pushback.name)
        assert changed.scenario != make(name, 1).scenario


def test_families_teach_on_pages_that_exist() -> None:
    docs = Path(__file__).resolve().parents[3] / "docs"
    for family in FAMILIES.values():
        assert (docs / family.page).is_file(), family.page


def golden_text(name: str) -> str:
    parts = []
    for seed in GOLDEN_SEEDS:
        drill = make(name, seed)
        parts.append(drill_text(drill) + "\n" + solution_text(drill).split("\nWorking")[0])
    return "\n\n".join(parts) + "\n"


@pytest.mark.parametrize("name", FAMILIES)
def test_seed_to_problem_text_is_stable(name: str) -> None:
    """Golden files: a changed draw, phrasing or price shows up in review. Regenerate with DRILLS_GOLDEN=write."""
    path = GOLDEN / f"{name}.txt"
    if os.environ.get("DRILLS_GOLDEN") == "write":
        path.write_text(golden_text(name), encoding="utf-8")
    assert path.read_text(encoding="utf-8") == golden_text(name)


def test_every_golden_file_is_a_family() -> None:
    assert sorted(p.stem for p in GOLDEN.glob("*.txt")) == sorted(FAMILIES)


def test_the_daily_drill_is_the_same_for_everyone_and_rotates() -> None:
    first = daily(date(2026, 12, 4))
    assert first == daily(date(2026, 12, 4))
    assert first[1] == 20261204
    week = {daily(date(2026, 12, day))[0] for day in range(1, 8)}
    assert len(week) == 7
    make(*first)


@pytest.mark.parametrize("raw", ["-1", "1.5", "x", "", str(MAX_SEED + 1), True, None, "1e3"])
def test_a_malformed_seed_is_the_declared_error(raw: object) -> None:
    with pytest.raises(InputError) as raised:
        parse_seed(raw)
    assert raised.value.field == "seed"


def test_unknown_family_and_pushback_name_their_field() -> None:
    with pytest.raises(InputError) as raised:
        make("no_such_family", 1)
    assert raised.value.field == "family"
    with pytest.raises(InputError) as raised:
        make("kinesis", 1, "no_such_pushback")
    assert raised.value.field == "pushback"
