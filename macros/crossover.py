"""Build-time tables for the cost crossover page, for the widget's defaults.

The cheapest option at low, medium and high load, where one option overtakes another, and which input moves
the cheapest option's cost most.

The same functions answer ``python -m calculators compare`` for any inputs; the widget's chart names the
crossings live.
"""

from __future__ import annotations

from html import escape

from calculators import architecture_cost, parse_inputs
from calculators._crossover import crossovers, load_table, sensitivity
from calculators.render import format_value, quantity, usd

NAMES = architecture_cost.ARCHITECTURES
TOP_INPUTS = 5


def _money(value: float) -> str:
    return usd(round(value, 2)) if value < 1 else f"${value:,.0f}"


def crossover_tables_html() -> str:
    """Three tables, as Markdown-compatible HTML, for the defaults."""
    values = parse_inputs(architecture_cost.INPUTS, {})
    head = "".join(f'<th scope="col">{escape(name)}</th>' for name in NAMES.values())
    rows = "".join(
        f'<tr><th scope="row">{escape(quantity(load, "requests/s"))}</th>'
        + "".join(
            (
                f"<td><strong>{escape(_money(costs[key]))}</strong></td>"
                if key == cheapest
                else f"<td>{escape(_money(costs[key]))}</td>"
            )
            for key in NAMES
        )
        + "</tr>"
        for load, costs, cheapest in load_table(values)
    )
    loads = f'<table><thead><tr><th scope="col">Average load</th>{head}</tr></thead><tbody>{rows}</tbody></table>'
    crossings = "".join(
        f"<li>{escape(NAMES[c.cheaper_below])} is cheaper than {escape(NAMES[c.cheaper_above])} below "
        f"{escape(quantity(float(f'{c.requests_per_second:.3g}'), 'requests/s'))}.</li>"
        for c in crossovers(values)
    )
    cheapest, rows_moved = sensitivity(values)
    moved = "".join(
        f'<tr><th scope="row">{escape(row.label)}</th>'
        f"<td>{escape(format_value(row.halved))} → {escape(_money(row.at_halved))}</td>"
        f"<td>{escape(format_value(row.doubled))} → {escape(_money(row.at_doubled))}</td></tr>"
        for row in rows_moved[:TOP_INPUTS]
    )
    ranking = (
        f"<p>The cheapest option at the defaults is {escape(NAMES[cheapest])}. Halving and doubling each input, the "
        f"{TOP_INPUTS} that move its monthly cost most:</p>"
        f'<table><thead><tr><th scope="col">Input</th><th scope="col">Halved: cost</th><th scope="col">Doubled: cost'
        f"</th></tr></thead><tbody>{moved}</tbody></table>"
    )
    return f"{loads}<p>Where one option overtakes another, between 0.1 and 100,000 requests/s:</p><ul>{crossings}</ul>{ranking}"
