"""Edit the data modules' source in place: a fact's ``value``, ``as_of``, ``evidence`` and ``provenance`` keywords.

The edits are made at the AST's node positions, so the rest of each file (comments, layout, other facts, whatever a
colleague added a minute ago) is left byte for byte; new keywords go on their own lines before the call's closing
parenthesis, in the layout ``ruff format`` keeps (one keyword a line, magic trailing commas).
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

INDENT = "    "
FACT_IMPORT = "calculators.data._fact"


class RewriteError(Exception):
    """A data module is not in the shape the rewrite relies on (it then writes nothing)."""


@dataclass(frozen=True)
class FactUpdate:
    """The new keyword values of one fact."""

    value: float
    as_of: date
    sku: str
    rate_code: str
    offer_version: str
    published: date
    fetched: date


def literal_number(value: float) -> str:
    """A float as the data modules write it: plain decimal, no exponent (0.0000166667, 3.5, 18_600)."""
    text = format(Decimal(repr(float(value))).normalize(), "f")
    if "." not in text and len(text) > 4:
        text = f"{int(text):_}"
    return text


def literal_date(day: date) -> str:
    return f"date({day.year}, {day.month}, {day.day})"


def provenance_value(update: FactUpdate, indent: str) -> str:
    """``Provenance(...)`` spread one field a line, closing at ``indent``."""
    inner = indent + INDENT
    fields = [
        f'sku="{update.sku}"',
        f'rate_code="{update.rate_code}"',
        f'offer_version="{update.offer_version}"',
        f"published={literal_date(update.published)}",
        f"fetched={literal_date(update.fetched)}",
    ]
    return "Provenance(\n" + "".join(f"{inner}{field},\n" for field in fields) + f"{indent})"


def fact_calls(tree: ast.Module) -> dict[str, ast.Call]:
    """Every ``Fact(key="...", ...)`` call in a module, by key."""
    calls: dict[str, ast.Call] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Fact":
            for keyword in node.keywords:
                if keyword.arg == "key" and isinstance(keyword.value, ast.Constant) and isinstance(keyword.value.value, str):
                    calls[keyword.value.value] = node
    return calls


class _Source:
    """A module's text as UTF-8 bytes (ast's column offsets are byte offsets) with edits applied back to front."""

    def __init__(self, text: str) -> None:
        self.data = text.encode("utf-8")
        self.line_starts = [0]
        for index, byte in enumerate(self.data):
            if byte == 0x0A:
                self.line_starts.append(index + 1)
        self.edits: list[tuple[int, int, str]] = []

    def offset(self, line: int, column: int) -> int:
        return self.line_starts[line - 1] + column

    def replace_node(self, node: ast.expr, text: str) -> None:
        assert node.end_lineno is not None and node.end_col_offset is not None
        self.edits.append((self.offset(node.lineno, node.col_offset), self.offset(node.end_lineno, node.end_col_offset), text))

    def insert_before_line(self, line: int, text: str) -> None:
        start = self.line_starts[line - 1]
        self.edits.append((start, start, text))

    def result(self) -> str:
        data = self.data
        for start, end, text in sorted(self.edits, key=lambda edit: (edit[0], edit[1]), reverse=True):
            data = data[:start] + text.encode("utf-8") + data[end:]
        return data.decode("utf-8")


def rewrite_module(text: str, updates: Mapping[str, FactUpdate], name: str = "<module>") -> str:
    """The module's text with each updated fact's keywords set; other text unchanged."""
    tree = ast.parse(text, filename=name)
    calls = fact_calls(tree)
    source = _Source(text)
    lines = text.splitlines()
    for key, update in updates.items():
        call = calls.get(key)
        if call is None:
            raise RewriteError(f"{name}: no Fact(key={key!r}) to update")
        keywords = {keyword.arg: keyword for keyword in call.keywords if keyword.arg}
        assert call.end_lineno is not None
        if lines[call.end_lineno - 1].strip() != ")":
            raise RewriteError(f"{name}: Fact(key={key!r}) does not end with ')' on a line of its own")
        indent = INDENT
        added: list[str] = []
        source.replace_node(keywords["value"].value, literal_number(update.value))
        source.replace_node(keywords["as_of"].value, literal_date(update.as_of))
        if "evidence" in keywords:
            source.replace_node(keywords["evidence"].value, '"price-list"')
        else:
            added.append(f'{indent}evidence="price-list",')
        if "provenance" in keywords:
            source.replace_node(keywords["provenance"].value, provenance_value(update, indent))
        else:
            added.append(f"{indent}provenance={provenance_value(update, indent)},")
        if added:
            source.insert_before_line(call.end_lineno, "\n".join(added) + "\n")
    result = source.result()
    if updates:
        result = ensure_import(result, "Provenance", name)
    ast.parse(result, filename=name)
    return result


def ensure_import(text: str, wanted: str, name: str) -> str:
    """Add ``wanted`` to the module's ``from calculators.data._fact import ...`` line (kept sorted)."""
    tree = ast.parse(text, filename=name)
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == FACT_IMPORT:
            names = [alias.name for alias in node.names]
            if wanted in names:
                return text
            if any(alias.asname for alias in node.names) or node.lineno != node.end_lineno:
                raise RewriteError(f"{name}: add {wanted} to the {FACT_IMPORT} import by hand (unusual import layout)")
            line = f"from {FACT_IMPORT} import {', '.join(sorted({*names, wanted}))}"
            lines = text.splitlines(keepends=True)
            lines[node.lineno - 1] = line + "\n"
            return "".join(lines)
    raise RewriteError(f"{name}: no 'from {FACT_IMPORT} import ...' line")


def rewrite_files(data_dir: Path, updates: Mapping[str, FactUpdate]) -> dict[Path, str]:
    """New text for every module that holds an updated fact; raises before anything is written."""
    remaining = dict(updates)
    planned: dict[Path, str] = {}
    for path in sorted(data_dir.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        here = {key: update for key, update in remaining.items() if f'"{key}"' in text}
        if not here:
            continue
        keys_in_file = set(fact_calls(ast.parse(text, filename=str(path))))
        here = {key: update for key, update in here.items() if key in keys_in_file}
        if here:
            planned[path] = rewrite_module(text, here, name=str(path))
            for key in here:
                del remaining[key]
    if remaining:
        raise RewriteError(f"no data module in {data_dir} defines {', '.join(sorted(remaining))}")
    return planned


def write_all(planned: Mapping[Path, str]) -> None:
    """Write every planned file through a temporary sibling and a rename, so a file is never half-written."""
    temporaries = []
    for path, text in planned.items():
        temporary = path.with_name(f".{path.name}.update-prices.tmp")
        temporary.write_text(text, encoding="utf-8")
        temporaries.append((temporary, path))
    for temporary, path in temporaries:
        temporary.replace(path)
