"""A drill as the page, the worker and the command line show it: JSON for the browser, text for a terminal.

The worked solution is the calculators' own working, each constant named with its fact and date, so the
answer key reads exactly like the widgets on the guide's pages.
"""

from __future__ import annotations

import math
from html import escape

from calculators import get
from calculators.data import CURRENT
from calculators.drills import Drill, Marked, StepMark
from calculators.drills._model import offered_pushbacks
from calculators.render import format_unit, result_html, result_quantity


def unit_hint(unit: str) -> str:
    """The unit beside an answer box, as a reader says it ("USD/month" reads "$ per month")."""
    if unit.startswith("USD"):
        return "$" + (f" per {unit.removeprefix('USD/')}" if "/" in unit else "")
    return format_unit(unit)


def drill_json(drill: Drill) -> dict[str, object]:
    """What the page needs to pose the drill: the question, the steps (without answers) and the follow-ups."""
    return {
        "family": drill.family.name,
        "title": drill.family.title,
        "seed": drill.seed,
        "pushback": drill.pushback.name if drill.pushback else "",
        "pushback_label": drill.pushback.label if drill.pushback else "",
        "question": drill.question,
        "prices_as_of": drill.prices_as_of,
        "page": drill.family.page,
        "steps": [{"key": s.key, "prompt": s.prompt, "unit": s.unit, "unit_hint": unit_hint(s.unit)} for s in drill.steps],
        "pushbacks": [{"name": p.name, "label": p.label} for p in offered_pushbacks(drill.family, drill.seed)],
    }


def _mark_json(mark: StepMark) -> dict[str, object]:
    factor = mark.score.factor_off if mark.score else math.inf
    return {
        "key": mark.step.key,
        "prompt": mark.step.prompt,
        "given": mark.given,
        "value": mark.value,
        "expected": mark.step.expected,
        "expected_text": result_quantity(mark.step.expected, mark.step.unit),
        "points": mark.score.points if mark.score else 0.0,
        "verdict": mark.score.verdict if mark.score else "not answered",
        "factor_off": factor if math.isfinite(factor) else None,
    }


def solution_html(drill: Drill, prices_url: str = "") -> str:
    """Each calculator's result and working, in the order the steps were asked."""
    parts = []
    for name, result in drill.results:
        parts.append(f'<section class="drill-solution-stage"><p><strong>{escape(get(name).TITLE)}</strong></p>')
        parts.append(result_html(result, prices_url=prices_url) + "</section>")
    return "".join(parts)


def marked_json(drill: Drill, marked: Marked, prices_url: str = "") -> dict[str, object]:
    """The marks, the score out of 100 and the worked solution."""
    return {
        "family": drill.family.name,
        "seed": drill.seed,
        "pushback": drill.pushback.name if drill.pushback else "",
        "score": marked.percent,
        "steps": [_mark_json(mark) for mark in marked.steps],
        "solution_html": solution_html(drill, prices_url),
    }


def drill_text(drill: Drill) -> str:
    """The problem for a terminal: family, seed (to reproduce it), follow-up and question."""
    head = f"{drill.family.title} (drill {drill.family.name}, seed {drill.seed})"
    if drill.pushback:
        head += f"\nFollow-up: {drill.pushback.label}."
    as_of = f"\nFigures as of {drill.prices_as_of} (us-east-1)." if drill.prices_as_of else ""
    return f"{head}\n{drill.question}{as_of}"


def solution_text(drill: Drill) -> str:
    """The expected answers and each calculator's working, naming and dating every constant it used."""
    lines = ["Expected:"]
    lines += [f"  {step.prompt}: {result_quantity(step.expected, step.unit)}" for step in drill.steps]
    for name, result in drill.results:
        lines.append(f"Working ({get(name).TITLE}):")
        for number, step in enumerate(result.steps, start=1):
            facts = "; ".join(f"{CURRENT[key].label} {CURRENT[key].as_of.isoformat()}" for key in step.facts)
            cited = f"  [{facts}]" if facts else ""
            lines.append(f"  {number}. {step.label}: {step.formula} = {result_quantity(step.value, step.unit)}{cited}")
    return "\n".join(lines)


def marks_text(marked: Marked) -> str:
    """Each step's verdict and the score, for a terminal."""
    lines = []
    for mark in marked.steps:
        expected = result_quantity(mark.step.expected, mark.step.unit)
        verdict = mark.score.verdict if mark.score else "not answered"
        lines.append(f"  {mark.step.prompt}: {mark.given or '-'} -> {verdict} (expected {expected})")
    lines.append(f"Score: {marked.percent:g} / 100")
    return "\n".join(lines)
