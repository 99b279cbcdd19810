"""The crossover page's tables are the compare command's numbers for the defaults."""

from __future__ import annotations

import re

from calculators import architecture_cost, parse_inputs
from calculators._crossover import crossovers, load_table
from macros.crossover import crossover_tables_html


def test_the_load_table_bolds_the_cheapest_and_lists_every_crossing() -> None:
    html = crossover_tables_html()
    values = parse_inputs(architecture_cost.INPUTS, {})
    rows = re.findall(r"<tr><th scope=\"row\">[^<]*</th>(.*?)</tr>", html.split("<tbody>")[1])
    table = load_table(values)
    assert len(rows) == len(table)
    for cells, (_, costs, cheapest) in zip(rows, table, strict=False):
        bold = re.findall(r"<td><strong>\$([\d,]+)</strong></td>", cells)
        assert bold == [f"{costs[cheapest]:,.0f}"]
    assert html.count(" is cheaper than ") == len(crossovers(values))
