"""Command line: ``python -m calculators list | NAME --help | NAME --field-name VALUE ... [--json]``.

Architectures: ``python -m calculators compare [--requests-per-second N ...] [--json]`` prices one workload five
ways (``architecture_cost``), with the loads where the cheapest changes and the inputs that move it most.

Practice: ``python -m calculators drill [FAMILY] [--seed N] [--pushback NAME] [--show] [--json] [--list]``
poses an estimation drill, reads an answer per step from standard input, marks it and prints the working.

The flags, the JSON shape and exit status 2 with one line on invalid input are a contract other tools
rely on; change them only with the issue that owns the contract.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Sequence
from typing import NoReturn, TextIO

from calculators import REGISTRY, _crossover, architecture_cost, compute, drills, get
from calculators._core import Boolean, Choice, Input, InputError, Number
from calculators.drills.present import drill_json, drill_text, marks_text, solution_text, unit_hint
from calculators.render import format_value, quantity, result_text

USAGE_ERROR = 2


class _OneLineParser(argparse.ArgumentParser):
    """argparse prints usage plus a message; the contract is exactly one line and status 2."""

    def __init__(self, *args: object, as_json: bool = False, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.as_json = as_json

    def error(self, message: str) -> NoReturn:
        _fail(InputError("arguments", message), as_json=self.as_json)


def _fail(error: InputError, *, as_json: bool) -> NoReturn:
    if as_json:
        print(json.dumps({"error": {"field": error.field, "message": error.message}}))
    else:
        print(f"error: {error.field}: {error.message}", file=sys.stderr)
    raise SystemExit(USAGE_ERROR)


def _describe(spec: Input) -> str:
    if isinstance(spec, Number):
        low = "" if spec.minimum is None else f"{'>' if spec.exclusive_minimum else '≥'} {format_value(spec.minimum)}"
        high = "" if spec.maximum is None else f"≤ {format_value(spec.maximum)}"
        bounds = ", ".join(part for part in (low, high) if part)
        kind = "whole number" if spec.integer else "number"
        return f"{spec.help} ({kind} in {spec.unit}; default {format_value(spec.default)}; {bounds})"
    if isinstance(spec, Choice):
        return f"{spec.help} (one of {' | '.join(spec.choices)}; default {spec.default})"
    if isinstance(spec, Boolean):
        return f"{spec.help} (true | false; default {str(spec.default).lower()})"
    return f"{spec.help} (default {spec.default!r})"


def _parser(name: str, *, as_json: bool) -> _OneLineParser:
    calculator = get(name)
    parser = _OneLineParser(prog=f"python -m calculators {name}", description=calculator.SUMMARY, as_json=as_json)
    for spec in calculator.INPUTS:
        flag = "--" + spec.name.replace("_", "-")
        # argparse treats "%" in help as a format directive.
        parser.add_argument(flag, dest=spec.name, metavar="VALUE", default=None, help=_describe(spec).replace("%", "%%"))
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the working")
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    stream = out or sys.stdout
    as_json = "--json" in args
    if not args or args[0] in {"-h", "--help"}:
        print(__doc__.splitlines()[0] if __doc__ else "", file=stream)
        print("Calculators: python -m calculators list", file=stream)
        return 0
    if args[0] == "drill":
        return _drill(args[1:], stream, as_json=as_json)
    if args[0] == "compare":
        return _compare(args[1:], stream, as_json=as_json)
    if args[0] == "list":
        for name, calculator in REGISTRY.items():
            print(f"{name}\t{calculator.TITLE}", file=stream)
        return 0
    try:
        calculator = get(args[0])
    except InputError as error:
        _fail(error, as_json=as_json)
    namespace = _parser(calculator.NAME, as_json=as_json).parse_args(args[1:])
    raw = {key: value for key, value in vars(namespace).items() if key != "json" and value is not None}
    try:
        inputs, result = compute(calculator.NAME, raw)
    except InputError as error:
        _fail(error, as_json=as_json)
    if namespace.json:
        document = {
            "name": calculator.NAME,
            "inputs": inputs,
            "outputs": result.output_values(),
            "steps": [{"label": s.label, "formula": s.formula, "value": s.value, "unit": s.unit} for s in result.steps],
        }
        print(json.dumps(document), file=stream)
    else:
        print(result_text(calculator.TITLE, result), file=stream)
    return 0


def _drill_parser(as_json: bool) -> _OneLineParser:
    parser = _OneLineParser(
        prog="python -m calculators drill",
        description="An estimation drill: answer each step (1.5k, 2 MB/s, $12k/month), then see the marks and the working.",
        as_json=as_json,
    )
    parser.add_argument("family", nargs="?", default=None, help="a drill family (see --list); random when left out")
    parser.add_argument("--seed", default=None, help="reproduce a drill: the seed it printed; random when left out")
    parser.add_argument("--pushback", default="", help="the interviewer's follow-up, by name (listed with the drill)")
    parser.add_argument("--show", action="store_true", help="print the expected answers and working without asking")
    parser.add_argument("--json", action="store_true", help="print the drill and its expected answers as JSON")
    parser.add_argument("--list", action="store_true", help="list the drill families")
    return parser


def _ask_each(made: drills.Drill, stream: TextIO) -> dict[str, str]:
    """One line of standard input per step; an unreadable answer is said and asked again, end of input skips the rest."""
    answers: dict[str, str] = {}
    for step in made.steps:
        while True:
            print(f"{step.prompt} ({unit_hint(step.unit)})? ", end="", file=stream, flush=True)
            line = sys.stdin.readline()
            if not line:
                print(file=stream)
                return answers
            try:
                if line.strip():
                    drills.answers.parse_answer(line, step.unit, step.key)
            except InputError as error:
                print(f"  {error.message}", file=stream)
                continue
            answers[step.key] = line.strip()
            break
    return answers


def _drill(args: list[str], stream: TextIO, *, as_json: bool) -> int:
    options = _drill_parser(as_json).parse_args(args)
    if options.list:
        for name, listed in drills.FAMILIES.items():
            print(f"{name}\t{listed.title}", file=stream)
        return 0
    try:
        chosen = options.family or random.choice(list(drills.FAMILIES))
        seed = random.randint(0, drills.MAX_SEED) if options.seed is None else options.seed
        made = drills.make(chosen, seed, options.pushback)
    except InputError as error:
        _fail(error, as_json=as_json)
    if options.json:
        expected = {step.key: step.expected for step in made.steps}
        print(json.dumps({**drill_json(made), "expected": expected}), file=stream)
        return 0
    print(drill_text(made), file=stream)
    offered = drills._model.offered_pushbacks(made.family, made.seed)
    if offered and not made.pushback:
        names = ", ".join(f"{p.name} ({p.label.lower()})" for p in offered)
        print(f"Follow-ups: --pushback {names}", file=stream)
    if not options.show:
        print(marks_text(drills.mark(made, _ask_each(made, stream))), file=stream)
    print(solution_text(made), file=stream)
    return 0


# --- compare: one workload, five architectures ---------------------------------------------------------


def _compare(args: list[str], stream: TextIO, *, as_json: bool) -> int:
    parser = _parser(architecture_cost.NAME, as_json=as_json)
    parser.prog = "python -m calculators compare"
    parser.description = (
        "One workload priced as HTTP API, REST API and ALB + Lambda, ALB + Fargate and ALB + EKS: the costs at "
        "this load, the loads where the cheapest changes, a low/medium/high table and the inputs that move it most."
    )
    namespace = parser.parse_args(args)
    raw = {key: value for key, value in vars(namespace).items() if key != "json" and value is not None}
    try:
        inputs, result = compute(architecture_cost.NAME, raw)
    except InputError as error:
        _fail(error, as_json=as_json)
    names = architecture_cost.ARCHITECTURES
    here = _crossover.costs_at(inputs, float(inputs[_crossover.LOAD]))
    cheapest = min(here, key=lambda key: here[key])
    found = _crossover.crossovers(inputs)
    table = _crossover.load_table(inputs)
    sensitive_to, ranking = _crossover.sensitivity(inputs)
    if namespace.json:
        document = {
            "name": "compare",
            "inputs": inputs,
            "costs_usd_month": here,
            "cheapest": cheapest,
            "crossovers": [
                {"cheaper_below": c.cheaper_below, "cheaper_above": c.cheaper_above, "requests_per_second": c.requests_per_second}
                for c in found
            ],
            "loads": [{"requests_per_second": load, "costs_usd_month": costs, "cheapest": best} for load, costs, best in table],
            "sensitivity": {
                "architecture": sensitive_to,
                "inputs": [
                    {
                        "input": row.name,
                        "halved": row.halved,
                        "doubled": row.doubled,
                        "cost_halved_usd_month": row.at_halved,
                        "cost_doubled_usd_month": row.at_doubled,
                        "swing_usd_month": row.swing,
                    }
                    for row in ranking
                ],
            },
            "notes": list(result.notes),
        }
        print(json.dumps(document), file=stream)
        return 0
    width = max(len(label) for label in names.values())
    load = float(inputs[_crossover.LOAD])
    lines = [f"Monthly cost at {quantity(load, 'requests/s')} ({inputs['traffic_shape']} traffic):"]
    lines += [f"  {names[key]:<{width}}  {format_value(here[key], 'USD')}" for key in names]
    lines.append(f"Cheapest: {names[cheapest]}")
    low, high = _crossover.RANGE
    lines.append(f"Crossovers between {quantity(low, 'requests/s')} and {quantity(high, 'requests/s')}:")
    lines += [
        f"  {names[c.cheaper_below]} is cheaper below {quantity(float(f'{c.requests_per_second:.3g}'), 'requests/s')} "
        f"than {names[c.cheaper_above]}"
        for c in found
    ] or ["  none: the same architecture is cheapest across the range"]
    lines.append("Low, medium and high load (USD a month):")
    for at, costs, best in table:
        lines.append(f"  {quantity(at, 'requests/s')}: cheapest {names[best]}")
        lines += [f"    {names[key]:<{width}}  {format_value(costs[key], 'USD')}" for key in names]
    lines.append(f"What moves the cost of {names[sensitive_to]} most (each input halved and doubled, within its bounds):")
    lines += [
        f"  {rank}. {row.name} ({format_value(row.halved)} / {format_value(row.doubled)}): "
        f"{format_value(row.at_halved, 'USD')} / {format_value(row.at_doubled, 'USD')}, "
        f"swing {format_value(row.swing, 'USD')}"
        for rank, row in enumerate(ranking, start=1)
    ]
    lines += [f"Note: {note}" for note in result.notes]
    print("\n".join(lines), file=stream)
    return 0
