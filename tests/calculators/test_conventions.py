"""The conventions every calculator and fact follows, checked in seconds with messages that say what to do.

Each check runs over the whole catalogue, and once over a deliberately broken calculator or fact, so a
check that stops finding problems fails here instead of letting them through.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import pkgutil
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest

import calculators
from calculators import CURRENT, REGISTRY, Result, Step
from calculators._core import Boolean, Choice, Number, Output
from calculators.registry import QUESTIONS, SUPPORT_MODULES, candidate_names, is_calculator
from macros.catalogue import home_pages, index_html, missing_widget_message, nav_from_config
from tests.calculators.conventions import (
    calculator_source,
    fact_problems,
    input_problems,
    literal_problems,
    plural_problems,
)
from tests.conftest import ROOT

NAMES = sorted(REGISTRY)


# --- Discovery ---------------------------------------------------------------------------------------


def test_every_public_module_is_a_calculator_or_a_support_module() -> None:
    strays = [name for name in candidate_names() if not is_calculator(importlib.import_module(f"calculators.{name}"))]
    assert strays == [], (
        f"calculators/{strays[0]}.py is neither a calculator (it needs NAME, TITLE, SUMMARY, INPUTS and "
        "calculate) nor a support module: finish it, or rename it with a leading underscore if it is a helper"
    )
    assert set(NAMES) == set(candidate_names())


def test_support_modules_exist() -> None:
    """A name left in SUPPORT_MODULES after its module went would hide a calculator of that name."""
    modules = {info.name for info in pkgutil.iter_modules(calculators.__path__)}
    assert modules >= SUPPORT_MODULES, f"remove {sorted(SUPPORT_MODULES - modules)} from SUPPORT_MODULES"


def test_a_module_without_a_calculators_shape_is_not_one() -> None:
    half_written = SimpleNamespace(NAME="x", TITLE="X", SUMMARY="x", INPUTS=())  # no calculate yet
    assert not is_calculator(half_written)  # type: ignore[arg-type]
    assert is_calculator(REGISTRY["kinesis_shards"])  # type: ignore[arg-type]


def test_a_calculators_name_is_its_module_name() -> None:
    for name, calculator in REGISTRY.items():
        assert calculator.__name__ == f"calculators.{name}", f"set NAME = {calculator.__name__.rsplit('.', 1)[1]!r}"  # type: ignore[attr-defined]


# --- Widgets: every calculator has a home page -------------------------------------------------------

HOMES = home_pages(ROOT / "docs", nav_from_config(ROOT / "mkdocs.yml"))


@pytest.mark.parametrize("name", NAMES)
def test_inputs_that_apply_in_some_modes_name_a_real_mode(name: str) -> None:
    specs = {spec.name: spec for spec in REGISTRY[name].INPUTS}
    for spec in specs.values():
        condition = getattr(spec, "applies_when", None)
        if condition is None:
            continue
        field, values = condition
        switch = specs.get(field)
        assert isinstance(switch, Choice | Boolean), f"{name}.{spec.name}: applies_when names {field!r}, not a choice or switch"
        allowed = switch.choices if isinstance(switch, Choice) else ("true", "false")
        assert values and set(values) <= set(allowed), f"{name}.{spec.name}: {values} are not values of {field}: {allowed}"


@pytest.mark.parametrize("name", NAMES)
def test_every_calculator_says_which_question_it_answers(name: str) -> None:
    question = getattr(REGISTRY[name], "QUESTION", None)
    assert question in QUESTIONS, (
        f"calculators/{name}.py: set QUESTION to one of {', '.join(QUESTIONS)} (the section of the Calculators "
        f"index that lists it: {'; '.join(QUESTIONS.values())})"
    )


def test_the_index_lists_each_calculator_once_by_title_under_its_question() -> None:
    homes = home_pages(ROOT / "docs", nav_from_config(ROOT / "mkdocs.yml"))
    index = index_html("../", homes)
    headings = [line.removeprefix("## ") for line in index.splitlines() if line.startswith("## ")]
    assert headings == list(QUESTIONS.values())
    for name, calculator in REGISTRY.items():
        section = index.split(f"## {QUESTIONS[calculator.QUESTION]}")[1].split("## ")[0]
        assert section.count(f'#{name}-title">{calculator.TITLE}</a>') == 1, name
        assert index.count(f'#{name}-title"') == 1, name


@pytest.mark.parametrize("name", NAMES)
def test_every_calculator_has_a_widget_on_a_page(name: str) -> None:
    assert name in HOMES, missing_widget_message(name)


def test_every_widget_names_a_calculator() -> None:
    unknown = sorted(set(HOMES) - set(NAMES))
    assert unknown == [], f"pages embed widgets of calculators that do not exist: {unknown} (a typo in calculator(...)?)"


def test_the_home_page_is_the_first_page_showing_the_defaults(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text('{{ calculator("demo", rate=5) }}\n{{ calculator("only_prefilled", x=1) }}\n')
    (tmp_path / "b.md").write_text('{{ calculator("demo") }}\n')
    (tmp_path / "c.md").write_text('{{ calculator( "demo" ) }}\n')
    assert home_pages(tmp_path, ["a.md", "b.md", "c.md"]) == {"demo": "b.md", "only_prefilled": "a.md"}
    assert home_pages(tmp_path, ["c.md"]) == {"demo": "c.md"}


def test_a_calculator_without_a_widget_is_named_with_what_to_add() -> None:
    message = missing_widget_message("sns_fanout_cost")
    assert 'calculator("sns_fanout_cost")' in message and "render_macros: true" in message


# --- Inputs ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_inputs_have_labels_help_and_units(name: str) -> None:
    assert input_problems(REGISTRY[name]) == []


def test_an_input_without_a_unit_is_caught() -> None:
    good = Number(name="rate", label="Rate", unit="requests/s", default=1, help="Requests a second.", minimum=0, maximum=9)
    broken = SimpleNamespace(
        NAME="broken",
        INPUTS=(
            dataclasses.replace(good, unit=""),
            dataclasses.replace(good, name="share", unit="", unitless=True),  # declared: fine
            dataclasses.replace(good, name="blank", label=" ", help=""),
        ),
    )
    problems = input_problems(broken)
    assert len(problems) == 3, problems
    assert "broken: input 'rate' has an empty unit" in problems[0] and "unitless=True" in problems[0]
    assert "'blank' has no label" in problems[1] and "'blank' has no help" in problems[2]


# --- Facts -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fact", CURRENT.values(), ids=lambda fact: fact.key)
def test_fact_is_keyed_dated_sourced_and_graded(fact: calculators.data.Fact) -> None:
    assert fact_problems(fact) == []


def test_a_fact_without_source_date_or_evidence_is_caught() -> None:
    good = CURRENT["kinesis.shard_hour"]
    broken = dataclasses.replace(
        good, key="Kinesis.ShardHour", source="aws.amazon.com/kinesis", as_of=dt.date(2099, 1, 1), evidence="blog"
    )
    problems = " | ".join(fact_problems(broken, today=dt.date(2026, 12, 4)))
    for needle in ("lower snake case", "https:// URL", "not in the future", "must be one of price-list, aws"):
        assert needle in problems, problems
    assert fact_problems(good) == []


# --- Literals ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_no_price_or_bare_unit_constant_in_a_calculator(name: str) -> None:
    assert literal_problems(*calculator_source(REGISTRY[name])) == []  # type: ignore[arg-type]


BROKEN_SOURCE = textwrap.dedent(
    """
    from calculators._core import Number

    ROUNDING_SLACK = 1e-9
    INPUTS = (Number(name="gb", label="GB", unit="GB", default=0.5, help="h", minimum=0, maximum=1024),)

    def calculate(values, facts):
        hours = values["days"] * 24
        price = 0.023 * values["gb"]
        return round(price * hours / 730, 9), "x"[:60]
    """
)


def test_a_typed_price_and_bare_conversions_are_caught() -> None:
    problems = literal_problems(BROKEN_SOURCE, "calculators/broken.py")
    assert len(problems) == 3, problems  # 24, 0.023, 730; not the input's bounds, the slack, round's digits or a slice
    assert problems[0].startswith("calculators/broken.py:8: the bare number 24") and "HOURS_PER_DAY" in problems[0]
    assert "0.023 looks like a price" in problems[1] and "facts.value(" in problems[1]
    assert "730 is a unit conversion" in problems[2] and "HOURS_PER_MONTH" in problems[2]


# --- Units agree in number ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_a_count_of_one_reads_singular_at_defaults_and_edges(name: str) -> None:
    assert plural_problems(REGISTRY[name]) == []


def test_one_shards_is_caught() -> None:
    def calculate(values: object, facts: object = None) -> Result:
        return Result(
            outputs=(Output("shards", "Shards", 1, "shards"), Output("widgets", "Widgets", 1, "widgets")),
            steps=(Step("Shards", "ceil(1 shards)", 1, "shards"),),
        )

    broken = SimpleNamespace(NAME="broken", TITLE="Broken", INPUTS=(), calculate=calculate)
    problems = plural_problems(broken)
    assert any("unit 'widgets' (Widgets) has no singular" in problem and "SINGULAR" in problem for problem in problems)
    assert any("the working reads '1 shards'" in problem for problem in problems), problems
