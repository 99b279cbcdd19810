"""One renderer for results: HTML for the page (build time and browser), plain text and Markdown.

Numbers are rounded only here, never in the calculators, so the JSON contract keeps full precision.
"""

from __future__ import annotations

import math
from html import escape

from calculators._core import Output, Result, Step, Value


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


def format_unit(unit: str) -> str:
    """Money units read as words after the amount ("per month"); other units stay as declared."""
    if unit == "USD":
        return ""
    if unit.startswith("USD/"):
        return "per " + unit.removeprefix("USD/")
    return unit


def _with_unit(value: Value, unit: str) -> str:
    shown = format_unit(unit)
    return f"{format_value(value, unit)} {shown}".rstrip()


def _output_html(output: Output) -> str:
    unit = format_unit(output.unit)
    unit_html = f' <span class="calc-unit">{escape(unit)}</span>' if unit else ""
    return (
        f'<div class="calc-out"><dt>{escape(output.label)}</dt>'
        f'<dd data-output="{escape(output.name)}" data-value="{escape(str(output.value))}">'
        f"<strong>{escape(format_value(output.value, output.unit))}</strong>{unit_html}</dd></div>"
    )


def _step_html(step: Step) -> str:
    return (
        f'<li><span class="calc-step-label">{escape(step.label)}</span>: '
        f"<code>{escape(step.formula)}</code> = <strong>{escape(_with_unit(step.value, step.unit))}</strong></li>"
    )


def result_html(result: Result) -> str:
    """The result block every widget shows, with one ``data-output`` element per output."""
    outputs = "".join(_output_html(output) for output in result.outputs)
    steps = "".join(_step_html(step) for step in result.steps)
    notes = "".join(f"<li>{escape(note)}</li>" for note in result.notes)
    notes_html = f'<ul class="calc-notes">{notes}</ul>' if notes else ""
    return (
        f'<dl class="calc-outputs">{outputs}</dl>{notes_html}'
        f'<details class="calc-working" open><summary>Show the working</summary><ol>{steps}</ol></details>'
    )


def result_text(title: str, result: Result) -> str:
    """The command line's human-readable answer."""
    lines = [title]
    lines += [f"  {output.label}: {_with_unit(output.value, output.unit)}" for output in result.outputs]
    lines.append("Working:")
    lines += [
        f"  {number}. {step.label}: {step.formula} = {_with_unit(step.value, step.unit)}"
        for number, step in enumerate(result.steps, start=1)
    ]
    lines += [f"Note: {note}" for note in result.notes]
    return "\n".join(lines)


def result_markdown(title: str, inputs: dict[str, Value], result: Result) -> str:
    """Result and working as Markdown, for the widget's copy button (interview practice notes)."""
    lines = [f"### {title}", "", "| Input | Value |", "| --- | --- |"]
    lines += [f"| `{name}` | {format_value(value)} |" for name, value in inputs.items()]
    lines += ["", "| Result | Value |", "| --- | --- |"]
    lines += [f"| {output.label} | {_with_unit(output.value, output.unit)} |" for output in result.outputs]
    lines += ["", "Working:", ""]
    lines += [
        f"{number}. {step.label}: `{step.formula}` = {_with_unit(step.value, step.unit)}"
        for number, step in enumerate(result.steps, start=1)
    ]
    lines += [f"\n> {note}" for note in result.notes]
    return "\n".join(lines) + "\n"


def usd(price: float) -> str:
    """A unit price for a formula, in full: ``$0.0000166667``, never ``1.66667e-05``."""
    if price >= 1:
        return f"${price:,.2f}"
    return "$" + _decimals(price, 2, 10, keep_fewest=True)
