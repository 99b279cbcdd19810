"""The Markdown summary of an update, fit for a pull request body: what moved, by how much, and what it touches."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from calculators.data._fact import Fact

if TYPE_CHECKING:
    from pricelist.update import UpdateResult


def percent(old: float, new: float) -> str:
    if old == 0:
        return "new" if new else "0 %"
    change = (new - old) / old * 100
    return f"{change:+.1f} %"


@cache
def _calculator_names(root: Path) -> tuple[str, ...]:
    """The calculators' contract names, found as the registry finds them but without importing the package:
    public modules with a top-level ``NAME = "..."`` and a ``calculate`` function."""
    names = []
    for path in sorted((root / "calculators").glob("*.py")):
        body = ast.parse(path.read_text(encoding="utf-8")).body
        declared = [
            node.value.value
            for node in body
            if isinstance(node, ast.Assign)
            and any(isinstance(target, ast.Name) and target.id == "NAME" for target in node.targets)
            and isinstance(node.value, ast.Constant)
        ]
        if (
            not path.stem.startswith("_")
            and declared
            and any(isinstance(n, ast.FunctionDef) and n.name == "calculate" for n in body)
        ):
            names.append(str(declared[0]))
    return tuple(names)


@cache
def _texts(directory: Path, pattern: str) -> tuple[tuple[Path, str], ...]:
    return tuple((path, path.read_text(encoding="utf-8")) for path in sorted(directory.glob(pattern)))


def calculators_using(key: str, root: Path) -> list[str]:
    """Calculators whose module names the key (``facts.value("lambda.request_million")``, a key tuple...), directly
    or through a private helper module they import (``calculators/_dynamodb.py``)."""
    names = set(_calculator_names(root))
    texts = _texts(root / "calculators", "*.py")
    helpers = [path.stem for path, text in texts if path.stem.startswith("_") and f'"{key}"' in text]
    return [
        path.stem
        for path, text in texts
        if path.stem in names and (f'"{key}"' in text or any(f"calculators.{helper} import" in text for helper in helpers))
    ]


def pages_using(key: str, calculators: Iterable[str], root: Path) -> list[str]:
    """Pages that print the fact (``fact("key")``) or embed a calculator that uses it."""
    patterns = [re.compile(r"""fact\(\s*["']""" + re.escape(key) + r"""["']""")]
    patterns += [re.compile(r"""(?:calculator|result)\(\s*["']""" + re.escape(name) + r"""["']""") for name in calculators]
    docs = root / "docs"
    return [
        str(path.relative_to(root)) for path, text in _texts(docs, "**/*.md") if any(pattern.search(text) for pattern in patterns)
    ]


def _cell(items: list[str]) -> str:
    return ", ".join(f"`{item}`" for item in items) if items else "—"


def summary(result: UpdateResult, root: Path) -> str:
    lines = [f"## Price list update ({result.region}, fetched {result.fetched.isoformat()})", ""]
    if result.status == "unchanged":
        lines += ["No change: every offer's version index names the version the data was last read from.", ""]
    else:
        lines += ["Offer files read:", ""]
        lines += [f"- {offer} {version}, published {day}" for offer, (version, day) in sorted(result.offers.items())]
        lines.append("")
        if result.changes:
            lines += [
                "| Fact | Old | New | Change | Unit | Calculators | Pages |",
                "| --- | ---: | ---: | ---: | --- | --- | --- |",
            ]
            for fact, selected in result.changes:
                calculators = calculators_using(fact.key, root)
                pages = pages_using(fact.key, calculators, root)
                lines.append(
                    f"| `{fact.key}` | {fact.value:g} | {selected.value:g} | {percent(fact.value, selected.value)} | {fact.unit} "
                    f"| {_cell(calculators)} | {_cell(pages)} |"
                )
            lines.append("")
        else:
            lines += ["No price changed.", ""]
        if result.confirmed:
            lines += [f"{len(result.confirmed)} other prices re-read unchanged; their date and provenance are refreshed.", ""]
        if result.unchanged_offers:
            lines += [f"Unchanged offers, not read: {', '.join(sorted(result.unchanged_offers))}.", ""]
    lines += uncovered_section(result.uncovered)
    return "\n".join(lines).rstrip() + "\n"


def uncovered_section(facts: Iterable[Fact]) -> list[str]:
    facts = sorted(facts, key=lambda fact: fact.key)
    if not facts:
        return []
    lines = [
        "### Prices not read from the offer files (no selector: checked by hand against their source)",
        "",
        "| Fact | Value | Unit | As of | Source |",
        "| --- | ---: | --- | --- | --- |",
    ]
    lines += [f"| `{fact.key}` | {fact.value:g} | {fact.unit} | {fact.as_of.isoformat()} | {fact.source} |" for fact in facts]
    return [*lines, ""]
