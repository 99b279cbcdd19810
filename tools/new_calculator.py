"""Start a calculator: ``make new-calculator NAME=sns_fanout_cost`` writes its module and its test file.

The module has the shape every calculator shares and already computes (a placeholder sizing formula with
no price in it), so lint, types and the catalogue-wide tests run on it at once. Its worked-example test
fails until you work the example out by hand, and ``make test-fast`` says the calculator has no widget
until a page embeds it: the two failures are the to-do list. Standard library only.
"""

from __future__ import annotations

import argparse
import keyword
import re
import sys
from pathlib import Path

from calculators.registry import SUPPORT_MODULES

ROOT = Path(__file__).resolve().parent.parent
VALID_NAME = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)+$")

MODULE = '''"""{title}: <what question it answers, in one line>.

<The formula in words, what it leaves out, and where its prices and limits come from (the facts it reads).>
"""

from __future__ import annotations

import math

from calculators._core import Input, Number, Output, Result, Step, Values
from calculators.data import CURRENT, Facts
from calculators.render import format_value

NAME = "{name}"
TITLE = "{title}"
SUMMARY = "<One sentence for the Calculators index: what it sizes or prices.>"
QUESTION = "size"  # or "cost", "reliability": its section of the Calculators index (calculators/registry.py)

INPUTS: tuple[Input, ...] = (
    Number(
        name="demand_per_second",
        label="Demand",
        unit="requests/s",
        default=2500,
        minimum=0,
        maximum=1e9,
        help="<What to enter, and where a reader finds the number.>",
    ),
    Number(
        name="capacity_per_unit",
        label="Capacity of one unit",
        unit="requests/s",
        default=1000,
        minimum=1,
        maximum=1e9,
        help="<What one unit handles. A service limit belongs in the facts: read it with facts.value(...).>",
    ),
)


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """<Why the formula is what it is, in a sentence or two.>."""
    demand = float(values["demand_per_second"])
    capacity = float(values["capacity_per_unit"])
    units = max(1, math.ceil(demand / capacity))
    return Result(
        outputs=(Output("units", "Units needed", units, "units"),),
        steps=(Step("Units needed", f"ceil({{format_value(demand)}} ÷ {{format_value(capacity)}}), at least 1", units, "units"),),
        notes=(),
    )
'''

TEST = '''"""{title}: worked examples, the limits that bind, invalid inputs and properties.

Worked examples compute with the round prices of ``round_facts.ROUND``, so a price refresh moves no test.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import InputError, compute
from tests.calculators.round_facts import ROUND

NAME = "{name}"


def run(**raw: object) -> dict[str, object]:
    return compute(NAME, raw, ROUND)[1].output_values()


def test_worked_example() -> None:
    out = run(demand_per_second=2500, capacity_per_unit=1000)
    expected_units: int | None = None  # work it out by hand from a published figure, with the arithmetic here
    assert expected_units is not None, (
        "{name}: fill in the worked example in tests/calculators/test_{name}.py: set expected_units to the "
        "answer you worked out by hand (e.g. ceil(2,500 ÷ 1,000) = 3) and cite the figures you used"
    )
    assert out["units"] == expected_units


def test_invalid_capacity_names_its_field() -> None:
    with pytest.raises(InputError) as error:
        run(capacity_per_unit=0)
    assert error.value.field == "capacity_per_unit"


@given(st.floats(min_value=0, max_value=1e6), st.floats(min_value=1, max_value=1e4))
def test_more_demand_never_needs_fewer_units(demand: float, capacity: float) -> None:
    fewer = run(demand_per_second=demand, capacity_per_unit=capacity)["units"]
    more = run(demand_per_second=demand * 2, capacity_per_unit=capacity)["units"]
    assert isinstance(fewer, int) and isinstance(more, int) and more >= fewer
'''

INVALID_CASES = """    # {name} (rows written by `make new-calculator`: keep them in step with its inputs)
    ("{name}", {{"demand_per_second": -1}}, "demand_per_second"),
    ("{name}", {{"demand_per_second": "lots"}}, "demand_per_second"),
    ("{name}", {{"capacity_per_unit": 0}}, "capacity_per_unit"),
"""
CASES_END = "\n]\n\n\n@pytest.mark.parametrize"

NEXT_STEPS = """Created {module} and {test}, and added its rows to tests/calculators/test_invalid_inputs.py.

Three things left, then `make test-fast` is green:
  1. The formula: write calculate() in {module} (inputs, outputs, the working's steps, notes for caveats),
     the worked example in {test} with its arithmetic in a comment, and its invalid-input rows.
  2. The facts: a price or limit it reads is a Fact in calculators/data/<service>.py (key, value, unit,
     as_of, source URL, evidence), read with facts.value("<service>.<what>_<unit>") and named in its Step's
     facts=(...); a new price also needs a round stand-in in tests/calculators/round_facts.py.
     A free tier is a Boolean input named free_tier, off by default (most designs outgrow it), with the
     free amounts read from their own facts.
  3. The page: embed {{{{ calculator("{name}") }}}} on the page that explains it (docs/<section>/<page>.md,
     front matter render_macros: true); that page becomes its home in the Calculators index.
Then add a line under "Unreleased" in CHANGELOG.md. CONTRIBUTING.md, "Add a calculator", has the details.
"""


def title_for(name: str) -> str:
    """A first title from the name; the contributor makes it read well ("Sns fanout cost" -> "SNS fan-out cost")."""
    return name.replace("_", " ").capitalize()


def problem_with(name: str, root: Path) -> str | None:
    """Why ``name`` cannot be a new calculator, or None."""
    if not VALID_NAME.match(name) or keyword.iskeyword(name):
        return f"NAME must be lower snake case with at least two words, like sns_fanout_cost, not {name!r}"
    if name in SUPPORT_MODULES:
        return f"{name!r} is a support module's name; choose another"
    for path in (root / "calculators" / f"{name}.py", root / "tests" / "calculators" / f"test_{name}.py"):
        if path.exists():
            return f"{path.relative_to(root)} already exists; choose another name or edit it"
    return None


def scaffold(name: str, root: Path = ROOT) -> tuple[Path, Path]:
    """Write the module and its test file; refuse a bad or taken name with ``ValueError``."""
    problem = problem_with(name, root)
    if problem:
        raise ValueError(problem)
    module = root / "calculators" / f"{name}.py"
    test = root / "tests" / "calculators" / f"test_{name}.py"
    cases = root / "tests" / "calculators" / "test_invalid_inputs.py"
    table = cases.read_text(encoding="utf-8")
    if table.count(CASES_END) != 1:
        raise ValueError(f"cannot find the end of CASES in {cases.relative_to(root)}; add the rows by hand")
    module.write_text(MODULE.format(name=name, title=title_for(name)), encoding="utf-8")
    test.write_text(TEST.format(name=name, title=title_for(name)), encoding="utf-8")
    cases.write_text(table.replace(CASES_END, "\n" + INVALID_CASES.format(name=name).rstrip("\n") + CASES_END), encoding="utf-8")
    return module, test


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Create a calculator module and its test file.")
    parser.add_argument("name", help="the calculator's name, lower snake case: sns_fanout_cost")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        module, test = scaffold(args.name, args.root)
    except ValueError as error:
        print(f"new-calculator: {error}", file=sys.stderr)
        return 2
    print(NEXT_STEPS.format(module=module.relative_to(args.root), test=test.relative_to(args.root), name=args.name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
