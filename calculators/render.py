"""One renderer for results: HTML for the page (build time and browser), plain text and Markdown.

Numbers are rounded only here, never in the calculators, so the JSON contract keeps full precision.
"""

from __future__ import annotations

import math
from html import escape

from calculators._core import Boolean, Choice, Input, Number, Output, Result, Step, Value, ratio_as_percent
from calculators.data import CURRENT, Fact, Facts
from calculators.units import agreeing


def format_value(value: Value, unit: str = "") -> str:
    """Format a value for people: money to the cent, counts with separators, no exponent notation.

    Values under 100 keep up to six decimals when two would round them misleadingly (99.9999 % must not
    read as 100 %); sub-dollar amounts keep the digits that make them non-zero ($0.0816 an hour).
    """
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        return value
    if unit.startswith("USD"):
        if 0 < abs(value) < 1:
            return "$" + _decimals(value, 2, 4, keep_fewest=True)
        return f"${value:,.2f}"
    if float(value).is_integer():
        return f"{int(value):,}"
    if abs(value) >= 100:
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    if abs(value) >= 1:
        return _decimals(value, 2, 6, keep_fewest=False)
    # Small values keep three significant digits in plain notation (1 in 75 million is not "0").
    places = min(18, max(6, 2 - math.floor(math.log10(abs(value))))) if value else 6
    return f"{value:.{places}f}".rstrip("0").rstrip(".") or "0"


def format_result(value: Value, unit: str = "") -> str:
    """An output or a step's result, to the precision an estimate has.

    Three significant figures below 100 ("35 %", "26.3 minutes", "0.06 %", not "34.9895 %"), except a
    percentage of 99 or more, which keeps its nines and one digit after them ("99.94 %", "99.9997 %"); one
    decimal from 100 and none from 1,000 ("714.3 WCU", "2,506 GB"). Money keeps its cents; inputs and facts
    print exactly, with ``format_value``.
    """
    if isinstance(value, bool | str) or unit.startswith("USD") or float(value).is_integer():
        return format_value(value, unit)
    size = abs(value)
    if unit == "%" and 99 <= value < 100:
        fraction = f"{value:.12f}".split(".")[1]
        nines = len(fraction) - len(fraction.lstrip("9"))
        places = min(6, max(2, nines + 1))
    elif size >= 1000:
        places = 0
    elif size >= 100:
        places = 1
    else:
        places = min(18, 2 - math.floor(math.log10(size)))
    return f"{value:,.{places}f}".rstrip("0").rstrip(".") if places else f"{value:,.0f}"


def result_quantity(value: Value, unit: str) -> str:
    """A result with its unit, rounded as ``format_result`` rounds it; the unit agrees with what is shown."""
    shown = format_result(value, unit)
    if unit == "USD":
        return shown
    if unit.startswith("USD/"):
        return f"{shown} per {unit.removeprefix('USD/')}"
    return f"{shown} {agreeing(unit, shown)}".rstrip()


def _decimals(value: float, fewest: int, most: int, *, keep_fewest: bool) -> str:
    """The shortest of ``fewest``..``most`` decimals showing ``value`` to within a millionth of itself.

    Trailing zeros go, down to ``fewest`` decimals when ``keep_fewest`` (money keeps its cents).
    """
    places = fewest
    text = f"{value:,.{places}f}"
    while places < most and abs(float(text.replace(",", "")) - value) > abs(value) * 1e-6:
        places += 1
        text = f"{value:,.{places}f}"
    whole, _, fraction = text.partition(".")
    fraction = fraction.rstrip("0")
    if keep_fewest:
        fraction = fraction.ljust(fewest, "0")
    return f"{whole}.{fraction}" if fraction else whole


def format_unit(unit: str, value: Value | None = None) -> str:
    """Money units read as words after the amount ("per month"); a count agrees with its value ("1 shard")."""
    if unit == "USD":
        return ""
    if unit.startswith("USD/"):
        return "per " + unit.removeprefix("USD/")
    if value is None or isinstance(value, bool | str):
        return unit
    return agreeing(unit, format_value(value, unit))


def quantity(value: Value, unit: str) -> str:
    """A value with its unit, as a reader writes it: ``1 shard``, ``12,000 requests/s``, ``$3.50 per month``."""
    shown = format_unit(unit, value)
    return f"{format_value(value, unit)} {shown}".rstrip()


def _output_html(output: Output) -> str:
    shown = format_result(output.value, output.unit)
    unit = (
        format_unit(output.unit)
        if output.unit.startswith("USD") or isinstance(output.value, bool | str)
        else agreeing(output.unit, shown)
    )
    unit_html = f' <span class="calc-unit">{escape(unit)}</span>' if unit else ""
    return (
        f'<div class="calc-out"><dt>{escape(output.label)}</dt>'
        f'<dd data-output="{escape(output.name)}" data-value="{escape(str(output.value))}">'
        f"<strong>{escape(shown)}</strong>{unit_html}</dd></div>"
    )


def fact_anchor(key: str) -> str:
    """The id of a fact's row on the prices page (``lambda.request_million`` → ``lambda-request-million``)."""
    return key.replace(".", "-").replace("_", "-")


EVIDENCE_WORDS = {
    "price-list": "AWS price list",
    "aws": "AWS documentation",
    "third-party": "third-party copies only",
    "recalled": "not re-read at a source",
}
"""How the widget and the prices page name each evidence level for readers."""


