"""Build-time HTML for a calculator widget: the form from the declared inputs, plus the computed result.

The page is complete without JavaScript: every output (and chart) is already in the HTML, computed by the same
Python the browser runs later. ``calc.js`` only collects the fields and swaps in the result block and charts.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from html import escape

from calculators import compute, get
from calculators._core import Boolean, Choice, Input, Number, Value, ratio_as_percent
from calculators.render import format_value, result_html, result_markdown, result_summary
from calculators.svg import charts_html
from macros.feeds import FeedLink


def input_text(value: Value) -> str:
    """A number as a person writes it in a box: ``1,000``, not ``1000.0``.

    Every digit is kept, so the box reads back (``Number.parse``) to exactly the value the result was built from.
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,}"


def _bounds_text(spec: Number) -> str:
    if spec.is_ratio:
        example = spec.default if 0 < spec.default < 1 else 0.7
        percent = ratio_as_percent(example)
        return f" (a fraction of 1: {format_value(example)} is {percent}; typing {percent.replace(' ', '')} works too)"
    parts = []
    if spec.minimum is not None:
        parts.append(f"{'more than' if spec.exclusive_minimum else 'at least'} {format_value(spec.minimum)}")
    if spec.maximum is not None:
        parts.append(f"at most {format_value(spec.maximum)}")
    return f" ({', '.join(parts)})" if parts else ""


def _control(spec: Input, value: Value, control_id: str) -> str:
    described = f'aria-describedby="{control_id}-help {control_id}-error"'
    name = escape(spec.name)
    if isinstance(spec, Boolean):
        checked = " checked" if value else ""
        return f'<input type="checkbox" id="{control_id}" name="{name}" value="true"{checked} {described}>'
    if isinstance(spec, Choice):
        options = "".join(
            f'<option value="{escape(choice)}"{" selected" if choice == value else ""}>{escape(label)}</option>'
            for choice, label in zip(spec.choices, spec.labels, strict=True)
        )
        return f'<select id="{control_id}" name="{name}" {described}>{options}</select>'
    if isinstance(spec, Number):
        # A text box, not type="number": it shows what the reader typed ("12e", "1,000") so an error can quote
        # it, and shows numbers with thousands separators, which Number.parse reads back exactly.
        mode = "numeric" if spec.integer else "decimal"
        return (
            f'<input type="text" id="{control_id}" name="{name}" value="{escape(input_text(value))}"'
            f' inputmode="{mode}" autocomplete="off" spellcheck="false" {described}>'
        )
    return (
        f'<input type="text" id="{control_id}" name="{name}" value="{escape(str(value))}" '
        f'maxlength="{spec.max_length}" autocomplete="off" spellcheck="false" {described}>'
    )


def applies(spec: Input, values: dict[str, Value]) -> bool:
    """Whether ``spec`` matters with these values (``Number.applies_when``); the form hides it otherwise."""
    condition = getattr(spec, "applies_when", None)
    if condition is None:
        return True
    field, allowed = condition
    current = values[field]
    return (str(current).lower() if isinstance(current, bool) else str(current)) in allowed


def _fed_note(link: FeedLink | None) -> str:
    if link is None:
        return ""
    return (
        f'<small class="calc-fed">Filled in from <a href="#{escape(link.feed.source)}-title">{escape(link.source_title)}: '
        f"{escape(link.output_label)}</a>{escape(f' ({link.feed.how})' if link.feed.how else '')}; it follows that "
        "calculator as you change it.</small>"
    )


def _field(spec: Input, values: dict[str, Value], widget_id: str, feed: FeedLink | None = None) -> str:
    value = values[spec.name]
    control_id = f"{widget_id}-{spec.name}"
    unit = f' <span class="calc-unit">({escape(spec.unit)})</span>' if spec.unit else ""
    help_text = spec.help + (_bounds_text(spec) if isinstance(spec, Number) else "")
    kind = "calc-field calc-field-check" if isinstance(spec, Boolean) else "calc-field"
    condition = getattr(spec, "applies_when", None)
    when = (
        f' data-applies-field="{escape(condition[0])}" data-applies-values="{escape(" ".join(condition[1]))}"'
        + ("" if applies(spec, values) else " hidden")
        if condition
        else ""
    )
    return (
        f'<div class="{kind}" data-field="{escape(spec.name)}"{when}>'
        f'<label for="{control_id}">{escape(spec.label)}{unit}</label>'
        f"{_control(spec, value, control_id)}"
        f'<small class="calc-help" id="{control_id}-help">{escape(help_text)}</small>{_fed_note(feed)}'
        f'<p class="calc-error" id="{control_id}-error" role="alert" hidden></p></div>'
    )


def widget_html(
    name: str,
    inputs: dict[str, object],
    *,
    widget_id: str,
    runtime: dict[str, object],
    prices_url: str = "",
    feeds: Mapping[str, FeedLink] | None = None,
) -> str:
    """The whole widget; ``inputs`` override the defaults (a scenario page pre-fills its numbers).

    ``runtime`` tells the worker where to start Python from (page-relative URLs), as JSON in ``data-runtime``;
    ``prices_url`` is the prices page relative to this page, in ``data-prices-url`` for the live result too.
    """
    calculator = get(name)
    values, result = compute(name, inputs)
    feeds = feeds or {}
    fields = "".join(_field(spec, values, widget_id, feeds.get(spec.name)) for spec in calculator.INPUTS)
    fed_by = {
        field: {"from": link.feed.source, "output": link.feed.output, "scale": link.feed.scale} for field, link in feeds.items()
    }
    fed_attribute = f' data-feeds="{escape(json.dumps(fed_by))}"' if fed_by else ""
    markdown = result_markdown(calculator.TITLE, values, result, calculator.INPUTS)
    result_block = result_html(result, prices_url=prices_url)
    charts = charts_html(calculator, values)
    charts_block = f'<div class="calc-charts">{charts}</div>' if charts else ""
    sensitivity = getattr(calculator, "SENSITIVITY", None)
    # Computed on request in the browser (about 20 more calculations per change), so nothing here until then;
    # hidden until the script shows it, since without JavaScript it could never open onto anything.
    sensitivity_block = (
        f'<details class="calc-sensitivity" hidden><summary>{escape(sensitivity.title)}</summary>'
        '<div class="calc-sensitivity-body" aria-live="polite"></div></details>'
        if sensitivity
        else ""
    )
    return (
        f'<form class="calc" data-calculator="{escape(name)}" data-calc-id="{escape(widget_id)}" '
        f'data-runtime="{escape(json.dumps(runtime))}" data-prices-url="{escape(prices_url)}"{fed_attribute} '
        f'aria-labelledby="{widget_id}-title" novalidate>'
        f'<p class="calc-title" id="{widget_id}-title"><strong>{escape(calculator.TITLE)}</strong></p>'
        f'<div class="calc-fields">{fields}</div>'
        f'<p class="calc-summary" aria-hidden="true">{escape(result_summary(result))}</p>'
        f'<p class="calc-status" role="status" aria-live="polite">Result computed when this page was built'
        f"<noscript>, for the inputs shown: recalculating live needs JavaScript</noscript>.</p>"
        f'<div class="calc-result" aria-live="polite" data-markdown="{escape(markdown)}">{result_block}</div>'
        f"{charts_block}{sensitivity_block}"
        f'<p class="calc-actions"><button type="button" class="md-button calc-copy" hidden>'
        f"Copy the working as Markdown</button></p></form>"
    )
