"""Estimation drills: problems generated from the calculators, marked against what the calculators compute.

``make(family, seed)`` gives the same problem everywhere (the page, a shared link, the command line);
``mark(drill, answers)`` reads each typed answer and scores it in log space. See ``_model`` for what a drill
is, ``families`` for the catalogue, ``answers`` for what a candidate may type and ``scoring`` for the bands.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from calculators._core import InputError
from calculators.drills._model import Drill, Family, Pushback, Step, offered_pushbacks, solve
from calculators.drills.answers import parse_answer
from calculators.drills.families import FAMILIES
from calculators.drills.scoring import Score, score

MAX_SEED = 2**31 - 1

__all__ = [
    "FAMILIES",
    "MAX_SEED",
    "Drill",
    "Marked",
    "StepMark",
    "answer_errors",
    "daily",
    "family_of",
    "make",
    "mark",
    "parse_seed",
]


def family_of(name: object) -> Family:
    """The family called ``name``, or the declared error naming where the list is."""
    if isinstance(name, str) and name in FAMILIES:
        return FAMILIES[name]
    shown = str(name)[:40]
    raise InputError("family", f"unknown drill family {shown!r}; see `python -m calculators drill --list`")


def parse_seed(raw: object) -> int:
    """A seed as a link or the command line gives it: a whole number from 0 to ``MAX_SEED``."""
    text = str(raw).strip()
    if isinstance(raw, bool) or not text.isdigit() or int(text) > MAX_SEED:
        raise InputError("seed", f"Seed must be a whole number from 0 to {MAX_SEED:,}")
    return int(text)


def _pushback_of(family: Family, name: str, seed: int) -> Pushback | None:
    if not name:
        return None
    for pushback in offered_pushbacks(family, seed):
        if pushback.name == name:
            return pushback
    names = ", ".join(p.name for p in offered_pushbacks(family, seed)) or "none"
    raise InputError("pushback", f"no follow-up {name[:40]!r} for this drill (offered: {names})")


def make(family: object, seed: object, pushback: str = "") -> Drill:
    """The drill for (``family``, ``seed``), with the follow-up ``pushback`` applied when one is named."""
    chosen = family_of(family)
    number = parse_seed(seed)
    return solve(chosen, number, _pushback_of(chosen, pushback, number))


def daily(day: date) -> tuple[str, int]:
    """Today's drill: every reader gets the same one on the same date, and the families take turns."""
    names = list(FAMILIES)
    return names[day.toordinal() % len(names)], int(day.strftime("%Y%m%d"))


@dataclass(frozen=True)
class StepMark:
    """One answer as read and as scored (``score`` is ``None`` when the step was left blank)."""

    step: Step
    given: str
    value: float | None
    score: Score | None


@dataclass(frozen=True)
class Marked:
    """Every step's mark and the drill's score out of 100 (blank steps score nothing)."""

    steps: tuple[StepMark, ...]

    @property
    def percent(self) -> float:
        """The mean of the steps' points, as a percentage."""
        points = [mark.score.points if mark.score else 0.0 for mark in self.steps]
        return round(100 * sum(points) / len(points), 1) if points else 0.0


def mark(drill: Drill, answers: Mapping[str, object]) -> Marked:
    """Score every answered step; raises ``InputError`` for each answer that does not read as a number.

    An unreadable answer is never scored as zero: the first is raised, and ``answer_errors`` lists them all.
    """
    errors = answer_errors(drill, answers)
    if errors:
        raise errors[0]
    marks = []
    for step in drill.steps:
        raw = answers.get(step.key, "")
        if not isinstance(raw, str) or not raw.strip():
            marks.append(StepMark(step, "", None, None))
            continue
        value = parse_answer(raw, step.unit, step.key)
        marks.append(StepMark(step, raw.strip(), value, score(value, step.expected)))
    return Marked(tuple(marks))


def answer_errors(drill: Drill, answers: Mapping[str, object]) -> list[InputError]:
    """Each answer that is there but does not read as a number in its step's unit (blank ones are skipped)."""
    known = {step.key for step in drill.steps}
    errors = [InputError(str(key)[:60], "not a step of this drill") for key in answers if key not in known]
    for step in drill.steps:
        raw = answers.get(step.key, "")
        if isinstance(raw, str) and not raw.strip():
            continue
        try:
            parse_answer(raw, step.unit, step.key)
        except InputError as error:
            errors.append(error)
    return errors