def _fact_ref_html(fact: Fact, prices_url: str) -> str:
    text = f"{fact.label}, {fact.as_of.isoformat()}"
    if fact.evidence in {"third-party", "recalled"}:
        text += f", {EVIDENCE_WORDS[fact.evidence]}"
    if not prices_url:
        return escape(text)
    return f'<a href="{escape(prices_url)}#{fact_anchor(fact.key)}">{escape(text)}</a>'


def _step_html(step: Step, facts: Facts, prices_url: str) -> str:
    refs = "; ".join(_fact_ref_html(facts[key], prices_url) for key in step.facts)
    refs_html = f' <span class="calc-facts">({refs})</span>' if refs else ""
    return (
        f'<li><span class="calc-step-label">{escape(step.label)}</span>: '
        f"<code>{escape(step.formula)}</code> = <strong>{escape(result_quantity(step.value, step.unit))}</strong>{refs_html}</li>"
    )


def as_of_html(result: Result, facts: Facts, prices_url: str) -> str:
    """The "prices as of" line: the oldest fact the result used, how its figures are known, where to check them."""
    used = [facts[key] for key in result.facts_used]
    if not used:
        return ""
    oldest = min(fact.as_of for fact in used)
    what = "Prices and limits" if any(fact.is_price for fact in used) else "Limits"
    counts = {level: sum(fact.evidence == level for fact in used) for level in EVIDENCE_WORDS}
    sources = ", ".join(f"{count} from {EVIDENCE_WORDS[level]}" for level, count in counts.items() if count)
    link = f' · <a href="{escape(prices_url)}#keys={",".join(result.facts_used)}">sources</a>' if prices_url else ""
    return (
        f'<p class="calc-asof">{what} as of <time datetime="{oldest.isoformat()}">{oldest.isoformat()}</time> '
        f"(us-east-1; {len(used)} figures: {escape(sources)}){link}</p>"
    )


def result_html(result: Result, *, prices_url: str = "", facts: Facts = CURRENT) -> str:
    """The result block every widget shows, with one ``data-output`` element per output.

    ``prices_url`` (relative to the page) turns the facts named in the working into links to their rows.
    """
    outputs = "".join(_output_html(output) for output in result.outputs)
    steps = "".join(_step_html(step, facts, prices_url) for step in result.steps)
    notes = "".join(f"<li>{escape(note)}</li>" for note in result.notes)
    notes_html = f'<ul class="calc-notes">{notes}</ul>' if notes else ""
    return (
        f'<dl class="calc-outputs">{outputs}</dl>{notes_html}'
        f'<details class="calc-working" open><summary>Show the working</summary><ol>{steps}</ol></details>'
        f"{as_of_html(result, facts, prices_url)}"
    )


def result_text(title: str, result: Result) -> str:
    """The command line's human-readable answer."""
    lines = [title]
    lines += [f"  {output.label}: {result_quantity(output.value, output.unit)}" for output in result.outputs]
    lines.append("Working:")
    lines += [
        f"  {number}. {step.label}: {step.formula} = {result_quantity(step.value, step.unit)}"
        for number, step in enumerate(result.steps, start=1)
    ]
    lines += [f"Note: {note}" for note in result.notes]
    return "\n".join(lines)


SUMMARY_OUTPUTS = 2


def result_summary(result: Result) -> str:
    """The first outputs in one line ("Shards 8 · Monthly cost $161.18 per month").

    A phone keeps it in sight while the reader edits inputs far above the result.
    """
    shown = [o for o in result.outputs if not isinstance(o.value, str) or len(o.value) <= 30][:SUMMARY_OUTPUTS]
    return " · ".join(f"{o.label} {result_quantity(o.value, o.unit)}" for o in shown)


def result_markdown(title: str, inputs: dict[str, Value], result: Result, specs: tuple[Input, ...] = ()) -> str:
    """Result and working as Markdown, for the widget's copy button (interview practice notes).

    With the calculator's ``specs``, inputs read as the form shows them: label, unit, and a choice's label.
    """
    by_name = {spec.name: spec for spec in specs}
    lines = [f"### {title}", "", "| Input | Value |", "| --- | --- |"]
    lines += [_input_row(by_name.get(name), name, value) for name, value in inputs.items()]
    lines += ["", "| Result | Value |", "| --- | --- |"]
    lines += [f"| {output.label} | {result_quantity(output.value, output.unit)} |" for output in result.outputs]
    lines += ["", "Working:", ""]
    lines += [
        f"{number}. {step.label}: `{step.formula}` = {result_quantity(step.value, step.unit)}"
        + "".join(f" ({CURRENT[key].label}, as of {CURRENT[key].as_of.isoformat()})" for key in step.facts)
        for number, step in enumerate(result.steps, start=1)
    ]
    lines += [f"\n> {note}" for note in result.notes]
    return "\n".join(lines) + "\n"


def _input_row(spec: Input | None, name: str, value: Value) -> str:
    if spec is None:
        return f"| `{name}` | {format_value(value)} |"
    if isinstance(spec, Choice) and isinstance(value, str):
        shown = spec.label_of(value)
    elif isinstance(spec, Boolean):
        shown = "yes" if value else "no"
    elif isinstance(spec, Number) and spec.is_ratio and isinstance(value, int | float):
        shown = f"{format_value(value)} ({ratio_as_percent(value)})"
    elif isinstance(spec, Number) and spec.unit and not isinstance(value, bool | str):
        shown = quantity(value, spec.unit)
    else:
        shown = format_value(value)
    return f"| {spec.label} | {shown} |"


def usd(price: float) -> str:
    """A unit price for a formula, in full: ``$0.0000166667``, never ``1.66667e-05``."""
    if price >= 1:
        return f"${price:,.2f}"
    return "$" + _decimals(price, 2, 10, keep_fewest=True)
